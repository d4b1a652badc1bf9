package dev.wprest.client.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected into memory up to a limit, enforced while the bytes stream in (after
 * decoding, for a gzip body: see {@link GzipBody}): a declared {@code Content-Length} above the
 * limit is refused before a byte is read, and an undeclared (chunked) or lying body is cut off as
 * soon as it passes the limit. The heap a body can take is therefore the limit, whatever the server
 * sends.
 */
public final class BoundedBody {
  private BoundedBody() {}

  /**
   * A body handler that fails with {@link TooLarge} rather than hold more than {@code maxBytes}.
   *
   * @param maxBytes the most bytes kept
   * @return the handler
   */
  public static HttpResponse.BodyHandler<byte[]> upTo(long maxBytes) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxBytes must be 1.." + (Integer.MAX_VALUE - 8) + ": " + maxBytes);
    }
    // A gzip body is decoded on its way in, so that the limit holds for the decoded size; the
    // compressed bytes read are held to it too.
    return info ->
        GzipBody.encoded(info)
            ? GzipBody.decoding(new Subscriber(maxBytes, declaredLength(info), false), maxBytes)
            : new Subscriber(maxBytes, declaredLength(info), true);
  }

  /** The {@code Content-Length} the server declared, when it is a number. */
  static OptionalLong declaredLength(HttpResponse.ResponseInfo info) {
    // firstValueAsLong would stream the values on every call; one value is all there is.
    String value = info.headers().firstValue("Content-Length").orElse(null);
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** The body passed the limit; nothing beyond the limit was kept. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    /** The limit in bytes. */
    private final long limit;

    /** The declared {@code Content-Length}, or -1 when none was declared. */
    private final long declared;

    TooLarge(long limit, OptionalLong declared) {
      super(
          declared.isPresent() && declared.getAsLong() > limit
              ? "the response declares "
                  + declared.getAsLong()
                  + " bytes, more than the limit of "
                  + limit
              : "the response body passed the limit of " + limit + " bytes");
      this.limit = limit;
      this.declared = declared.orElse(-1);
    }

    /**
     * The limit that was passed.
     *
     * @return bytes
     */
    public long limit() {
      return limit;
    }

    /**
     * The {@code Content-Length} the server declared.
     *
     * @return bytes, or empty when the body was not declared (chunked)
     */
    public OptionalLong declared() {
      return declared < 0 ? OptionalLong.empty() : OptionalLong.of(declared);
    }
  }

  private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long maxBytes;
    private final OptionalLong declared;

    /** Whether {@link #declared} is the length of the bytes received (not of an encoded body). */
    private final boolean exact;

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    // A declared body (at most the limit: a larger one is refused first) is copied once, into an
    // array of its declared length, allocated when its first bytes arrive (a HEAD has none). An
    // undeclared one, or one that overruns its declaration, is kept as the chunks came: no
    // doubling buffer, so a body at the limit costs about twice the limit once, never more.
    private byte[] whole;
    private boolean wholeTried;
    private final List<byte[]> chunks = new ArrayList<>();
    private Flow.Subscription subscription;
    private long received;

    Subscriber(long maxBytes, OptionalLong declared, boolean exact) {
      this.maxBytes = maxBytes;
      this.declared = declared;
      this.exact = exact;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      if (declared.isPresent() && declared.getAsLong() > maxBytes) {
        body.completeExceptionally(new TooLarge(maxBytes, declared));
        s.cancel();
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (body.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        int n = buffer.remaining();
        if (received + n > maxBytes) {
          body.completeExceptionally(new TooLarge(maxBytes, declared));
          subscription.cancel();
          return;
        }
        if (!wholeTried) {
          wholeTried = true;
          if (exact && declared.isPresent()) {
            whole = new byte[(int) declared.getAsLong()];
          }
        }
        if (whole != null && received + n <= whole.length) {
          buffer.get(whole, (int) received, n);
        } else {
          if (whole != null) {
            // More than declared: what came so far becomes the first chunk.
            chunks.add(Arrays.copyOf(whole, (int) received));
            whole = null;
          }
          byte[] chunk = new byte[n];
          buffer.get(chunk);
          chunks.add(chunk);
        }
        received += n;
      }
    }

    @Override
    public void onError(Throwable throwable) {
      body.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      if (body.isDone()) {
        return;
      }
      if (whole != null) {
        body.complete(received == whole.length ? whole : Arrays.copyOf(whole, (int) received));
        return;
      }
      if (chunks.size() == 1) {
        body.complete(chunks.get(0));
        return;
      }
      byte[] all = new byte[(int) received];
      int at = 0;
      for (byte[] chunk : chunks) {
        System.arraycopy(chunk, 0, all, at, chunk.length);
        at += chunk.length;
      }
      chunks.clear();
      body.complete(all);
    }
  }
}
