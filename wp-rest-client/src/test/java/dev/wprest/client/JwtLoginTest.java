package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class JwtLoginTest {
  private static final String TOKEN_ROUTE = "/wp-json/jwt-auth/v1/token";
  private static final String ME = "/wp-json/wp/v2/users/me";

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    WireMockSite.stubIndex(wm);
  }

  @Test
  void obtainsTheTokenOnceAndSendsItAsBearer(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(TOKEN_ROUTE))
                .withRequestBody(equalToJson("{\"username\":\"admin\",\"password\":\"login-pw\"}"))
                .willReturn(
                    WireMockSite.json(
                        200, "{\"token\":\"aaa.bbb.ccc\",\"user_email\":\"a@b.c\"}")));
    wm.getWireMock()
        .register(get(urlPathEqualTo(ME)).willReturn(WireMockSite.json(200, "{\"id\":1}")));
    WordPressClient wp =
        WireMockSite.client(
                wm,
                AuthStrategy.jwtLogin(
                    JwtPlugin.JWT_AUTHENTICATION_FOR_WP_REST_API, "admin", "login-pw"))
            .build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());
    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo(TOKEN_ROUTE)));
    wm.getWireMock()
        .verifyThat(
            2,
            getRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer aaa.bbb.ccc")));
  }

  @Test
  void readsTheTokenFromTheJwtAuthPluginsEnvelope(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(TOKEN_ROUTE))
                .willReturn(
                    WireMockSite.json(
                        200,
                        "{\"success\":true,\"statusCode\":200,\"code\":\"jwt_auth_valid_credential\","
                            + "\"message\":\"Credential is valid\",\"data\":{\"token\":\"xxx.yyy.zzz\"}}")));
    wm.getWireMock()
        .register(get(urlPathEqualTo(ME)).willReturn(WireMockSite.json(200, "{\"id\":1}")));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.jwtLogin(JwtPlugin.JWT_AUTH, "admin", "login-pw"))
            .build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer xxx.yyy.zzz")));
  }

  @Test
  void anExpiredTokenIsReplacedOnceThenTheCallRetried(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(TOKEN_ROUTE))
                .inScenario("tokens")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(WireMockSite.json(200, "{\"token\":\"old.old.old\"}"))
                .willSetStateTo("second"));
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(TOKEN_ROUTE))
                .inScenario("tokens")
                .whenScenarioStateIs("second")
                .willReturn(WireMockSite.json(200, "{\"token\":\"new.new.new\"}")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer old.old.old"))
                .willReturn(
                    WireMockSite.json(
                        403,
                        "{\"code\":\"jwt_auth_invalid_token\",\"message\":\"Expired token\",\"data\":{\"status\":403}}")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer new.new.new"))
                .willReturn(WireMockSite.json(200, "{\"id\":1}")));
    WordPressClient wp =
        WireMockSite.client(
                wm,
                AuthStrategy.jwtLogin(
                    JwtPlugin.JWT_AUTHENTICATION_FOR_WP_REST_API, "admin", "login-pw"))
            .build();

    assertThat(wp.json(WpRequest.get("/wp/v2/users/me").build()).path("id").asInt()).isEqualTo(1);
    wm.getWireMock().verifyThat(2, postRequestedFor(urlPathEqualTo(TOKEN_ROUTE)));
  }

  @Test
  void noJwtPluginIsALoginFailureThatSaysSo(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(TOKEN_ROUTE))
                .willReturn(
                    WireMockSite.json(
                        404,
                        "{\"code\":\"rest_no_route\",\"message\":\"No route was found matching the URL and request method.\",\"data\":{\"status\":404}}")));
    WordPressClient wp =
        WireMockSite.client(
                wm,
                AuthStrategy.jwtLogin(
                    JwtPlugin.JWT_AUTHENTICATION_FOR_WP_REST_API, "admin", "login-pw"))
            .build();

    assertThatThrownBy(() -> wp.execute(WpRequest.get("/wp/v2/users/me").build()))
        .isInstanceOf(LoginFailedException.class)
        .hasMessageContaining("no JWT plugin")
        .hasMessageNotContaining("login-pw");
  }

  @Test
  void theJwtAuthPluginsRefreshTokenRenewsAnExpiredTokenWithoutThePassword(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(TOKEN_ROUTE))
                .withRequestBody(equalToJson("{\"username\":\"admin\",\"password\":\"login-pw\"}"))
                .willReturn(
                    WireMockSite.json(
                            200, "{\"success\":true,\"data\":{\"token\":\"old.old.old\"}}")
                        .withHeader("Set-Cookie", "refresh_token=refresh-one; path=/; HttpOnly")));
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(TOKEN_ROUTE))
                .withHeader("Cookie", equalTo("refresh_token=refresh-one"))
                .willReturn(
                    WireMockSite.json(
                        200, "{\"success\":true,\"data\":{\"token\":\"new.new.new\"}}")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer old.old.old"))
                .willReturn(
                    WireMockSite.json(
                        401,
                        "{\"success\":false,\"statusCode\":401,\"code\":\"jwt_auth_invalid_token\",\"message\":\"Expired token\",\"data\":[]}")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer new.new.new"))
                .willReturn(WireMockSite.json(200, "{\"id\":1}")));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.jwtLogin(JwtPlugin.JWT_AUTH, "admin", "login-pw"))
            .build();

    assertThat(wp.json(WpRequest.get("/wp/v2/users/me").build()).path("id").asInt()).isEqualTo(1);

    wm.getWireMock()
        .verifyThat(
            1,
            postRequestedFor(urlPathEqualTo(TOKEN_ROUTE))
                .withRequestBody(
                    equalToJson("{\"username\":\"admin\",\"password\":\"login-pw\"}")));
    wm.getWireMock()
        .verifyThat(
            1,
            postRequestedFor(urlPathEqualTo(TOKEN_ROUTE))
                .withHeader("Cookie", equalTo("refresh_token=refresh-one")));
  }
}
