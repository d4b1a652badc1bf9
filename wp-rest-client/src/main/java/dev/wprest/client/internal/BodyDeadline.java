package dev.wprest.client.internal;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

/**
 * A body handler that gives up on a body still arriving at the call's deadline. The JDK's request
 * timeout stops counting once the headers are in, so a server that sends headers and then stalls
 * would otherwise hang the call.
 */
public final class BodyDeadline {
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

  /**
   * Passes everything to the bounded body and is itself the watchdog task (no task object of its
   * own per call): the body is the bounded body's future, failed by the watchdog at the deadline.
   */
  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]>, Runnable {
    private final HttpResponse.BodySubscriber<byte[]> delegate;
    private final long deadlineNanos;
    private final CompletableFuture<byte[]> body;
    private volatile Flow.Subscription subscription;
    private volatile ScheduledFuture<?> timer;

    Subscriber(HttpResponse.BodySubscriber<byte[]> delegate, long deadlineNanos) {
      this.delegate = delegate;
      this.deadlineNanos = deadlineNanos;
      this.body = delegate.getBody().toCompletableFuture();
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      long remaining = Math.max(0, deadlineNanos - System.nanoTime());
      timer = DeadlineTimer.schedule(this, remaining);
      delegate.onSubscribe(subscription);
      if (body.isDone()) {
        // Refused before reading (a declared length over the limit).
        stopWatchdog();
      }
    }

    /** The deadline passed with the body still arriving. */
    @Override
    public void run() {
      // Fail the body first: cancelling first lets the JDK fail it as a plain I/O error.
      body.completeExceptionally(
          new HttpTimeoutException("the body did not arrive within the call timeout"));
      subscription.cancel();
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      delegate.onNext(item);
      if (body.isDone()) {
        // The bounded body gave up (too large, corrupt): no deadline to watch any more.
        stopWatchdog();
      }
    }

    @Override
    public void onError(Throwable throwable) {
      stopWatchdog();
      delegate.onError(throwable);
    }

    @Override
    public void onComplete() {
      stopWatchdog();
      delegate.onComplete();
    }

    private void stopWatchdog() {
      ScheduledFuture<?> t = timer;
      if (t != null) {
        t.cancel(false);
      }
    }
  }
}
