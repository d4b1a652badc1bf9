package dev.wprest.client.internal;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.DeadlineExceededException;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.OutcomeUnknownException;
import dev.wprest.client.TransportException;
import dev.wprest.client.WordPressException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Turns an exchange that produced no answer into the typed exception a call fails with. */
final class AttemptFailures {
  private final AuthStrategy auth;
  private final Duration callDeadline;

  AttemptFailures(AuthStrategy auth, Duration callDeadline) {
    this.auth = auth;
    this.callDeadline = callDeadline;
  }

  /**
   * The call ran out of its overall deadline.
   *
   * @param requestTimeout the request's own timeout when it is what ran out; null otherwise
   */
  WordPressException overallDeadline(
      HttpMethod method,
      URI uri,
      boolean credentialsSent,
      int attempts,
      Transport.Failure last,
      Duration requestTimeout) {
    if (!method.idempotent() && last.kind != Transport.Failure.Kind.CONNECT) {
      // A write that may have arrived: that it may have taken effect matters more than the time.
      return failure(last, method, credentialsSent);
    }
    return new DeadlineExceededException(
        method
            + " "
            + Redaction.uri(uri)
            + " did not complete within "
            + (requestTimeout != null
                ? "this request's timeout of " + requestTimeout.toMillis()
                : "the call deadline of " + callDeadline.toMillis())
            + " ms ("
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + ", each limited by the call timeout)",
        FailedExchanges.noResponse(method.name(), uri, auth, credentialsSent, List.of()));
  }

  /** One exchange failed and is not retried. */
  WordPressException failure(Transport.Failure f, HttpMethod method, boolean credentialsSent) {
    FailedExchange exchange =
        FailedExchanges.noResponse(method.name(), f.uri, auth, credentialsSent, List.of());
    String where = method + " " + Redaction.uri(f.uri, auth::redact);
    String cause = f.getCause() == null ? "" : f.getCause().getClass().getSimpleName();
    if (f.kind == Transport.Failure.Kind.CONNECT) {
      return new TransportException(
          "could not connect for " + where + " (" + cause + "): is the site up and the URL right?",
          exchange,
          f.getCause());
    }
    if (!method.idempotent()) {
      return new OutcomeUnknownException(
          where
              + (f.kind == Transport.Failure.Kind.DEADLINE ? " timed out" : " failed mid-exchange")
              + " after the request may have reached the server: it may or may not have taken effect. "
              + "Check the site before sending it again.",
          exchange,
          f.getCause());
    }
    if (f.kind == Transport.Failure.Kind.DEADLINE) {
      return new DeadlineExceededException(
          where + " did not complete (headers and body) within the call timeout", exchange);
    }
    return new TransportException(
        where + " failed mid-exchange (" + cause + ")", exchange, f.getCause());
  }
}
