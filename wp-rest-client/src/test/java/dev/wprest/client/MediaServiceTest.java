package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Media;
import dev.wprest.client.model.MediaFields;
import dev.wprest.client.model.MediaUpload;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WireMockTest
class MediaServiceTest {
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13
  };
  private static final String MEDIA = "/wp-json/wp/v2/media";

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;
  private String media131;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
    String list = RecordedAnswers.body("media.list.modphp", wm);
    media131 = list.substring(1, list.length() - 1);
  }

  @Test
  void anUploadSendsTheBytesWithTypeAndAttachmentDisposition(@TempDir Path dir) throws Exception {
    wm.getWireMock()
        .register(post(urlPathEqualTo(MEDIA)).willReturn(WireMockSite.json(201, media131)));
    Path file = dir.resolve("pixel.png");
    Files.write(file, PNG);

    Media m = wp.media().upload(file);

    assertThat(m.id()).isEqualTo(131);
    assertThat(m.mimeType()).isEqualTo("image/png");
    assertThat(m.altText()).isEqualTo("A single pixel");
    assertThat(m.mediaDetails().path("width").asInt()).isEqualTo(1);
    assertThat(m.post()).hasValue(4);
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(MEDIA))
                .withHeader("Content-Type", equalTo("image/png"))
                .withHeader("Content-Disposition", equalTo("attachment; filename=\"pixel.png\""))
                .withRequestBody(binaryEqualTo(PNG)));
  }

  @Test
  void aNonAsciiNameGoesAsAnAsciiFilenameAndAnRfc5987FilenameStar() {
    wm.getWireMock()
        .register(post(urlPathEqualTo(MEDIA)).willReturn(WireMockSite.json(201, media131)));

    wp.media().upload(MediaUpload.of(PNG, "Grüße aus Köln; \"neu\".png"));

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(MEDIA))
                .withHeader(
                    "Content-Disposition",
                    equalTo(
                        "attachment; filename=\"Gru_e aus Koln_ _neu_.png\"; "
                            + "filename*=UTF-8''Gr%C3%BC%C3%9Fe%20aus%20K%C3%B6ln%3B%20%22neu%22.png")));
  }

  @Test
  void aStreamUploadWithFieldsSendsTheFieldsAsParametersAndTheGivenType() {
    wm.getWireMock()
        .register(post(urlPathEqualTo(MEDIA)).willReturn(WireMockSite.json(201, media131)));

    wp.media()
        .upload(
            MediaUpload.of(new ByteArrayInputStream(PNG), "scan.bin")
                .withContentType("image/png")
                .withFields(MediaFields.builder().title("Scan").altText("A scan").post(4).build()));

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(MEDIA))
                .withHeader("Content-Type", equalTo("image/png"))
                .withQueryParam("title", equalTo("Scan"))
                .withQueryParam("alt_text", equalTo("A scan"))
                .withQueryParam("post", equalTo("4"))
                .withRequestBody(binaryEqualTo(PNG)));
  }

  @Test
  void aStreamOfKnownLengthIsStreamedWithItsLengthDeclared() {
    wm.getWireMock()
        .register(post(urlPathEqualTo(MEDIA)).willReturn(WireMockSite.json(201, media131)));

    wp.media().upload(MediaUpload.of(new ByteArrayInputStream(PNG), PNG.length, "pixel.png"));

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(MEDIA))
                .withHeader("Content-Length", equalTo(String.valueOf(PNG.length)))
                .withRequestBody(binaryEqualTo(PNG)));
  }

  @Test
  void aRateLimitedStreamUploadIsNotSentASecondTimeFromAnEmptyStream() {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(MEDIA))
                .willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")));
    WordPressClient retrying =
        WireMockSite.client(wm, AuthStrategy.none())
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).sleeper(d -> {}).build())
            .build();

    assertThatThrownBy(
            () ->
                retrying
                    .media()
                    .upload(MediaUpload.of(new ByteArrayInputStream(PNG), PNG.length, "p.png")))
        .isInstanceOf(RateLimitedException.class);
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo(MEDIA)));
  }

  @Test
  void aFileUploadIsResentWholeWhenTheServerAsksForARetry(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pixel.png");
    Files.write(file, PNG);
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(MEDIA))
                .inScenario("limited")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1"))
                .willSetStateTo("ok"));
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(MEDIA))
                .inScenario("limited")
                .whenScenarioStateIs("ok")
                .willReturn(WireMockSite.json(201, media131)));
    WordPressClient retrying =
        WireMockSite.client(wm, AuthStrategy.none())
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).sleeper(d -> {}).build())
            .build();

    assertThat(retrying.media().upload(file).id()).isEqualTo(131);
    wm.getWireMock()
        .verifyThat(2, postRequestedFor(urlPathEqualTo(MEDIA)).withRequestBody(binaryEqualTo(PNG)));
  }

  @Test
  void aServerErrorAfterTheFileWasStoredIsFinishedByPostProcessNotASecondUpload() throws Exception {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(MEDIA))
                .willReturn(
                    WireMockSite.json(
                            500,
                            "{\"code\":\"internal_server_error\",\"message\":\"There has been a"
                                + " critical error on this website.\",\"data\":{\"status\":500}}")
                        .withHeader("X-WP-Upload-Attachment-Id", "131")));
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(MEDIA + "/131/post-process"))
                .willReturn(WireMockSite.json(200, media131)));

    Media m = wp.media().upload(MediaUpload.of(PNG, "big.png"));
    Media async = wp.media().uploadAsync(MediaUpload.of(PNG, "big.png")).get(5, TimeUnit.SECONDS);

    assertThat(m.id()).isEqualTo(131);
    assertThat(async.id()).isEqualTo(131);
    wm.getWireMock().verifyThat(2, postRequestedFor(urlPathEqualTo(MEDIA)));
    wm.getWireMock()
        .verifyThat(
            2,
            postRequestedFor(urlPathEqualTo(MEDIA + "/131/post-process"))
                .withRequestBody(equalToJson("{\"action\":\"create-image-subsizes\"}")));
  }

  @Test
  void aServerErrorWithoutTheAttachmentHeaderIsThrownAsIs() {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(MEDIA))
                .willReturn(
                    WireMockSite.json(
                        500,
                        "{\"code\":\"rest_upload_unknown_error\",\"message\":\"x\",\"data\":{\"status\":500}}")));

    assertThatThrownBy(() -> wp.media().upload(MediaUpload.of(PNG, "big.png")))
        .isInstanceOf(ServerErrorException.class);
    wm.getWireMock().verifyThat(0, postRequestedFor(urlPathEqualTo(MEDIA + "/131/post-process")));
  }

  @Test
  void alttextUpdateListAndTheUnsupportedCreate() {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(MEDIA + "/131")).willReturn(WireMockSite.json(200, media131)));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(MEDIA)).willReturn(RecordedAnswers.answer("media.list.modphp", wm)));

    wp.media().update(131, MediaFields.builder().altText("New alt").caption("C").build());

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(MEDIA + "/131"))
                .withRequestBody(equalToJson("{\"alt_text\":\"New alt\",\"caption\":\"C\"}")));
    assertThat(wp.media().list().total()).hasValue(1);
    assertThatThrownBy(() -> wp.media().create(MediaFields.builder().build()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("upload");
  }

  @Test
  void contentTypesAreGuessedFromTheName() {
    assertThat(MediaUpload.of(PNG, "a.PNG").contentType()).isEqualTo("image/png");
    assertThat(MediaUpload.of(PNG, "a.jpg").contentType()).isEqualTo("image/jpeg");
    assertThat(MediaUpload.of(PNG, "a.webp").contentType()).isEqualTo("image/webp");
    assertThat(MediaUpload.of(PNG, "a.unknown").contentType())
        .isEqualTo("application/octet-stream");
    assertThatThrownBy(() -> MediaUpload.of(PNG, "../a.png"))
        .hasMessage("filename must be a plain file name: ../a.png");
  }
}
