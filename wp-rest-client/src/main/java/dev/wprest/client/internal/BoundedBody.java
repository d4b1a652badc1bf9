package dev.wprest.client.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
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
            ? GzipBody.decoding(new Subscriber(maxBytes, declaredLength(info)), maxBytes)
            : new Subscriber(maxBytes, declaredLength(info));
  }

  /** The {@code Content-Length} the server declared, when it is a number. */
  static OptionalLong declaredLength(HttpResponse.ResponseInfo info) {
    try {
      return info.headers().firstValueAsLong("Content-Length");
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
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    // Chunks as they came: no doubling buffer, so a body at the limit costs about twice the limit
    // once (the chunks and the final array), never more.
    private final List<byte[]> chunks = new ArrayList<>();
    private Flow.Subscription subscription;
    private long received;

    Subscriber(long maxBytes, OptionalLong declared) {
      this.maxBytes = maxBytes;
      this.declared = declared;
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
        received += n;
        byte[] chunk = new byte[n];
        buffer.get(chunk);
        chunks.add(chunk);
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
