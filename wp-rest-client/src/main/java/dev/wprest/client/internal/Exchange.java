package dev.wprest.client.internal;

import dev.wprest.client.WordPressClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of the chain: one exchange on the JDK client's own pipeline ({@code sendAsync}),
 * its body bounded in size and time, under a permit of the client's {@link Permits}, with the
 * {@link ExchangeHook} told before and after. Every way it can fail becomes a {@link
 * Transport.Failure}.
 */
final class Exchange implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(WordPressClient.class);

  private final HttpClient http;
  private final long maxResponseBytes;
  private final ExchangeHook hook;
  private final Permits permits;

  Exchange(HttpClient http, long maxResponseBytes, ExchangeHook hook, Permits permits) {
    this.http = http;
    this.maxResponseBytes = maxResponseBytes;
    this.hook = hook;
    this.permits = permits;
  }

  @Override
  public CompletableFuture<Transport.Sent> intercept(Chain chain) {
    Outgoing request = chain.request();
    return send(request.toHttpRequest(), request.deadlineNanos, request.cancellation)
        .thenApply(response -> new Transport.Sent(response, request.visited));
  }

  /** One exchange of a request built elsewhere (an auth strategy's own), by the deadline. */
  CompletableFuture<HttpResponse<byte[]>> send(
      HttpRequest request, long deadlineNanos, Cancellation cancellation) {
    long start = System.nanoTime();
    CompletableFuture<Void> permit = permits.acquire();
    if (!permit.isDone()) {
      // Queued behind the client's other exchanges: the wait counts against the deadline, and a
      // cancelled call leaves the queue. A timer task, not a thread, watches the deadline.
      ScheduledFuture<?> timeout =
          DeadlineTimer.schedule(
              () ->
                  permit.completeExceptionally(
                      new HttpTimeoutException(
                          "no connection slot came free within the call timeout ("
                              + permits.max()
                              + " requests in flight)")),
              deadlineNanos - System.nanoTime());
      permit.whenComplete((ok, failed) -> timeout.cancel(false));
      cancellation.track(permit);
    }
    CompletableFuture<HttpResponse<byte[]>> answered =
        permit.thenCompose(ok -> holdingPermit(request, deadlineNanos, cancellation));
    return answered.handle(
        (response, failed) -> {
          if (failed == null) {
            log(request, String.valueOf(response.statusCode()), start);
            return response;
          }
          throw new CompletionException(classify(request, unwrap(failed), deadlineNanos, start));
        });
  }

  private CompletableFuture<HttpResponse<byte[]>> holdingPermit(
      HttpRequest request, long deadlineNanos, Cancellation cancellation) {
    CompletableFuture<HttpResponse<byte[]>> exchange;
    AtomicReference<HttpResponse.ResponseInfo> head = new AtomicReference<>();
    try {
      if (cancellation.isCancelled()) {
        // The permit came after the caller gave up: nothing is sent.
        throw new CancellationException("the call was cancelled");
      }
      hook.beforeSend(request);
      exchange =
          http.sendAsync(request, BodyDeadline.bytesBy(deadlineNanos, maxResponseBytes, head::set));
    } catch (IOException | RuntimeException refused) {
      permits.release();
      return CompletableFuture.failedFuture(refused);
    }
    cancellation.track(exchange);
    return exchange.handle(
        (response, failed) -> {
          // Released as soon as the body is in (or the exchange failed or was cancelled), before
          // anything else runs, so that a queued exchange starts at once.
          permits.release();
          if (failed != null) {
            throw new CompletionException(new HeadAndCause(head.get(), unwrap(failed)));
          }
          hook.answered(request, response);
          return response;
        });
  }

  /** A failure with the status and headers that arrived before it, if any. */
  private static final class HeadAndCause extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient HttpResponse.ResponseInfo head;

    HeadAndCause(HttpResponse.ResponseInfo head, Throwable cause) {
      super(cause);
      this.head = head;
    }
  }

  private Throwable classify(
      HttpRequest request, Throwable failed, long deadlineNanos, long start) {
    HttpResponse.ResponseInfo head = null;
    if (failed instanceof HeadAndCause) {
      head = ((HeadAndCause) failed).head;
      failed = failed.getCause();
    }
    if (!(failed instanceof IOException) && !(failed instanceof InterruptedException)) {
      // A refusal of the caller's (a cancellation, a bad header value): not an exchange failure.
      return failed;
    }
    URI uri = request.uri();
    if (failed instanceof HttpConnectTimeoutException || failed instanceof ConnectException) {
      log(request, "failed: " + failed.getClass().getSimpleName(), start);
      return new Transport.Failure(Transport.Failure.Kind.CONNECT, uri, failed);
    }
    if (failed instanceof HttpTimeoutException) {
      log(request, "deadline exceeded", start);
      return new Transport.Failure(Transport.Failure.Kind.DEADLINE, uri, failed);
    }
    BoundedBody.TooLarge tooLarge = causeOf(failed, BoundedBody.TooLarge.class);
    if (tooLarge != null) {
      log(request, "body over " + maxResponseBytes + " bytes", start);
      return new Transport.Failure(Transport.Failure.Kind.TOO_LARGE, uri, tooLarge, head);
    }
    GzipBody.Corrupt corrupt = causeOf(failed, GzipBody.Corrupt.class);
    if (corrupt != null) {
      log(request, "corrupt gzip body", start);
      return new Transport.Failure(Transport.Failure.Kind.CORRUPT_ENCODING, uri, corrupt, head);
    }
    if (System.nanoTime() >= deadlineNanos) {
      // The deadline cancelled the exchange and the JDK reported the cancellation as I/O.
      log(request, "deadline exceeded", start);
      return new Transport.Failure(Transport.Failure.Kind.DEADLINE, uri, failed);
    }
    log(request, "failed: " + failed.getClass().getSimpleName(), start);
    return new Transport.Failure(Transport.Failure.Kind.IO, uri, failed);
  }

  /** The failure itself, out of the wrappers futures put around it. */
  static Throwable unwrap(Throwable failed) {
    Throwable t = failed;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static void log(HttpRequest request, String outcome, long startNanos) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} -> {} ({} ms)",
          request.method(),
          Redaction.uri(request.uri()),
          outcome,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }
  }
}
