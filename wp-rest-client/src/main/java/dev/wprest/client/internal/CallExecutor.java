package dev.wprest.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.DeadlineExceededException;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.OutcomeUnknownException;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.TransportException;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import dev.wprest.client.WpResponse;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one {@link WpRequest}: credentials, transport, the retry policy, and the single auth-refresh
 * retry; maps every outcome to a {@link WpResponse} or a typed exception.
 */
public final class CallExecutor {
  private final Transport transport;
  private final RetryPolicy retry;
  private final AuthStrategy auth;
  private final AuthContext authContext;
  private final ObjectMapper mapper;
  private final ErrorMapper errors;
  private final ResponseReader reader;
  private final Duration callDeadline;

  /** A client's executor of calls, over its transport, retry policy and strategy. */
  public CallExecutor(
      Transport transport,
      RetryPolicy retry,
      Duration callDeadline,
      AuthStrategy auth,
      AuthContext authContext,
      ObjectMapper mapper,
      ResponseReader reader) {
    this.transport = transport;
    this.retry = retry;
    this.auth = auth;
    this.authContext = authContext;
    this.mapper = mapper;
    this.errors = new ErrorMapper(mapper, retry);
    this.reader = reader;
    this.callDeadline = callDeadline;
  }

  /** Runs a request to its resolved URI: the 2xx response, or the typed exception. */
  public WpResponse execute(WpRequest request, URI uri) {
    return execute(request, uri, CallTrace.NONE);
  }

  /** Runs a request to its resolved URI, telling {@code trace} each attempt, answer and retry. */
  public WpResponse execute(WpRequest request, URI uri, CallTrace trace) {
    HttpMethod method = request.method();
    byte[] bytes = body(request);
    Optional<StreamedBody> streamed = ApiAccess.get().streamedBody(request);
    // A stream that cannot be read twice is sent once: no retry, no resend after a nonce refresh.
    boolean resendable = streamed.map(StreamedBody::repeatable).orElse(true);
    // The request's own timeout can shorten the call deadline, never lengthen it.
    Duration limit = request.timeout().filter(t -> t.compareTo(callDeadline) < 0).orElse(null);
    long deadline = System.nanoTime() + (limit != null ? limit : callDeadline).toNanos();
    boolean authRefreshed = false;
    // How many times the server may have seen the request: maxAttempts bounds this, not loops.
    int seen = 0;
    for (int attempt = 1; ; attempt++) {
      Map<String, String> credentials = auth.credentials(authContext);
      if (!credentials.isEmpty()) {
        credentials.forEach(
            (name, value) -> CredentialCheck.headerValue(auth.scheme(), name + " header", value));
      }
      boolean credentialsSent = auth.sendsCredentials() && !credentials.isEmpty();
      Map<String, String> headers = headers(request, credentials);
      Transport.Sent sent;
      trace.requestSent();
      try {
        sent =
            transport.send(
                method,
                uri,
                headers,
                streamed.isPresent()
                    ? streamed.get().publisher()
                    : bytes == null ? null : HttpRequest.BodyPublishers.ofByteArray(bytes),
                auth,
                credentialsSent,
                Math.min(transport.attemptDeadline(), deadline));
      } catch (Transport.Failure f) {
        seen += sendsOf(f, method);
        if (f.kind == Transport.Failure.Kind.TOO_LARGE) {
          throw f.tooLarge(method.name(), auth, credentialsSent, List.of());
        }
        if (f.kind == Transport.Failure.Kind.CORRUPT_ENCODING) {
          throw f.corruptEncoding(method.name(), auth, credentialsSent);
        }
        if (resendable && mayRetry(f, method) && mayAttemptAgain(attempt, seen, method)) {
          if (pause(attempt, Optional.empty(), deadline, trace)) {
            continue;
          }
          throw overallDeadline(method, uri, credentialsSent, attempt, f, limit);
        }
        if (f.kind == Transport.Failure.Kind.DEADLINE && System.nanoTime() >= deadline) {
          throw overallDeadline(method, uri, credentialsSent, attempt, f, limit);
        }
        throw failure(f, method, credentialsSent);
      }
      seen += worstCaseSends(method);
      HttpResponse<byte[]> response = sent.response;
      auth.observe(response.headers());
      int status = response.statusCode();
      trace.answerReceived(status, sent.chain.size());
      if (status / 100 == 2) {
        return ApiAccess.get()
            .response(
                method,
                response.uri(),
                status,
                response.headers(),
                response.body(),
                sent.chain,
                reader);
      }
      WordPressApiException error =
          errors.fromResponse(response, auth, credentialsSent, sent.chain);
      if ((status == 401 || status == 403)
          && resendable
          && !authRefreshed
          && auth.refreshAfter(authContext, error)) {
        authRefreshed = true;
        attempt--;
        continue;
      }
      Optional<String> retryAfter = response.headers().firstValue("Retry-After");
      if (resendable
          && mayAttemptAgain(attempt, seen, method)
          && retry.retriesStatus(method, status)
          && retry.honours(retryAfter)
          && pause(attempt, retryAfter, deadline, trace)) {
        continue;
      }
      throw error;
    }
  }

  /**
   * The JDK client re-sends a GET or HEAD once by itself when the connection closes before any byte
   * of the answer (measured on JDK 17 and 25; no setting turns it off), so each attempt may reach
   * the server twice. The count is a worst case: the client cannot see whether the JDK re-sent.
   */
  private static int worstCaseSends(HttpMethod method) {
    return method == HttpMethod.GET || method == HttpMethod.HEAD ? 2 : 1;
  }

  private static int sendsOf(Transport.Failure f, HttpMethod method) {
    // A connect failure sent nothing (and the JDK's own connect retry sends nothing either).
    return f.kind == Transport.Failure.Kind.CONNECT ? 0 : worstCaseSends(method);
  }

  /** Another attempt only while even its worst case keeps the server's count within the policy. */
  private boolean mayAttemptAgain(int attempt, int seen, HttpMethod method) {
    return attempt < retry.maxAttempts() && seen + worstCaseSends(method) <= retry.maxAttempts();
  }

  /**
   * @param requestTimeout the request's own timeout when it is what ran out; null otherwise
   */
  private WordPressException overallDeadline(
      HttpMethod method,
      URI uri,
      boolean credentialsSent,
      int attempts,
      Transport.Failure last,
      Duration requestTimeout) {
    if (!method.idempotent() && last.kind != Transport.Failure.Kind.CONNECT) {
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

  private static boolean mayRetry(Transport.Failure f, HttpMethod method) {
    return f.kind == Transport.Failure.Kind.CONNECT || method.idempotent();
  }

  private WordPressException failure(
      Transport.Failure f, HttpMethod method, boolean credentialsSent) {
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

  /**
   * Waits before the next attempt; false, without waiting, when the wait would pass the deadline.
   */
  private boolean pause(int attempt, Optional<String> retryAfter, long deadline, CallTrace trace) {
    Duration delay = retry.delayBefore(attempt, retryAfter);
    if (System.nanoTime() + delay.toNanos() >= deadline) {
      return false;
    }
    trace.retrying(delay);
    try {
      retry.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
    return true;
  }

  private static Map<String, String> headers(WpRequest request, Map<String, String> credentials) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    if (request.jsonBody().isPresent()) {
      headers.put("Content-Type", "application/json; charset=utf-8");
    }
    request.rawContentType().ifPresent(type -> headers.put("Content-Type", type));
    headers.putAll(request.headers());
    headers.putAll(credentials);
    return headers;
  }

  private byte[] body(WpRequest request) {
    if (request.rawBody().isPresent()) {
      return request.rawBody().get();
    }
    if (request.jsonBody().isEmpty()) {
      return null;
    }
    try {
      return mapper.writeValueAsBytes(request.jsonBody().get());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the request body cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
