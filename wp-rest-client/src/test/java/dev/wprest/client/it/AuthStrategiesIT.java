package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.ForbiddenException;
import dev.wprest.client.JwtPlugin;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every auth strategy against a real WordPress: what works, and what real failures look like. */
class AuthStrategiesIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final WpRequest ME = WpRequest.get("/wp/v2/users/me").build();

  private static JsonNode me(WordPressClient client) {
    return client.json(ME);
  }

  @Test
  void applicationPasswordAuthenticatesOverLoopbackHttpOnALocalSite() {
    JsonNode me = me(WP.client("modphp", WP.appPasswordAuth("admin")).build());

    assertThat(me.path("id").asInt()).isEqualTo(Integer.parseInt(WP.get("user.admin.id")));
  }

  @Test
  void applicationPasswordWorksWithTheEmailInPlaceOfTheUsername() {
    AuthStrategy byEmail =
        AuthStrategy.applicationPassword(WP.get("user.author.email"), WP.appPassword("author"));

    assertThat(me(WP.client("modphp", byEmail).build()).path("id").asInt())
        .isEqualTo(Integer.parseInt(WP.get("user.author.id")));
  }

  @Test
  void applicationPasswordAuthenticatesOverHttpsWithTheSelfSignedCertificateTrusted() {
    WordPressClient client = WP.client("https", WP.appPasswordAuth("subscriber")).build();

    assertThat(me(client).path("id").asInt())
        .isEqualTo(Integer.parseInt(WP.get("user.subscriber.id")));
    assertThat(client.siteInfo().applicationPasswordsAvailable()).contains(true);
  }

  @Test
  void theLoginPasswordAsBasicIsAnonymousToWordPress() {
    WordPressClient client =
        WP.client(
                "modphp", AuthStrategy.applicationPassword(WP.login("admin"), WP.password("admin")))
            .build();

    assertThatThrownBy(() -> me(client))
        .isInstanceOf(UnauthorizedException.class)
        .satisfies(
            e -> assertThat(((UnauthorizedException) e).code()).contains("rest_not_logged_in"))
        .satisfies(
            e -> assertThat(((UnauthorizedException) e).exchange().credentialsSent()).isTrue());
  }

  @Test
  void aValidApplicationPasswordIsAnonymousWhereTheServerStripsTheHeader() {
    WordPressClient client = WP.client("stripped", WP.appPasswordAuth("admin")).build();

    assertThatThrownBy(() -> me(client))
        .isInstanceOf(UnauthorizedException.class)
        .satisfies(
            e -> assertThat(((UnauthorizedException) e).code()).contains("rest_not_logged_in"));
  }

  @Test
  void applicationPasswordsAreUnavailableOnPlainHttpInProduction() {
    WordPressClient client = WP.client("production", WP.appPasswordAuth("admin")).build();

    assertThatThrownBy(() -> me(client)).isInstanceOf(UnauthorizedException.class);
    assertThat(client.siteInfo().applicationPasswordsAvailable()).contains(false);
  }

  @Test
  void cookieLoginFetchesANonceAndAuthenticates() {
    WordPressClient client =
        WP.client("modphp", AuthStrategy.cookieLogin(WP.login("author"), WP.password("author")))
            .build();

    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(WP.get("user.author.id")));
    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(WP.get("user.author.id")));
  }

  @Test
  void cookieAuthStillWorksWhereTheServerStripsTheAuthorizationHeader() {
    WordPressClient client =
        WP.client("stripped", AuthStrategy.cookieLogin(WP.login("admin"), WP.password("admin")))
            .build();

    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(WP.get("user.admin.id")));
  }

  @Test
  void aStaleNonceIsRefreshedWithTheSessionCookiesAndTheCallRetriedOnce() throws Exception {
    Map<String, String> cookies = browserLogin("modphp", "admin");
    WordPressClient client =
        WP.client("modphp", AuthStrategy.cookieNonce(cookies, "0123456789")).build();

    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(WP.get("user.admin.id")));
  }

  @Test
  void aJwtPluginTokenAuthenticatesAsBearer() {
    WordPressClient client =
        WP.client(
                "jwt",
                AuthStrategy.jwtLogin(
                    JwtPlugin.JWT_AUTHENTICATION_FOR_WP_REST_API,
                    WP.login("admin"),
                    WP.password("admin")))
            .build();

    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(WP.get("user.admin.id")));
    assertThat(client.siteInfo().hasNamespace("jwt-auth/v1")).isTrue();
  }

  @Test
  void aBadBearerTokenIsRejectedByTheJwtPlugin() {
    WordPressClient client = WP.client("jwt", AuthStrategy.bearer("not.a.token")).build();

    assertThatThrownBy(() -> me(client))
        .isInstanceOf(ForbiddenException.class)
        .satisfies(
            e -> assertThat(((ForbiddenException) e).code()).contains("jwt_auth_invalid_token"));
  }

  @Test
  void aBearerTokenWithoutAPluginIsAnonymous() {
    WordPressClient client = WP.client("modphp", AuthStrategy.bearer("eyJ0.eyJ1.c2ln")).build();

    assertThatThrownBy(() -> me(client))
        .isInstanceOf(UnauthorizedException.class)
        .satisfies(
            e -> assertThat(((UnauthorizedException) e).code()).contains("rest_not_logged_in"));
    assertThat(client.siteInfo().hasNamespace("jwt-auth/v1")).isFalse();
  }

  @Test
  void noneReadsPublicContent() {
    WordPressClient client = WP.client("modphp", AuthStrategy.none()).build();

    var posts = client.execute(WpRequest.get("/wp/v2/posts").query("per_page", 5).build());

    assertThat(posts.json()).hasSize(5);
    assertThat(posts.total()).hasValue(Long.parseLong(WP.get("posts.published")));
  }

  /** Logs in as a browser would, with the JDK client, to hold a real session's cookies. */
  private static Map<String, String> browserLogin(String site, String role) throws Exception {
    String form =
        "log="
            + java.net.URLEncoder.encode(WP.login(role), StandardCharsets.UTF_8)
            + "&pwd="
            + java.net.URLEncoder.encode(WP.password(role), StandardCharsets.UTF_8)
            + "&wp-submit=Log+In&testcookie=1";
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(WP.url(site) + "wp-login.php"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "wordpress_test_cookie=WP%20Cookie%20check")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    Map<String, String> cookies = new LinkedHashMap<>();
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (pair.startsWith("wordpress_") && !pair.startsWith("wordpress_test_cookie")) {
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    assertThat(cookies.keySet()).anyMatch(name -> name.startsWith("wordpress_logged_in_"));
    return cookies;
  }
}
