package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.RedirectRefusedException;
import dev.wprest.client.RouteStyle;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Discovery on the harness sites whose home page misleads: an advertised root the server does not
 * serve, and http URLs that redirect to https.
 */
class DiscoveryOnMisleadingSitesIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final WpRequest ME = WpRequest.get("/wp/v2/users/me").build();

  private static WordPressClient.Builder client(String url) {
    return WordPressClient.builder()
        .baseUrl(url)
        .auth(WP.appPasswordAuth("admin"))
        .callTimeout(Duration.ofSeconds(20))
        .trustCertificates(Paths.get(WP.get("site.https.cert")));
  }

  @Test
  void anAdvertisedWpJsonThatIsNotServedFallsBackToRestRoute() {
    WordPressClient client = client(WP.url("lostrewrite")).build();

    assertThat(client.json(ME).path("id").asInt()).isEqualTo(1);
    assertThat(client.siteInfo().routeStyle()).isEqualTo(RouteStyle.QUERY);
  }

  @Test
  void anHttpsUpgradeOnTheSameHostAndDefaultPortsIsFollowed() {
    WordPressClient client = client(WP.get("site.upgrade.url")).build();

    assertThat(client.json(ME).path("id").asInt()).isEqualTo(1);
    assertThat(client.siteInfo().apiRoot().toString()).startsWith(WP.get("site.upgrade.target"));
  }

  @Test
  void anHttpsRedirectOntoAnotherPortIsNotFollowedWithCredentials() {
    WordPressClient client = client(WP.get("site.redirectport.url")).build();

    assertThatThrownBy(() -> client.execute(ME))
        .isInstanceOf(RedirectRefusedException.class)
        .hasMessageContaining(WP.get("site.redirectport.target").replaceAll("/$", ""));
  }
}
