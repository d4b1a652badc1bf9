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
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every auth strategy against a real WordPress: what works, and what real failures look like. */
@ParameterizedClass
@EnumSource(WpVersion.class)
class AuthStrategiesIT {
  private final RealWordPress wp;

  AuthStrategiesIT(WpVersion version) {
    this.wp = RealWordPress.sites(version);
  }

  private static final WpRequest ME = WpRequest.get("/wp/v2/users/me").build();

  private JsonNode me(WordPressClient client) {
    return client.json(ME);
  }

  @Test
  void applicationPasswordAuthenticatesOverLoopbackHttpOnALocalSite() {
    JsonNode me = me(wp.client("modphp", wp.appPasswordAuth("admin")).build());

    assertThat(me.path("id").asInt()).isEqualTo(Integer.parseInt(wp.get("user.admin.id")));
  }

  @Test
  void applicationPasswordWorksWithTheEmailInPlaceOfTheUsername() {
    AuthStrategy byEmail =
        AuthStrategy.applicationPassword(wp.get("user.author.email"), wp.appPassword("author"));

    assertThat(me(wp.client("modphp", byEmail).build()).path("id").asInt())
        .isEqualTo(Integer.parseInt(wp.get("user.author.id")));
  }

  @Test
  void applicationPasswordAuthenticatesOverHttpsWithTheSelfSignedCertificateTrusted() {
    WordPressClient client = wp.client("https", wp.appPasswordAuth("subscriber")).build();

    assertThat(me(client).path("id").asInt())
        .isEqualTo(Integer.parseInt(wp.get("user.subscriber.id")));
    assertThat(client.siteInfo().applicationPasswordsAvailable()).contains(true);
  }

  @Test
  void theLoginPasswordAsBasicIsAnonymousToWordPress() {
    WordPressClient client =
        wp.client(
                "modphp", AuthStrategy.applicationPassword(wp.login("admin"), wp.password("admin")))
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
    WordPressClient client = wp.client("stripped", wp.appPasswordAuth("admin")).build();

    assertThatThrownBy(() -> me(client))
        .isInstanceOf(UnauthorizedException.class)
        .satisfies(
            e -> assertThat(((UnauthorizedException) e).code()).contains("rest_not_logged_in"));
  }

  @Test
  void applicationPasswordsAreUnavailableOnPlainHttpInProduction() {
    WordPressClient client = wp.client("production", wp.appPasswordAuth("admin")).build();

    assertThatThrownBy(() -> me(client)).isInstanceOf(UnauthorizedException.class);
    assertThat(client.siteInfo().applicationPasswordsAvailable()).contains(false);
  }

  @Test
  void cookieLoginFetchesANonceAndAuthenticates() {
    WordPressClient client =
        wp.client("modphp", AuthStrategy.cookieLogin(wp.login("author"), wp.password("author")))
            .build();

    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(wp.get("user.author.id")));
    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(wp.get("user.author.id")));
  }

  @Test
  void cookieAuthStillWorksWhereTheServerStripsTheAuthorizationHeader() {
    WordPressClient client =
        wp.client("stripped", AuthStrategy.cookieLogin(wp.login("admin"), wp.password("admin")))
            .build();

    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(wp.get("user.admin.id")));
  }

  @Test
  void aStaleNonceIsRefreshedWithTheSessionCookiesAndTheCallRetriedOnce() throws Exception {
    Map<String, String> cookies = browserLogin("modphp", "admin");
    WordPressClient client =
        wp.client("modphp", AuthStrategy.cookieNonce(cookies, "0123456789")).build();

    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(wp.get("user.admin.id")));
  }

  @Test
  void aJwtPluginTokenAuthenticatesAsBearer() {
    WordPressClient client =
        wp.client(
                "jwt",
                AuthStrategy.jwtLogin(
                    JwtPlugin.JWT_AUTHENTICATION_FOR_WP_REST_API,
                    wp.login("admin"),
                    wp.password("admin")))
            .build();

    assertThat(me(client).path("id").asInt()).isEqualTo(Integer.parseInt(wp.get("user.admin.id")));
    assertThat(client.siteInfo().hasNamespace("jwt-auth/v1")).isTrue();
  }

  @Test
  void aBadBearerTokenIsRejectedByTheJwtPlugin() {
    WordPressClient client = wp.client("jwt", AuthStrategy.bearer("not.a.token")).build();

    assertThatThrownBy(() -> me(client))
        .isInstanceOf(ForbiddenException.class)
        .satisfies(
            e -> assertThat(((ForbiddenException) e).code()).contains("jwt_auth_invalid_token"));
  }

  @Test
  void aBearerTokenWithoutAPluginIsAnonymous() {
    WordPressClient client = wp.client("modphp", AuthStrategy.bearer("eyJ0.eyJ1.c2ln")).build();

    assertThatThrownBy(() -> me(client))
        .isInstanceOf(UnauthorizedException.class)
        .satisfies(
            e -> assertThat(((UnauthorizedException) e).code()).contains("rest_not_logged_in"));
    assertThat(client.siteInfo().hasNamespace("jwt-auth/v1")).isFalse();
  }

  @Test
  void noneReadsPublicContent() {
    WordPressClient client = wp.client("modphp", AuthStrategy.none()).build();

    var posts = client.execute(WpRequest.get("/wp/v2/posts").query("per_page", 5).build());

    assertThat(posts.json()).hasSize(5);
    assertThat(posts.total()).hasValue(Long.parseLong(wp.get("posts.published")));
  }

  /** Logs in as a browser would, with the JDK client, to hold a real session's cookies. */
  private Map<String, String> browserLogin(String site, String role) throws Exception {
    String form =
        "log="
            + java.net.URLEncoder.encode(wp.login(role), StandardCharsets.UTF_8)
            + "&pwd="
            + java.net.URLEncoder.encode(wp.password(role), StandardCharsets.UTF_8)
            + "&wp-submit=Log+In&testcookie=1";
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(wp.url(site) + "wp-login.php"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "wordpress_test_cookie=wp%20Cookie%20check")
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
