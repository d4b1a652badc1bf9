package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class BodyProblemsTest {
  /** PHP 8 with display_errors and html_errors on, as printed before a REST response. */
  private static final String PHP_WARNING =
      "<br />\n<b>Warning</b>:  Undefined array key \"foo\" in <b>/var/www/html/wp-content/plugins/"
          + "x/x.php</b> on line <b>12</b><br />\n";

  private WireMockRuntimeInfo wm;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
  }

  private void serve(String contentType, byte[] body) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/1"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", contentType)
                        .withBody(body)));
  }

  private MalformedResponseException failure(WordPressClient wp) {
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> wp.json(WpRequest.get("/wp/v2/posts/1").build()));
    assertThat(t).isInstanceOf(MalformedResponseException.class);
    return (MalformedResponseException) t;
  }

  private WordPressClient client() {
    return WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  @Test
  void phpNoticesBeforeJsonAreAnErrorThatSaysTheJsonIsIntactAndHowToAcceptIt() {
    serve("application/json", (PHP_WARNING + "{\"id\":1}").getBytes(StandardCharsets.UTF_8));

    MalformedResponseException e = failure(client());

    assertThat(e.problem()).isEqualTo(BodyProblem.PHP_OUTPUT_BEFORE_JSON);
    assertThat(e.getMessage()).contains("intact").contains("tolerateLeadingPhpOutput");
    assertThat(e.exchange().bodySnippet()).contains("Undefined array key");
    assertThat(e.exchange().bodyKind()).isEqualTo(BodyKind.PHP_OUTPUT_BEFORE_JSON);
    assertThat(e.exchange().wordPressAnswered())
        .as("WordPress's JSON is intact after PHP's notice")
        .isTrue();
  }

  @Test
  void theTolerantPathReadsTheJsonAfterPhpNoticesWhenAskedTo() {
    serve(
        "application/json",
        (PHP_WARNING + PHP_WARNING + "{\"id\":1}").getBytes(StandardCharsets.UTF_8));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.none()).tolerateLeadingPhpOutput(true).build();

    assertThat(wp.json(WpRequest.get("/wp/v2/posts/1").build()).path("id").asInt()).isEqualTo(1);
  }

  @Test
  void theTolerantPathStillRefusesBrokenJsonAfterTheNotices() {
    serve("application/json", (PHP_WARNING + "{\"id\":").getBytes(StandardCharsets.UTF_8));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.none()).tolerateLeadingPhpOutput(true).build();

    assertThat(failure(wp).problem()).isEqualTo(BodyProblem.PHP_OUTPUT_BEFORE_JSON);
  }

  @Test
  void anHtmlPageIsNamedWithItsTitle() {
    serve(
        "text/html; charset=UTF-8",
        "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head></html>"
            .getBytes(StandardCharsets.UTF_8));

    MalformedResponseException e = failure(client());

    assertThat(e.problem()).isEqualTo(BodyProblem.HTML_PAGE);
    assertThat(e.getMessage()).contains("titled \"Attention Required! | Cloudflare\"");
  }

  @Test
  void anEmptyBodyWhereJsonIsDueIsNamed() {
    serve("application/json", new byte[0]);

    assertThat(failure(client()).problem()).isEqualTo(BodyProblem.EMPTY_BODY);
  }

  @Test
  void aTruncatedBodyIsNamed() {
    serve(
        "application/json",
        "{\"id\":1,\"title\":{\"rendered\":\"Hel".getBytes(StandardCharsets.UTF_8));

    assertThat(failure(client()).problem()).isEqualTo(BodyProblem.TRUNCATED_JSON);
  }

  @Test
  void trailingJunkAfterTheJsonIsNamed() {
    serve("application/json", "{\"id\":1}<!-- cached by x -->".getBytes(StandardCharsets.UTF_8));

    assertThat(failure(client()).problem()).isEqualTo(BodyProblem.TRAILING_CONTENT);
  }

  @Test
  void malformedJsonIsNamed() {
    serve("application/json", "{\"id\":1,,}".getBytes(StandardCharsets.UTF_8));

    assertThat(failure(client()).problem()).isEqualTo(BodyProblem.MALFORMED_JSON);
  }

  @Test
  void aUtf8ByteOrderMarkIsStripped() {
    byte[] json = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    serve("application/json", withBom);

    assertThat(client().json(WpRequest.get("/wp/v2/posts/1").build()).path("id").asInt())
        .isEqualTo(1);
  }

  @Test
  void theBodyKeepsNothingButABoundedSnippet() {
    serve(
        "text/html",
        ("<html><title>x</title>" + "a".repeat(100_000)).getBytes(StandardCharsets.UTF_8));

    assertThat(failure(client()).exchange().bodySnippet().length()).isLessThanOrEqualTo(2051);
  }

  @Test
  void theDeadlineFiresOnAStalledBody() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("[" + "{\"id\":1},".repeat(200) + "{\"id\":2}]")
                        .withChunkedDribbleDelay(20, 10_000)));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.none())
            .callTimeout(Duration.ofMillis(700))
            .retryPolicy(RetryPolicy.none())
            .build();
    wp.siteInfo();

    long start = System.nanoTime();
    assertThatThrownBy(() -> wp.execute(WpRequest.get("/wp/v2/posts").build()))
        .isInstanceOf(DeadlineExceededException.class)
        .hasMessageContaining("call timeout");
    // Not a timing assertion on speed: only that the call did not wait for the 10 s body.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
  }

  @Test
  void bindingJsonOfTheWrongShapeIsNamed() {
    serve("application/json", "[1,2]".getBytes(StandardCharsets.UTF_8));

    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> client().execute(WpRequest.get("/wp/v2/posts/1").build(), java.util.Map.class));

    assertThat(t).isInstanceOf(MalformedResponseException.class);
    assertThat(((MalformedResponseException) t).problem()).isEqualTo(BodyProblem.UNEXPECTED_SHAPE);
  }

  @Test
  void bindingATruncatedBodyNamesTheTruncationNotTheShape() {
    serve(
        "application/json",
        "{\"id\":1,\"title\":{\"rendered\":\"Hel".getBytes(StandardCharsets.UTF_8));

    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> client().execute(WpRequest.get("/wp/v2/posts/1").build(), java.util.Map.class));

    assertThat(((MalformedResponseException) t).problem()).isEqualTo(BodyProblem.TRUNCATED_JSON);
  }
}
