package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.internal.CallLimits;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The doctor reads the site with the client's facts, so it cannot call "no REST API" what the
 * client reads, nor accept a limit the client refuses.
 */
@WireMockTest
class OneFactsLayerDoctorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "JSON as application/json        | application/json; charset=UTF-8 | {\"a\":1}       | true",
        "JSON as text/html (a host's)    | text/html; charset=UTF-8        | {\"a\":1}       | true",
        "JSON after a BOM, as text/plain | text/plain                      | \uFEFF[1]       | true",
        "JSON after a PHP warning        | text/html                       | '<b>Warning</b>: x in <b>/f.php</b> on line <b>3</b><br />\n{\"a\":1}' | true",
        "an HTML page as application/json | application/json               | <html></html>   | false",
        "admin-ajax.php's 0              | text/html                       | 0               | false",
      })
  void theDoctorCallsJsonWhatTheClientReads(
      String what, String contentType, String body, boolean json) {
    RawExchange a =
        RawExchange.of(
            "GET",
            URI.create("https://example.com/wp-json/"),
            200,
            HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (n, v) -> true),
            body);

    assertThat(a.isJson()).as(what).isEqualTo(json);
  }

  @Test
  void anIndexServedAsHtmlIsStillTheRestApiTheClientUses(WireMockRuntimeInfo wm) throws Exception {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .answer("GET", "/wp-json/", 200, "text/html; charset=UTF-8", indexBody(wm))
            .recorded("users-me.basic-valid.admin.modphp")
            .recorded("application-passwords.introspect.admin.modphp");

    DoctorReport report =
        AuthDoctor.builder(site.url())
            .applicationPassword("itadmin", ApplicationPasswordDoctorTest.APP_PASSWORD)
            .build()
            .examine();

    assertThat(report.ok()).as(report.toString()).isTrue();
    SiteInfo read = WordPressClient.builder().baseUrl(site.url().toString()).build().siteInfo();
    assertThat(read.indexProblem()).as("the client reads the same index").isEmpty();
    assertThat(read.namespaces()).contains("wp/v2");
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(longs = {0, 1, 1023, Integer.MAX_VALUE - 7})
  void theDoctorRefusesTheBodyLimitsTheClientRefuses(long bytes) {
    assertThatThrownBy(() -> WordPressClient.builder().maxResponseBytes(bytes))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> AuthDoctor.builder(URI.create("https://example.com")).maxResponseBytes(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxResponseBytes");
  }

  @Test
  void theDoctorAndTheClientShareOneDefaultBodyLimit() {
    assertThat(AuthDoctor.DEFAULT_MAX_RESPONSE_BYTES)
        .isEqualTo(CallLimits.DEFAULT_MAX_RESPONSE_BYTES)
        .isEqualTo(16L * 1024 * 1024);
  }

  private static String indexBody(WireMockRuntimeInfo wm) throws Exception {
    try (InputStream in =
        OneFactsLayerDoctorTest.class
            .getClassLoader()
            .getResourceAsStream("fixtures/wordpress/index.modphp.json")) {
      JsonNode f = JSON.readTree(in);
      return f.path("response")
          .path("body")
          .asText()
          .replaceAll(
              "http:(\\\\?/\\\\?/)127\\.0\\.0\\.1:80\\d\\d",
              "http:$1localhost:" + wm.getHttpPort());
    }
  }
}
