package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.ForbiddenException;
import dev.wprest.client.NotFoundException;
import dev.wprest.client.RedirectRefusedException;
import dev.wprest.client.RouteStyle;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Discovery, redirects, permissions and routes against real WordPress sites. */
class SiteBehaviourIT {
  private static final RealWordPress WP = RealWordPress.sites();

  @Test
  void aSiteWithoutRewriteRulesIsReachedThroughRestRoute() {
    WordPressClient client = WP.client("norewrite", WP.appPasswordAuth("admin")).build();

    assertThat(client.json(WpRequest.get("/wp/v2/users/me").build()).path("id").asInt())
        .isPositive();
    assertThat(client.siteInfo().routeStyle()).isEqualTo(RouteStyle.QUERY);
  }

  @Test
  void aSiteWithPrettyPermalinksIsFoundThroughItsLinkHeader() {
    WordPressClient client = WP.client("modphp", AuthStrategy.none()).build();

    assertThat(client.siteInfo().discoveredVia()).isEqualTo(DiscoveryMethod.LINK_HEADER);
    assertThat(client.siteInfo().routeStyle()).isEqualTo(RouteStyle.PRETTY);
  }

  @Test
  void aCrossOriginRedirectNeverCarriesTheCredentials() {
    WordPressClient client =
        WordPressClient.builder()
            .baseUrl(WP.url("redirect") + "wp-json/")
            .auth(WP.appPasswordAuth("admin"))
            .build();

    assertThatThrownBy(() -> client.execute(WpRequest.get("/wp/v2/users/me").build()))
        .isInstanceOf(RedirectRefusedException.class)
        .hasMessageContaining(WP.get("site.redirect.target").replaceAll("/$", ""));
  }

  @Test
  void aSubscriberMayNotCreatePosts() {
    WordPressClient client = WP.client("modphp", WP.appPasswordAuth("subscriber")).build();

    assertThatThrownBy(
            () -> client.execute(WpRequest.post("/wp/v2/posts", Map.of("title", "x")).build()))
        .isInstanceOf(ForbiddenException.class)
        .satisfies(e -> assertThat(((ForbiddenException) e).code()).contains("rest_cannot_create"));
  }

  @Test
  void anAnonymousWriteIsA401WithTheSameCode() {
    WordPressClient client = WP.client("modphp", AuthStrategy.none()).build();

    assertThatThrownBy(
            () -> client.execute(WpRequest.post("/wp/v2/posts", Map.of("title", "x")).build()))
        .isInstanceOf(UnauthorizedException.class)
        .satisfies(
            e -> assertThat(((UnauthorizedException) e).code()).contains("rest_cannot_create"));
  }

  @Test
  void anUnknownRouteIsRestNoRoute() {
    WordPressClient client = WP.client("modphp", AuthStrategy.none()).build();

    assertThatThrownBy(() -> client.execute(WpRequest.get("/wp/v2/no-such-route").build()))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).code()).contains("rest_no_route"))
        .satisfies(
            e -> assertThat(((NotFoundException) e).exchange().wordPressAnswered()).isTrue());
  }

  @Test
  void anAuthorCreatesAndDeletesAPost() {
    WordPressClient client = WP.client("modphp", WP.appPasswordAuth("author")).build();

    var created =
        client.json(
            WpRequest.post("/wp/v2/posts", Map.of("title", "IT round trip", "status", "draft"))
                .build());
    int id = created.path("id").asInt();
    var deleted =
        client.json(WpRequest.delete("/wp/v2/posts/" + id).query("force", "true").build());

    assertThat(created.path("status").asText()).isEqualTo("draft");
    assertThat(deleted.path("deleted").asBoolean()).isTrue();
  }
}
