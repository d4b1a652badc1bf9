package dev.wprest.diagnostics.doctor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Wraps whatever body handler a request comes with (the doctor's own or the client's) so that the
 * body is bounded while it streams in: past {@code maxBytes} the exchange is cancelled and the body
 * fails with {@link ResponseTooLargeException}; {@link #abort} cancels it from outside (a
 * deadline). Optionally keeps the start of the body for the doctor to read (a login page's error).
 */
final class BoundedBodies<T> implements HttpResponse.BodyHandler<T> {
  private final HttpResponse.BodyHandler<T> inner;
  private final long maxBytes;
  private final int keep;
  private final Consumer<byte[]> kept;
  private volatile Bounded<T> current;
  private volatile IOException abortedWith;

  BoundedBodies(HttpResponse.BodyHandler<T> inner, long maxBytes, int keep, Consumer<byte[]> kept) {
    this.inner = inner;
    this.maxBytes = maxBytes;
    this.keep = keep;
    this.kept = kept;
  }

  @Override
  public HttpResponse.BodySubscriber<T> apply(HttpResponse.ResponseInfo info) {
    Bounded<T> b = new Bounded<>(inner.apply(info), maxBytes, keep, kept);
    current = b;
    IOException early = abortedWith;
    if (early != null) {
      b.abort(early);
    }
    return b;
  }

  /** Cancels the exchange's body, if it has started, and fails it with {@code why}. */
  void abort(IOException why) {
    abortedWith = why;
    Bounded<T> b = current;
    if (b != null) {
      b.abort(why);
    }
  }

  /** The body larger than the doctor accepts. */
  static final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    ResponseTooLargeException(long maxBytes) {
      super("the answer is larger than the doctor accepts (" + maxBytes + " bytes)");
    }
  }

  private static final class Bounded<T> implements HttpResponse.BodySubscriber<T> {
    private final HttpResponse.BodySubscriber<T> inner;
    private final long maxBytes;
    private final int keep;
    private final Consumer<byte[]> kept;
    private final ByteArrayOutputStream start = new ByteArrayOutputStream();
    private Flow.Subscription upstream;
    private long received;
    private boolean done;

    Bounded(HttpResponse.BodySubscriber<T> inner, long maxBytes, int keep, Consumer<byte[]> kept) {
      this.inner = inner;
      this.maxBytes = maxBytes;
      this.keep = keep;
      this.kept = kept;
    }

    @Override
    public CompletionStage<T> getBody() {
      return inner.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      synchronized (this) {
        upstream = subscription;
        if (done) {
          subscription.cancel();
          return;
        }
      }
      inner.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      synchronized (this) {
        if (done) {
          return;
        }
        for (ByteBuffer b : items) {
          received += b.remaining();
          if (keep > 0 && start.size() < keep) {
            ByteBuffer copy = b.duplicate();
            byte[] bytes = new byte[Math.min(copy.remaining(), keep - start.size())];
            copy.get(bytes);
            start.write(bytes, 0, bytes.length);
          }
        }
      }
      if (received > maxBytes) {
        abort(new ResponseTooLargeException(maxBytes));
        return;
      }
      inner.onNext(items);
    }

    @Override
    public void onError(Throwable throwable) {
      if (finish()) {
        inner.onError(throwable);
      }
    }

    @Override
    public void onComplete() {
      if (finish()) {
        if (keep > 0) {
          kept.accept(start.toByteArray());
        }
        inner.onComplete();
      }
    }

    void abort(IOException why) {
      Flow.Subscription s;
      synchronized (this) {
        if (done) {
          return;
        }
        done = true;
        s = upstream;
      }
      if (s != null) {
        s.cancel();
      }
      inner.onError(why);
    }

    private synchronized boolean finish() {
      if (done) {
        return false;
      }
      done = true;
      return true;
    }
  }
}
