package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Pages built to make a backtracking reader run for minutes: a megabyte of repeated, unterminated
 * tags, read by the client where it looks for a title or the REST API link.
 */
@WireMockTest
class AdversarialPagesTest {
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final int MEGABYTE = 1 << 20;

  private static String repeated(String piece) {
    return piece.repeat(MEGABYTE / piece.length());
  }

  @Test
  void anHtmlAnswerOfRepeatedUnclosedTitlesIsNamedQuickly(WireMockRuntimeInfo wm) {
    WireMockSite.stubIndex(wm);
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/1"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><head>" + repeated("<title>"))));
    WordPressClient wp = WireMockSite.client(wm, AuthStrategy.none()).build();

    Throwable t =
        assertTimeoutPreemptively(
            BOUND, () -> catchThrowable(() -> wp.json(WpRequest.get("/wp/v2/posts/1").build())));

    assertThat(t).isInstanceOf(MalformedResponseException.class);
    assertThat(((MalformedResponseException) t).problem()).isEqualTo(BodyProblem.HTML_PAGE);
  }

  @Test
  void discoveryThroughAHomePageOfRepeatedUnclosedLinksFallsBackQuickly(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlEqualTo("/"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        // within Jetty's response header limit; LinkHeadersTest reads megabytes
                        .withHeader("Link", "<a>; rel=\"x".repeat(600))
                        .withBody(repeated("<link rel=\"https://api.w.org/\" href="))));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/"))
                .willReturn(
                    WireMockSite.json(
                        200, String.format(WireMockSite.INDEX_LOCAL, wm.getHttpBaseUrl()))));
    WordPressClient wp = WordPressClient.builder().baseUrl(wm.getHttpBaseUrl()).build();

    SiteInfo site = assertTimeoutPreemptively(BOUND, wp::siteInfo);

    assertThat(site.discoveredVia()).isEqualTo(DiscoveryMethod.WP_JSON_PROBE);
  }
}
