package dev.wprest.client.internal;

import dev.wprest.client.RedirectPolicy;
import dev.wprest.client.RedirectRefusedException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Follows redirects itself, one hop at a time, under the {@link RedirectPolicy} and {@link
 * RedirectRules}; the JDK client is told never to follow (it would carry the credentials across
 * origins). A refused redirect fails with a typed {@link RedirectRefusedException}.
 */
final class RedirectFollower implements Interceptor {
  private final RedirectPolicy policy;

  RedirectFollower(RedirectPolicy policy) {
    this.policy = policy;
  }

  @Override
  public CompletableFuture<Transport.Sent> intercept(Chain chain) {
    return hop(chain, chain.request(), 0);
  }

  private CompletableFuture<Transport.Sent> hop(Chain chain, Outgoing request, int hop) {
    return chain
        .proceed(request)
        .thenCompose(
            sent -> {
              HttpResponse<byte[]> response = sent.response;
              int status = response.statusCode();
              if (!RedirectRules.isRedirect(status, response.headers().firstValue("Location"))) {
                return CompletableFuture.completedFuture(
                    new Transport.Sent(response, request.visited));
              }
              URI target = location(response, request);
              // Refused: a credentialed hop to another origin, a method the status would change,
              // a downgrade to http, or one hop too many. The answer that redirected is the
              // evidence; the request is not sent on.
              Optional<RedirectRules.Refusal> refusal =
                  RedirectRules.refusal(
                      request.method,
                      status,
                      request.uri,
                      target,
                      hop,
                      policy.maxHops(),
                      request.credentialsSent);
              if (refusal.isPresent()) {
                throw refused(response, request, target, refusal.get());
              }
              return hop(chain, request.redirectedTo(target), hop + 1);
            });
  }

  private static RedirectRefusedException refused(
      HttpResponse<byte[]> response, Outgoing request, URI target, RedirectRules.Refusal refusal) {
    URI from = Redaction.uri(request.uri);
    URI to = Redaction.uri(target);
    return new RedirectRefusedException(
        response.statusCode()
            + " redirect from "
            + from
            + " to "
            + to
            + " refused: "
            + refusal.words
            + ". If "
            + Origins.origin(target)
            + " is the site's address, use it as the base URL.",
        FailedExchanges.of(response, request.auth, request.credentialsSent, request.visited, false),
        from,
        to,
        refusal.reason);
  }

  /**
   * Where a redirect points, resolved against the URI that answered. A {@code Location} that is not
   * a URI is refused here, typed, and never quoted: it is the server's text and may hold anything.
   */
  private static URI location(HttpResponse<byte[]> response, Outgoing request) {
    String value = response.headers().firstValue("Location").orElseThrow();
    Optional<URI> target = RedirectRules.target(request.uri, value);
    if (target.isPresent()) {
      return target.get();
    }
    URI from = Redaction.uri(request.uri);
    List<URI> chain = request.visited;
    throw new RedirectRefusedException(
        response.statusCode()
            + " redirect from "
            + from
            + " refused: its Location header is not a valid absolute http(s) URL",
        FailedExchanges.of(response, request.auth, request.credentialsSent, chain, false),
        from,
        null,
        RedirectRefusedException.Reason.MALFORMED_LOCATION);
  }
}
