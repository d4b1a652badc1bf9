package dev.wprest.client.internal;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A body handler that gives up on a body still arriving at the call's deadline. The JDK's request
 * timeout stops counting once the headers are in, so a server that sends headers and then stalls
 * would otherwise hang the call.
 */
public final class BodyDeadline {
  /** One daemon timer for every client: it only cancels subscriptions, never blocks. */
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "wp-rest-body-deadline");
            t.setDaemon(true);
            return t;
          });

  private BodyDeadline() {}

  /**
   * Bytes, unless the body is not complete by {@code deadlineNanos} ({@link System#nanoTime}) or
   * passes {@code maxBytes} (see {@link BoundedBody}).
   *
   * @param head told the status and headers before the body is read, so that a failed body can
   *     still be reported with them
   */
  public static HttpResponse.BodyHandler<byte[]> bytesBy(
      long deadlineNanos, long maxBytes, Consumer<HttpResponse.ResponseInfo> head) {
    HttpResponse.BodyHandler<byte[]> bounded = BoundedBody.upTo(maxBytes);
    return info -> {
      head.accept(info);
      return new Subscriber(bounded.apply(info), deadlineNanos);
    };
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final HttpResponse.BodySubscriber<byte[]> delegate;
    private final long deadlineNanos;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private volatile ScheduledFuture<?> timer;

    Subscriber(HttpResponse.BodySubscriber<byte[]> delegate, long deadlineNanos) {
      this.delegate = delegate;
      this.deadlineNanos = deadlineNanos;
      delegate
          .getBody()
          .whenComplete(
              (bytes, failure) -> {
                ScheduledFuture<?> t = timer;
                if (t != null) {
                  t.cancel(false);
                }
                if (failure != null) {
                  body.completeExceptionally(failure);
                } else {
                  body.complete(bytes);
                }
              });
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      long remaining = Math.max(0, deadlineNanos - System.nanoTime());
      timer =
          TIMER.schedule(
              () -> {
                // Fail the body first: cancelling first lets the JDK fail it as a plain I/O error.
                body.completeExceptionally(
                    new HttpTimeoutException("the body did not arrive within the call timeout"));
                subscription.cancel();
              },
              remaining,
              TimeUnit.NANOSECONDS);
      delegate.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      delegate.onError(throwable);
    }

    @Override
    public void onComplete() {
      delegate.onComplete();
    }
  }
}
