package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GzipBodyTest {
  private static final byte[] TEXT = text();

  private static byte[] text() {
    Random random = new Random(1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      s.append((char) ('a' + random.nextInt(6))).append(i % 13 == 0 ? " " : "");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
      out.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** Feeds {@code encoded} in pieces of {@code piece} bytes and returns the decoded body. */
  private static byte[] decode(byte[] encoded, int piece, long limit) {
    HttpResponse.BodySubscriber<byte[]> decoder =
        GzipBody.decoding(
            BoundedBody.upTo(limit).apply(new Info()), Math.max(limit, encoded.length));
    List<Boolean> cancelled = new ArrayList<>();
    decoder.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {
            cancelled.add(true);
          }
        });
    for (int at = 0; at < encoded.length && cancelled.isEmpty(); at += piece) {
      int end = Math.min(encoded.length, at + piece);
      decoder.onNext(List.of(ByteBuffer.wrap(Arrays.copyOfRange(encoded, at, end))));
    }
    if (cancelled.isEmpty()) {
      decoder.onComplete();
    }
    try {
      return decoder.getBody().toCompletableFuture().join();
    } catch (CompletionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 10, 4096, 1 << 20})
  void decodesWhateverTheBufferBoundaries(int piece) {
    assertThat(decode(gzip(TEXT), piece, 1 << 20)).isEqualTo(TEXT);
  }

  @Test
  void decodesConcatenatedMembersAsOneBody() {
    byte[] first = gzip("[1,".getBytes(StandardCharsets.UTF_8));
    byte[] second = gzip("2]".getBytes(StandardCharsets.UTF_8));
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);

    assertThat(new String(decode(both, 3, 1024), StandardCharsets.UTF_8)).isEqualTo("[1,2]");
  }

  @Test
  void readsAHeaderWithAFileNameAndAComment() {
    byte[] plain = gzip(TEXT);
    byte[] extra = "name\0comment\0".getBytes(StandardCharsets.US_ASCII);
    byte[] named = new byte[plain.length + extra.length];
    System.arraycopy(plain, 0, named, 0, 10);
    named[3] = 8 | 16;
    System.arraycopy(extra, 0, named, 10, extra.length);
    System.arraycopy(plain, 10, named, 10 + extra.length, plain.length - 10);

    assertThat(decode(named, 5, 1 << 20)).isEqualTo(TEXT);
  }

  @Test
  void anEmptyBodyIsEmptyAlthoughItsHeaderSaysGzip() {
    assertThat(decode(new byte[0], 1, 1024)).isEmpty();
  }

  @Test
  void aWrongChecksumIsCorrupt() {
    byte[] encoded = gzip(TEXT);
    encoded[encoded.length - 6] ^= 1;

    assertThatThrownBy(() -> decode(encoded, 100, 1 << 20))
        .hasCauseInstanceOf(GzipBody.Corrupt.class)
        .hasMessageContaining("checksum");
  }

  @Test
  void junkAfterTheLastMemberIsCorrupt() {
    byte[] encoded = gzip(TEXT);
    byte[] junk = Arrays.copyOf(encoded, encoded.length + 3);
    junk[encoded.length] = 'x';

    assertThatThrownBy(() -> decode(junk, 100, 1 << 20)).hasCauseInstanceOf(GzipBody.Corrupt.class);
  }

  @Test
  void theLimitCountsDecodedBytes() {
    assertThatThrownBy(() -> decode(gzip(TEXT), 64, TEXT.length - 1))
        .hasCauseInstanceOf(BoundedBody.TooLarge.class);
    assertThat(decode(gzip(TEXT), 64, TEXT.length)).isEqualTo(TEXT);
  }

  /** A 200 with no headers of interest. */
  private static final class Info implements HttpResponse.ResponseInfo {
    @Override
    public int statusCode() {
      return 200;
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
    }

    @Override
    public java.net.http.HttpClient.Version version() {
      return java.net.http.HttpClient.Version.HTTP_1_1;
    }
  }
}
