package dev.wprest.client.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes a {@code Content-Encoding: gzip} body while it streams in, and hands the decoded bytes to
 * another body subscriber (the size limit counts what it receives, so a small compressed body that
 * inflates past the limit is stopped as soon as it does: a gzip bomb never reaches the heap). The
 * JDK's HttpClient neither asks for nor decodes compression; this does it in chunks of at most 16
 * KiB, checks every member's CRC-32 and length (RFC 1952), and reports a corrupt or cut-off stream
 * as {@link Corrupt}, never as an unchecked or {@code java.util.zip} exception.
 */
public final class GzipBody {
  /**
   * The largest gzip header accepted. Servers send 10 bytes; a name, comment or extra field that
   * takes more is refused (and the header is re-parsed per byte, which must stay cheap).
   */
  private static final int MAX_HEADER = 1024;

  private static final int FHCRC = 2;
  private static final int MIN_CHUNK = 1024;
  private static final int MAX_CHUNK = 16 * 1024;
  // A single post inflates about 2.7 times (1,549 bytes from 573), a page of posts more: a first
  // chunk 4 times the first compressed buffer holds a small answer whole.
  private static final int EXPECTED_RATIO = 4;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int RESERVED = 0xE0;

  private GzipBody() {}

  /**
   * Whether a response's body is gzip-encoded (and only that: a stack of encodings is left as is).
   *
   * @param info the status and headers
   * @return true when its single {@code Content-Encoding} is {@code gzip} or {@code x-gzip}
   */
  public static boolean encoded(HttpResponse.ResponseInfo info) {
    List<String> values = info.headers().allValues("Content-Encoding");
    if (values.size() != 1) {
      return false;
    }
    String value = values.get(0).strip().toLowerCase(Locale.ROOT);
    return value.equals("gzip") || value.equals("x-gzip");
  }

  /**
   * A subscriber that decodes the gzip body it receives into {@code decoded}.
   *
   * @param decoded receives the decoded bytes; its body is the result
   * @param maxEncodedBytes the most compressed bytes read before giving up
   * @return the decoding subscriber
   */
  public static HttpResponse.BodySubscriber<byte[]> decoding(
      HttpResponse.BodySubscriber<byte[]> decoded, long maxEncodedBytes) {
    return new Decoder(decoded, maxEncodedBytes);
  }

  /** The gzip stream is corrupt or was cut off before its end. */
  public static final class Corrupt extends IOException {
    private static final long serialVersionUID = 1L;

    Corrupt(String message) {
      super(message);
    }
  }

  private enum State {
    HEADER,
    DATA,
    TRAILER
  }

  private static final class Decoder implements HttpResponse.BodySubscriber<byte[]> {
    private final HttpResponse.BodySubscriber<byte[]> downstream;
    private final CompletableFuture<byte[]> result;
    private final long maxEncodedBytes;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    // Sized by the first compressed buffer and grown to MAX_CHUNK once filled: a small answer (a
    // single post, a create's echo) never pays for a 16 KiB buffer it would not fill.
    private byte[] out;
    // Header or trailer bytes gathered across buffers.
    private byte[] gathered = new byte[16];
    private int gatheredLength;
    private State state = State.HEADER;
    private Flow.Subscription subscription;
    private long encoded;
    private long memberSize;
    private int members;
    private boolean stopped;

    Decoder(HttpResponse.BodySubscriber<byte[]> downstream, long maxEncodedBytes) {
      this.downstream = downstream;
      this.result = downstream.getBody().toCompletableFuture();
      this.maxEncodedBytes = maxEncodedBytes;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      this.subscription = s;
      downstream.onSubscribe(s);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (stopped || result.isDone()) {
        // Refused already (a declared length over the limit, a deadline): nothing to decode.
        return;
      }
      try {
        for (ByteBuffer buffer : buffers) {
          encoded += buffer.remaining();
          if (encoded > maxEncodedBytes) {
            fail(new BoundedBody.TooLarge(maxEncodedBytes, OptionalLong.empty()));
            return;
          }
          decode(buffer);
          if (stopped) {
            return;
          }
        }
      } catch (Corrupt e) {
        fail(e);
      }
    }

    private void decode(ByteBuffer in) throws Corrupt {
      while (in.hasRemaining()) {
        switch (state) {
          case HEADER:
            gather(in.get());
            if (headerLength(gathered, gatheredLength) > 0) {
              gatheredLength = 0;
              inflater.reset();
              crc.reset();
              memberSize = 0;
              state = State.DATA;
            }
            break;
          case DATA:
            inflate(in);
            if (stopped) {
              return;
            }
            break;
          case TRAILER:
            gather(in.get());
            if (gatheredLength == 8) {
              checkTrailer();
              gatheredLength = 0;
              members++;
              state = State.HEADER;
            }
            break;
          default:
            throw new IllegalStateException(state.name());
        }
      }
    }

    private void inflate(ByteBuffer in) throws Corrupt {
      if (out == null) {
        long guess = Math.max(MIN_CHUNK, (long) in.remaining() * EXPECTED_RATIO);
        out = new byte[(int) Math.min(MAX_CHUNK, guess)];
      }
      inflater.setInput(in);
      try {
        while (true) {
          int n = inflater.inflate(out);
          if (n > 0) {
            crc.update(out, 0, n);
            memberSize += n;
            downstream.onNext(List.of(ByteBuffer.wrap(out, 0, n)));
            if (result.isDone()) {
              // The limit was passed (or the body failed otherwise): stop inflating at once.
              stop();
              return;
            }
            if (n == out.length && n < MAX_CHUNK) {
              // More is coming than the guess held (the downstream copied these bytes).
              out = new byte[MAX_CHUNK];
            }
          }
          if (inflater.finished()) {
            state = State.TRAILER;
            return;
          }
          if (n == 0) {
            if (inflater.needsInput()) {
              return;
            }
            throw new Corrupt("the gzip body needs a preset dictionary, which gzip never uses");
          }
        }
      } catch (DataFormatException e) {
        // zlib's message names the defect in the stream, never its content.
        throw new Corrupt("the gzip body is corrupt (" + e.getMessage() + ")");
      }
    }

    private void checkTrailer() throws Corrupt {
      long crc32 = littleEndian(gathered, 0, 4);
      long size = littleEndian(gathered, 4, 4);
      if (crc32 != crc.getValue() || size != (memberSize & 0xFFFFFFFFL)) {
        throw new Corrupt("the gzip body fails its checksum: corrupt");
      }
    }

    private void gather(byte b) throws Corrupt {
      if (gatheredLength == gathered.length) {
        if (gathered.length >= MAX_HEADER) {
          throw new Corrupt("the gzip header is longer than " + MAX_HEADER + " bytes");
        }
        gathered = Arrays.copyOf(gathered, gathered.length * 2);
      }
      gathered[gatheredLength++] = b;
    }

    @Override
    public void onError(Throwable throwable) {
      inflater.end();
      downstream.onError(throwable);
    }

    @Override
    public void onComplete() {
      if (stopped) {
        return;
      }
      inflater.end();
      if (encoded == 0) {
        // No body at all (HEAD, 204, 304) although the headers name gzip.
        downstream.onComplete();
      } else if (state != State.HEADER || gatheredLength > 0 || members == 0) {
        downstream.onError(new Corrupt("the gzip body was cut off before its end"));
      } else {
        downstream.onComplete();
      }
    }

    private void fail(IOException e) {
      stop();
      downstream.onError(e);
      subscription.cancel();
    }

    private void stop() {
      stopped = true;
      inflater.end();
    }
  }

  /**
   * The length of the gzip header at the start of {@code b}, or -1 while it is incomplete.
   *
   * @throws Corrupt when the bytes cannot start a gzip member
   */
  static int headerLength(byte[] b, int length) throws Corrupt {
    if ((length >= 1 && (b[0] & 0xFF) != 0x1F) || (length >= 2 && (b[1] & 0xFF) != 0x8B)) {
      throw new Corrupt("the body is not gzip although its Content-Encoding says so");
    }
    if (length >= 3 && b[2] != 8) {
      throw new Corrupt("the gzip body uses an unknown compression method");
    }
    if (length < 10) {
      return -1;
    }
    int flags = b[3] & 0xFF;
    if ((flags & RESERVED) != 0) {
      throw new Corrupt("the gzip header sets reserved flags");
    }
    int at = 10;
    if ((flags & FEXTRA) != 0) {
      if (length < at + 2) {
        return -1;
      }
      at += 2 + (int) littleEndian(b, at, 2);
    }
    if ((flags & FNAME) != 0) {
      at = afterZero(b, at, length);
    }
    if ((flags & FCOMMENT) != 0) {
      at = afterZero(b, at, length);
    }
    if (at < 0) {
      return -1;
    }
    if ((flags & FHCRC) != 0) {
      at += 2;
    }
    return at >= 0 && at <= length ? at : -1;
  }

  /** The index after the next zero byte from {@code at}, or -1 when none has arrived yet. */
  private static int afterZero(byte[] b, int at, int length) {
    if (at < 0) {
      return -1;
    }
    for (int i = at; i < length; i++) {
      if (b[i] == 0) {
        return i + 1;
      }
    }
    return -1;
  }

  private static long littleEndian(byte[] b, int at, int bytes) {
    long value = 0;
    for (int i = bytes - 1; i >= 0; i--) {
      value = (value << 8) | (b[at + i] & 0xFF);
    }
    return value;
  }
}
