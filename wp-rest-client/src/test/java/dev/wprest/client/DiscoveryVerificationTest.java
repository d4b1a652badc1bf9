package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.Socket;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Discovery verifies the root it is given or finds, falls back to {@code ?rest_route=/} when that
 * root is not WordPress's index, and accepts an http to https upgrade only on the same host and
 * onto port 443 only.
 */
class DiscoveryVerificationTest {
  @RegisterExtension
  static WireMockExtension site =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
          .build();

  private static final String APACHE_404 =
      "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>";

  private static String http() {
    return site.getRuntimeInfo().getHttpBaseUrl();
  }

  private static String index(String url) {
    return "{\"name\":\"Site\",\"url\":\"" + url + "\",\"routes\":{},\"namespaces\":[\"wp/v2\"]}";
  }

  private static void wpJsonIsApaches404() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/html")
                    .withBody(APACHE_404)));
    site.stubFor(
        get(urlEqualTo("/?rest_route=/")).willReturn(WireMockSite.json(200, index(http() + "/"))));
    site.stubFor(
        get(urlEqualTo("/?rest_route=/wp/v2/users/me"))
            .willReturn(WireMockSite.json(200, "{\"id\":1}")));
  }

  @Test
  void aGivenWpJsonRootThatIsTheServers404FallsBackToRestRouteAndSaysSo() {
    wpJsonIsApaches404();
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl(http() + "/wp-json/")
            .auth(AuthStrategy.applicationPassword("editor", "abcd efgh ijkl mnop qrst uvwx"))
            .build();

    assertThat(wp.json(WpRequest.get("/wp/v2/users/me").build()).path("id").asInt()).isEqualTo(1);
    SiteInfo info = wp.siteInfo();
    assertThat(info.discoveredVia()).isEqualTo(DiscoveryMethod.REST_ROUTE_FALLBACK);
    assertThat(info.routeStyle()).isEqualTo(RouteStyle.QUERY);
    assertThat(info.failedApiRoot()).contains(URI.create(http() + "/wp-json/"));
    assertThat(info.failedApiRootAnswer()).contains("404 html");
  }

  @Test
  void anAdvertisedRootThatIsNotServedFallsBackToRestRoute() {
    wpJsonIsApaches404();
    site.stubFor(
        get(urlEqualTo("/"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Link", "<" + http() + "/wp-json/>; rel=\"https://api.w.org/\"")
                    .withBody("<html></html>")));
    WordPressClient wp = WordPressClient.builder().baseUrl(http()).build();

    SiteInfo info = wp.siteInfo();

    assertThat(info.apiRoot()).isEqualTo(URI.create(http() + "/?rest_route=/"));
    assertThat(info.discoveredVia()).isEqualTo(DiscoveryMethod.REST_ROUTE_FALLBACK);
    assertThat(info.failedApiRoot()).contains(URI.create(http() + "/wp-json/"));
  }

  @Test
  void aRootThatAnswersWithWordPressJsonIsKeptEvenWhenItRefuses() {
    // A plugin that requires login for the whole API still answers as WordPress: no fallback.
    site.stubFor(
        get(urlPathEqualTo("/wp-json/"))
            .willReturn(
                WireMockSite.json(
                    401,
                    "{\"code\":\"rest_login_required\",\"message\":\"Login\",\"data\":{\"status\":401}}")));
    WordPressClient wp = WordPressClient.builder().baseUrl(http() + "/wp-json/").build();

    SiteInfo info = wp.siteInfo();

    assertThat(info.discoveredVia()).isEqualTo(DiscoveryMethod.GIVEN);
    assertThat(info.failedApiRoot()).isEmpty();
    assertThat(info.indexProblem()).hasValueSatisfying(p -> assertThat(p).contains("401"));
    site.verify(0, anyRequestedFor(urlEqualTo("/?rest_route=/")));
  }

  @Test
  void aMalformedLocationDuringDiscoveryIsATypedRefusal() {
    site.stubFor(
        get(urlEqualTo("/"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "http://[::1")));
    WordPressClient wp = WordPressClient.builder().baseUrl(http()).build();

    assertThatThrownBy(wp::siteInfo)
        .isInstanceOf(RedirectRefusedException.class)
        .hasMessageContaining("not a valid absolute http(s) URL")
        .hasMessageNotContaining("[::1")
        .satisfies(
            e ->
                assertThat(((RedirectRefusedException) e).reason())
                    .isEqualTo(RedirectRefusedException.Reason.MALFORMED_LOCATION));
  }

  @Test
  void anHttpsUpgradeOntoAPortTheSiteDoesNotAdvertiseIsRefusedWithTheUrlToConfigure()
      throws Exception {
    String https = "https://localhost:" + site.getRuntimeInfo().getHttpsPort();
    site.stubFor(
        get(urlEqualTo("/"))
            .withScheme("http")
            .willReturn(aResponse().withStatus(301).withHeader("Location", https + "/")));
    site.stubFor(
        get(urlEqualTo("/"))
            .withScheme("https")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Link", "<https://localhost/wp-json/>; rel=\"https://api.w.org/\"")
                    .withBody("<html></html>")));
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl("http://localhost:" + site.getRuntimeInfo().getHttpPort() + "/")
            .auth(AuthStrategy.applicationPassword("editor", "abcd efgh ijkl mnop qrst uvwx"))
            .sslContext(trustAll())
            .build();

    assertThatThrownBy(wp::siteInfo)
        .isInstanceOf(RedirectRefusedException.class)
        .hasMessageContaining("not 443")
        .hasMessageContaining(https + "/")
        .satisfies(
            e ->
                assertThat(((RedirectRefusedException) e).reason())
                    .isEqualTo(RedirectRefusedException.Reason.HTTPS_UPGRADE_ELSEWHERE));
    site.verify(0, anyRequestedFor(anyUrl()).withHeader("Authorization", matching(".*")));
  }

  @Test
  void anHttpsUpgradeOntoAPortThatAdvertisesItselfIsStillRefused() throws Exception {
    // The page on the other port names itself as the API root: that is no word from the site
    // that was configured, so the credential still does not go there.
    String https = "https://localhost:" + site.getRuntimeInfo().getHttpsPort();
    site.stubFor(
        get(urlEqualTo("/"))
            .withScheme("http")
            .willReturn(aResponse().withStatus(301).withHeader("Location", https + "/")));
    site.stubFor(
        get(urlEqualTo("/"))
            .withScheme("https")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Link", "<" + https + "/wp-json/>; rel=\"https://api.w.org/\"")
                    .withBody("<html></html>")));
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl("http://localhost:" + site.getRuntimeInfo().getHttpPort() + "/")
            .auth(AuthStrategy.applicationPassword("editor", "abcd efgh ijkl mnop qrst uvwx"))
            .sslContext(trustAll())
            .build();

    assertThatThrownBy(wp::siteInfo)
        .isInstanceOf(RedirectRefusedException.class)
        .hasMessageContaining(https + "/");
    site.verify(0, anyRequestedFor(anyUrl()).withHeader("Authorization", matching(".*")));
  }

  @Test
  void discoveryAsAWholeRunsUnderTheCallDeadline() {
    site.stubFor(
        get(urlEqualTo("/"))
            .willReturn(
                aResponse().withStatus(200).withBody("<html></html>").withFixedDelay(1200)));
    site.stubFor(
        get(urlPathEqualTo("/wp-json/"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/html")
                    .withBody(APACHE_404)
                    .withFixedDelay(1200)));
    site.stubFor(
        get(urlEqualTo("/?rest_route=/"))
            .willReturn(WireMockSite.json(200, index(http() + "/")).withFixedDelay(1200)));
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl(http() + "/")
            .callTimeout(java.time.Duration.ofSeconds(2))
            .callDeadline(java.time.Duration.ofMillis(3000))
            .build();

    long start = System.nanoTime();
    // Each request alone fits the 2 s call timeout; the three together do not fit 3 s.
    assertThatThrownBy(wp::siteInfo).isInstanceOf(TransportException.class);
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(java.time.Duration.ofMillis(3900));
  }

  /** Trusts WireMock's own self-signed certificate; for this loopback test only. */
  private static SSLContext trustAll() throws Exception {
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(
        null,
        new TrustManager[] {
          new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String a, Socket s) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String a, Socket s) {}

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String a, SSLEngine e) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String a, SSLEngine e) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          }
        },
        new SecureRandom());
    return ssl;
  }
}
