package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.wprest.client.internal.HttpVersionChoice;
import java.net.URI;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which HTTP version the client speaks: HTTP/2 offered over TLS, plain HTTP/1.1 (no {@code h2c}
 * upgrade) over http, and the caller's choice over both.
 */
class HttpVersionTest {
  @RegisterExtension
  static WireMockExtension site =
      WireMockExtension.newInstance().options(WireMockTls.httpsConfig()).build();

  private final AnsweredVersions versions = new AnsweredVersions();

  @Test
  void http2ForHttpsAndHttp11ForPlainHttpUnlessTheCallerChooses() {
    URI https = URI.create("https://example.com/wp-json/");
    URI http = URI.create("http://localhost:8080/wp-json/");

    assertThat(HttpVersionChoice.forSite(https, null)).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(HttpVersionChoice.forSite(http, null)).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(HttpVersionChoice.forSite(https, HttpClient.Version.HTTP_1_1))
        .isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(HttpVersionChoice.newClient(http, null, java.time.Duration.ofSeconds(1), null))
        .satisfies(c -> assertThat(c.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER))
        .satisfies(c -> assertThat(c.version()).isEqualTo(HttpClient.Version.HTTP_1_1));
  }

  @Test
  void aPlainHttpSiteGetsHttp11WithoutAnH2cUpgradeOffer() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/posts")).willReturn(WireMockSite.json(200, "[]")));
    WordPressClient wp =
        recording(WireMockSite.client(site.getRuntimeInfo(), AuthStrategy.none())).build();

    wp.execute(WpRequest.get("/wp/v2/posts").build());

    site.verify(
        getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts"))
            .withHeader("Upgrade", absent())
            .withHeader("HTTP2-Settings", absent()));
    assertThat(versions.versions()).isNotEmpty().containsOnly(HttpClient.Version.HTTP_1_1);
  }

  @Test
  void theCallerKeepsAnHttpsSiteOnHttp11() throws Exception {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/"))
            .willReturn(
                WireMockSite.json(
                    200,
                    String.format(
                        WireMockSite.INDEX_LOCAL,
                        "https://localhost:" + site.getRuntimeInfo().getHttpsPort()))));
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/posts")).willReturn(WireMockSite.json(200, "[]")));
    WordPressClient wp =
        recording(
                WordPressClient.builder()
                    .baseUrl(
                        "https://localhost:" + site.getRuntimeInfo().getHttpsPort() + "/wp-json/")
                    .sslContext(WireMockTls.trusting())
                    .httpVersion(HttpClient.Version.HTTP_1_1))
            .build();

    wp.execute(WpRequest.get("/wp/v2/posts").build());

    assertThat(versions.versions()).isNotEmpty().containsOnly(HttpClient.Version.HTTP_1_1);
  }

  private WordPressClient.Builder recording(WordPressClient.Builder builder) {
    return builder.exchangeHook(versions);
  }
}
