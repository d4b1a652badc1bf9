package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class CookieLoginTest {
  private static final String ME = "/wp-json/wp/v2/users/me";
  private static final String NONCE_URL = "/wp-admin/admin-ajax.php?action=rest-nonce";

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    WireMockSite.stubIndex(wm);
    // wp-login.php answers a good login with 302 and the auth cookies, as WordPress 6.1 does.
    wm.getWireMock()
        .register(
            post(urlPathEqualTo("/wp-login.php"))
                .withRequestBody(containing("pwd=right-password"))
                .willReturn(
                    aResponse()
                        .withStatus(302)
                        .withHeader("Location", wm.getHttpBaseUrl() + "/wp-admin/")
                        .withHeader(
                            "Set-Cookie",
                            "wordpress_test_cookie=WP%20Cookie%20check; path=/",
                            "wordpress_abc=admin%7C1%7Csess; path=/wp-admin; HttpOnly",
                            "wordpress_logged_in_abc=admin%7C1%7Csess; path=/; HttpOnly")));
    wm.getWireMock()
        .register(
            post(urlPathEqualTo("/wp-login.php"))
                .withRequestBody(containing("pwd=wrong-password"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><title>Log In</title>Error: The password you entered")));
    wm.getWireMock()
        .register(
            get(urlEqualTo(NONCE_URL))
                .withHeader("Cookie", containing("wordpress_logged_in_abc="))
                .willReturn(aResponse().withStatus(200).withBody("a1b2c3d4e5")));
  }

  @Test
  void logsInFetchesTheNonceAndSendsBoth(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(get(urlPathEqualTo(ME)).willReturn(WireMockSite.json(200, "{\"id\":1}")));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.cookieLogin("admin", "right-password")).build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-login.php"))
                .withHeader("Cookie", equalTo("wordpress_test_cookie=WP%20Cookie%20check"))
                .withRequestBody(containing("log=admin"))
                .withRequestBody(containing("testcookie=1")));
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(ME))
                .withHeader("X-WP-Nonce", equalTo("a1b2c3d4e5"))
                .withHeader("Cookie", containing("wordpress_logged_in_abc=admin%7C1%7Csess")));
  }

  @Test
  void adoptsTheFreshNonceWordPressReturns(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ME))
                .willReturn(
                    WireMockSite.json(200, "{\"id\":1}").withHeader("X-WP-Nonce", "ffffffffff")));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.cookieLogin("admin", "right-password")).build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());
    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    wm.getWireMock()
        .verifyThat(
            1, getRequestedFor(urlPathEqualTo(ME)).withHeader("X-WP-Nonce", equalTo("a1b2c3d4e5")));
    wm.getWireMock()
        .verifyThat(
            1, getRequestedFor(urlPathEqualTo(ME)).withHeader("X-WP-Nonce", equalTo("ffffffffff")));
  }

  @Test
  void refreshesTheNonceOnceAfterCookieCheckFailedAndRetriesOnce(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ME))
                .inScenario("nonce")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(WireMockSite.json(403, WireMockSite.INVALID_NONCE))
                .willSetStateTo("refreshed"));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ME))
                .inScenario("nonce")
                .whenScenarioStateIs("refreshed")
                .willReturn(WireMockSite.json(200, "{\"id\":1}")));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.cookieLogin("admin", "right-password")).build();

    assertThat(wp.json(WpRequest.get("/wp/v2/users/me").build()).path("id").asInt()).isEqualTo(1);

    wm.getWireMock().verifyThat(2, getRequestedFor(urlEqualTo(NONCE_URL)));
    wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo(ME)));
  }

  @Test
  void aNonceThatStaysInvalidFailsAfterOneRetryNotInALoop(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ME)).willReturn(WireMockSite.json(403, WireMockSite.INVALID_NONCE)));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.cookieLogin("admin", "right-password")).build();

    assertThatThrownBy(() -> wp.execute(WpRequest.get("/wp/v2/users/me").build()))
        .isInstanceOf(ForbiddenException.class)
        .satisfies(
            e -> assertThat(((ForbiddenException) e).code()).contains("rest_cookie_invalid_nonce"));
    wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo(ME)));
  }

  @Test
  void aRefusedLoginIsALoginFailureThatNeverShowsThePassword(WireMockRuntimeInfo wm) {
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.cookieLogin("admin", "wrong-password")).build();

    assertThatThrownBy(() -> wp.execute(WpRequest.get("/wp/v2/users/me").build()))
        .isInstanceOf(LoginFailedException.class)
        .hasMessageContaining("wp-login.php")
        .hasMessageNotContaining("wrong-password");
  }
}
