package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.RouteStyle;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Discovery verifies the API root against real WordPress sites, and follows https upgrades. */
class DiscoveryIT {
  private static final RealWordPress WP = RealWordPress.sites();

  @Test
  void aGivenWpJsonRootThatApacheAnswers404FallsBackToRestRouteOnTheNoRewriteSite() {
    String site = WP.url("norewrite");
    WordPressClient client =
        WordPressClient.builder()
            .baseUrl(site + "wp-json/")
            .auth(WP.appPasswordAuth("admin"))
            .callTimeout(Duration.ofSeconds(20))
            .build();

    assertThat(client.json(WpRequest.get("/wp/v2/users/me").build()).path("id").asInt())
        .isPositive();
    SiteInfo info = client.siteInfo();
    assertThat(info.discoveredVia()).isEqualTo(DiscoveryMethod.REST_ROUTE_FALLBACK);
    assertThat(info.routeStyle()).isEqualTo(RouteStyle.QUERY);
    assertThat(info.apiRoot()).isEqualTo(URI.create(site + "?rest_route=/"));
    assertThat(info.failedApiRoot()).contains(URI.create(site + "wp-json/"));
    assertThat(info.failedApiRootAnswer()).contains("404 html");
  }

  @Test
  void anHttpsUpgradeOntoTheDefaultPortIsFollowedAndRecorded() {
    String configured = WP.url("upgrade");
    WordPressClient client =
        WordPressClient.builder()
            .baseUrl(configured)
            .auth(WP.appPasswordAuth("admin"))
            .trustCertificates(Paths.get(WP.get("site.https.cert")))
            .callTimeout(Duration.ofSeconds(20))
            .build();

    assertThat(client.siteInfo().apiRoot().toString()).startsWith(WP.get("site.upgrade.target"));
    assertThat(client.siteInfo().redirectedFrom()).contains(URI.create(configured));
  }
}
