package dev.wprest.client.internal;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Adds what every request of the client carries besides the caller's headers: the user agent, and
 * {@code Accept-Encoding: gzip} when the client decodes gzip.
 */
final class RequestBridge implements Interceptor {
  private final Map<String, String> added;

  RequestBridge(String userAgent, boolean acceptGzip) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", userAgent);
    // The JDK client neither asks for nor decodes compression: BoundedBody decodes gzip.
    if (acceptGzip) {
      headers.put("Accept-Encoding", "gzip");
    }
    this.added = headers;
  }

  @Override
  public CompletableFuture<Transport.Sent> intercept(Chain chain) {
    return chain.proceed(chain.request().withHeadersFirst(added));
  }

  /** A request to send with the bridge's headers, timed out at {@code deadlineNanos}. */
  HttpRequest.Builder newRequest(java.net.URI uri, long deadlineNanos) {
    HttpRequest.Builder b = timed(HttpRequest.newBuilder(uri), deadlineNanos);
    added.forEach(b::header);
    return b;
  }

  /**
   * The JDK's request timeout (which covers the wait for the headers) set to what is left of the
   * deadline; the body's share is {@link BodyDeadline}'s.
   */
  static HttpRequest.Builder timed(HttpRequest.Builder b, long deadlineNanos) {
    return b.timeout(Duration.ofNanos(Math.max(1, deadlineNanos - System.nanoTime())));
  }
}
