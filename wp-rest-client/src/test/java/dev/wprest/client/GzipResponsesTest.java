package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Post;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compressed answers: asked for by default, decoded while streaming, bounded after decoding. */
@WireMockTest
class GzipResponsesTest {
  private static final String POST =
      "{\"id\":7,\"title\":{\"rendered\":\"Compressed\"},\"content\":{\"rendered\":\"<p>"
          + "x".repeat(5000)
          + "</p>\",\"protected\":false}}";

  private WireMockRuntimeInfo wm;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
      out.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private void serveGzipped(int status, byte[] body) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/7"))
                .willReturn(
                    aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withHeader("Content-Encoding", "gzip")
                        .withBody(body)));
  }

  @Test
  void asksForGzipByDefaultAndDecodesTheAnswer() {
    byte[] compressed = gzip(POST.getBytes(StandardCharsets.UTF_8));
    assertThat(compressed.length).isLessThan(POST.length() / 10);
    serveGzipped(200, compressed);

    Post post = WireMockSite.client(wm, AuthStrategy.none()).build().posts().get(7);

    assertThat(post.id()).isEqualTo(7);
    assertThat(post.content().rendered()).contains("x".repeat(5000));
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/7"))
                .withHeader("Accept-Encoding", equalTo("gzip")));
  }

  @Test
  void theResponseKeepsTheHeadersTheServerSent() {
    serveGzipped(200, gzip(POST.getBytes(StandardCharsets.UTF_8)));

    WpResponse response =
        WireMockSite.client(wm, AuthStrategy.none())
            .build()
            .execute(WpRequest.get("/wp/v2/posts/7").build());

    assertThat(response.header("Content-Encoding")).hasValue("gzip");
    assertThat(response.json().path("id").asInt()).isEqualTo(7);
  }

  @Test
  void switchedOffSendsNoAcceptEncoding() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/7")).willReturn(WireMockSite.json(200, POST)));

    Post post =
        WireMockSite.client(wm, AuthStrategy.none()).acceptGzip(false).build().posts().get(7);

    assertThat(post.id()).isEqualTo(7);
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/7"))
                .withoutHeader("Accept-Encoding"));
  }

  @Test
  void aGzipBombIsStoppedAtTheLimitOnItsDecodedSize() {
    // 64 MiB of zeros compress to about 64 KiB: far under the limit on the wire, far over it
    // decoded.
    byte[] bomb = gzip(new byte[64 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(1024 * 1024);
    serveGzipped(200, bomb);
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.none()).maxResponseBytes(1024 * 1024).build();

    Throwable t = catchThrowable(() -> wp.posts().get(7));

    assertThat(t).isInstanceOf(ResponseTooLargeException.class);
    ResponseTooLargeException e = (ResponseTooLargeException) t;
    assertThat(e.limit()).isEqualTo(1024 * 1024);
    assertThat(e.exchange().status()).hasValue(200);
    assertThat(e.exchange().header("Content-Encoding")).hasValue("gzip");
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/7")));
  }

  @Test
  void aCorruptGzipBodyIsAMalformedResponseAndIsNotRetried() {
    byte[] corrupt = gzip(POST.getBytes(StandardCharsets.UTF_8));
    for (int i = 12; i < corrupt.length - 8; i++) {
      corrupt[i] = (byte) 0xFF;
    }
    serveGzipped(200, corrupt);

    Throwable t =
        catchThrowable(() -> WireMockSite.client(wm, AuthStrategy.none()).build().posts().get(7));

    assertThat(t).isInstanceOf(MalformedResponseException.class);
    MalformedResponseException e = (MalformedResponseException) t;
    assertThat(e.problem()).isEqualTo(BodyProblem.CORRUPT_ENCODING);
    assertThat(e.getMessage()).contains("200 on GET").contains("gzip");
    assertThat(e.exchange().status()).hasValue(200);
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/7")));
  }

  @Test
  void aGzipBodyCutOffBeforeItsEndIsAMalformedResponse() {
    byte[] whole = gzip(POST.getBytes(StandardCharsets.UTF_8));
    serveGzipped(200, Arrays.copyOf(whole, whole.length / 2));

    Throwable t =
        catchThrowable(() -> WireMockSite.client(wm, AuthStrategy.none()).build().posts().get(7));

    assertThat(t).isInstanceOf(MalformedResponseException.class);
    assertThat(((MalformedResponseException) t).problem()).isEqualTo(BodyProblem.CORRUPT_ENCODING);
    assertThat(t.getMessage()).contains("cut off");
  }

  @Test
  void aBodyThatIsNotGzipAtAllDespiteItsHeaderIsAMalformedResponse() {
    serveGzipped(200, POST.getBytes(StandardCharsets.UTF_8));

    Throwable t =
        catchThrowable(() -> WireMockSite.client(wm, AuthStrategy.none()).build().posts().get(7));

    assertThat(t).isInstanceOf(MalformedResponseException.class);
    assertThat(((MalformedResponseException) t).problem()).isEqualTo(BodyProblem.CORRUPT_ENCODING);
  }

  @Test
  void theEvidenceOfAFailedCallHoldsTheDecodedText() {
    serveGzipped(
        404,
        gzip(
            ("{\"code\":\"rest_post_invalid_id\",\"message\":\"Invalid post ID.\","
                    + "\"data\":{\"status\":404}}")
                .getBytes(StandardCharsets.UTF_8)));

    Throwable t =
        catchThrowable(() -> WireMockSite.client(wm, AuthStrategy.none()).build().posts().get(7));

    assertThat(t).isInstanceOf(NotFoundException.class);
    NotFoundException e = (NotFoundException) t;
    assertThat(e.exchange().bodySnippet()).contains("Invalid post ID.");
    assertThat(e.getMessage()).contains("rest_post_invalid_id");
  }

  @Test
  void anAnswerCompressedWithoutBeingAskedIsDecodedToo() {
    serveGzipped(200, gzip(POST.getBytes(StandardCharsets.UTF_8)));

    Post post =
        WireMockSite.client(wm, AuthStrategy.none()).acceptGzip(false).build().posts().get(7);

    assertThat(post.id()).isEqualTo(7);
  }
}
