package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

@WireMockTest
class DiscoveryTest {
  /** Apache's own 404 page, as a site without rewrite rules answers /wp-json/. */
  private static final String APACHE_404 =
      "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n"
          + "</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n"
          + "</body></html>\n";

  private static String index(WireMockRuntimeInfo wm, String authentication) {
    return "{\"name\":\"Site\",\"url\":\""
        + wm.getHttpBaseUrl()
        + "\",\"routes\":{},\"namespaces\":[\"wp/v2\",\"jwt-auth/v1\"],\"authentication\":"
        + authentication
        + "}";
  }

  @Test
  void findsTheRootThroughTheHomePagesLinkHeaderAndReadsTheIndexOnce(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlEqualTo("/"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader(
                            "Link",
                            "<" + wm.getHttpBaseUrl() + "/wp-json/>; rel=\"https://api.w.org/\"")
                        .withBody("<html></html>")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/")).willReturn(WireMockSite.json(200, index(wm, "[]"))));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts")).willReturn(WireMockSite.json(200, "[]")));
    WordPressClient wp = WordPressClient.builder().baseUrl(wm.getHttpBaseUrl()).build();

    wp.execute(WpRequest.get("/wp/v2/posts").build());
    wp.execute(WpRequest.get("/wp/v2/posts").build());

    SiteInfo site = wp.siteInfo();
    assertThat(site.discoveredVia()).isEqualTo(DiscoveryMethod.LINK_HEADER);
    assertThat(site.routeStyle()).isEqualTo(RouteStyle.PRETTY);
    assertThat(site.hasNamespace("jwt-auth/v1")).isTrue();
    // WordPress sends [] rather than an object when Application Passwords are unavailable.
    assertThat(site.applicationPasswordsAvailable()).contains(false);
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/wp-json/")));
  }

  @Test
  void findsTheRootInTheHomePagesHtmlWhenNoHeaderIsSent(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlEqualTo("/blog/"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody(
                            "<html><head><link rel='https://api.w.org/' href='"
                                + wm.getHttpBaseUrl()
                                + "/blog/wp-json/' /></head></html>")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/blog/wp-json/"))
                .willReturn(WireMockSite.json(200, index(wm, "{}"))));
    WordPressClient wp = WordPressClient.builder().baseUrl(wm.getHttpBaseUrl() + "/blog").build();

    assertThat(wp.siteInfo().discoveredVia()).isEqualTo(DiscoveryMethod.HTML_LINK);
    assertThat(wp.siteInfo().apiRoot())
        .isEqualTo(URI.create(wm.getHttpBaseUrl() + "/blog/wp-json/"));
  }

  @Test
  void fallsBackToRestRouteWhenWpJsonIsNotServed(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withBody("<html></html>")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/"))
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "text/html")
                        .withBody(APACHE_404)));
    wm.getWireMock()
        .register(
            get(urlEqualTo("/?rest_route=/")).willReturn(WireMockSite.json(200, index(wm, "{}"))));
    wm.getWireMock()
        .register(
            get(urlEqualTo("/?rest_route=/wp/v2/posts&per_page=2"))
                .willReturn(WireMockSite.json(200, "[{\"id\":1},{\"id\":2}]")));
    WordPressClient wp = WordPressClient.builder().baseUrl(wm.getHttpBaseUrl() + "/").build();

    WpResponse posts = wp.execute(WpRequest.get("/wp/v2/posts").query("per_page", 2).build());

    assertThat(posts.json()).hasSize(2);
    assertThat(wp.siteInfo().discoveredVia()).isEqualTo(DiscoveryMethod.REST_ROUTE_FALLBACK);
    assertThat(wp.siteInfo().routeStyle()).isEqualTo(RouteStyle.QUERY);
  }

  @Test
  void aWpAdminUrlIsUnderstoodAsTheSite(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlEqualTo("/"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Link", "</wp-json/>; rel=\"https://api.w.org/\"")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/")).willReturn(WireMockSite.json(200, index(wm, "{}"))));
    WordPressClient wp =
        WordPressClient.builder().baseUrl(wm.getHttpBaseUrl() + "/wp-admin/").build();

    assertThat(wp.siteInfo().apiRoot()).isEqualTo(URI.create(wm.getHttpBaseUrl() + "/wp-json/"));
  }

  @Test
  void aSiteThatAdvertisesAnotherOriginIsStillAddressedOnTheConfiguredOne(WireMockRuntimeInfo wm) {
    // A container whose siteurl says localhost:8080 while it is reached on another port.
    wm.getWireMock()
        .register(
            get(urlEqualTo("/"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader(
                            "Link",
                            "<http://localhost:8080/wp-json/>; rel=\"https://api.w.org/\"")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/")).willReturn(WireMockSite.json(200, index(wm, "{}"))));
    WordPressClient wp = WordPressClient.builder().baseUrl(wm.getHttpBaseUrl()).build();

    assertThat(wp.siteInfo().apiRoot()).isEqualTo(URI.create(wm.getHttpBaseUrl() + "/wp-json/"));
    assertThat(wp.siteInfo().advertisedApiRoot())
        .contains(URI.create("http://localhost:8080/wp-json/"));
  }

  @Test
  void noApiAnywhereIsATypedErrorListingWhatWasTried(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlEqualTo("/")).willReturn(aResponse().withStatus(200).withBody("<html></html>")));

    assertThatThrownBy(
            () -> WordPressClient.builder().baseUrl(wm.getHttpBaseUrl()).build().siteInfo())
        .isInstanceOf(RestApiNotFoundException.class)
        .satisfies(e -> assertThat(((RestApiNotFoundException) e).tried()).hasSize(3));
  }

  @Test
  void discoveryOfASiteUrlSendsNoCredentials(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlEqualTo("/"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Link", "</wp-json/>; rel=\"https://api.w.org/\"")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/")).willReturn(WireMockSite.json(200, index(wm, "{}"))));
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl(wm.getHttpBaseUrl())
            .auth(AuthStrategy.applicationPassword("admin", "app-pass"))
            .build();

    wp.siteInfo();

    wm.getWireMock()
        .verifyThat(getRequestedFor(urlEqualTo("/")).withHeader("Authorization", absent()));
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/"))
                .withHeader("Accept", equalTo("application/json")));
  }
}
