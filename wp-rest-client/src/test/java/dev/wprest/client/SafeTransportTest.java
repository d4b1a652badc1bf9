package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SafeTransportTest {
  @RegisterExtension
  static WireMockExtension site =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Another origin: same host, another port. */
  @RegisterExtension
  static WireMockExtension elsewhere =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private WireMockRuntimeInfo wm;

  @BeforeEach
  void stubs() {
    wm = site.getRuntimeInfo();
    WireMockSite.stubIndex(wm);
    elsewhere.stubFor(get(anyUrl()).willReturn(WireMockSite.json(200, "{\"id\":1}")));
  }

  @Test
  void refusesCredentialsOverPlainHttpToANonLoopbackHostBeforeSendingAnything() {
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl("http://wp.example.invalid/wp-json/")
            .auth(AuthStrategy.applicationPassword("admin", "app-pass-word"))
            .build();

    assertThatThrownBy(() -> wp.execute(WpRequest.get("/wp/v2/users/me").build()))
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageContaining("plain http")
        .hasMessageContaining("allowInsecureHttp()")
        .hasMessageNotContaining("app-pass-word")
        .satisfies(
            e -> assertThat(((WordPressException) e).exchange().credentialsSent()).isFalse());
  }

  @Test
  void allowInsecureHttpIsTheExplicitOptIn() {
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl("http://wp.example.invalid/wp-json/")
            .auth(AuthStrategy.applicationPassword("admin", "app-pass-word"))
            .allowInsecureHttp()
            .retryPolicy(RetryPolicy.none())
            .build();

    // Allowed to try: the failure is now the unresolvable host, not the refusal.
    assertThatThrownBy(() -> wp.execute(WpRequest.get("/wp/v2/users/me").build()))
        .isInstanceOf(TransportException.class)
        .isNotInstanceOf(InsecureTransportException.class);
  }

  @Test
  void loopbackHttpIsAllowedWithCredentials() {
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", "app-pass-word")).build();
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me")).willReturn(WireMockSite.json(200, "{}")));

    assertThat(wp.execute(WpRequest.get("/wp/v2/users/me").build()).status()).isEqualTo(200);
  }

  @Test
  void aCrossOriginRedirectIsRefusedAndNoCredentialReachesTheOtherOrigin() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", elsewhere.baseUrl() + "/wp-json/wp/v2/users/me")));
    for (AuthStrategy auth :
        new AuthStrategy[] {
          AuthStrategy.applicationPassword("admin", "app-pass-word"),
          AuthStrategy.bearer("bearer-token"),
          AuthStrategy.cookieNonce(Map.of("wordpress_logged_in_x", "cookie-value"), "0a1b2c3d4e")
        }) {
      WordPressClient wp = WireMockSite.client(wm, auth).build();

      assertThatThrownBy(() -> wp.execute(WpRequest.get("/wp/v2/users/me").build()))
          .isInstanceOf(RedirectRefusedException.class)
          .hasMessageContaining(elsewhere.baseUrl())
          .hasMessageContaining("another origin")
          .satisfies(
              e ->
                  assertThat(((RedirectRefusedException) e).reason())
                      .isEqualTo(RedirectRefusedException.Reason.CROSS_ORIGIN));
    }
    elsewhere.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aSameOriginRedirectOfAGetIsFollowedWithCredentials() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .willReturn(
                aResponse().withStatus(301).withHeader("Location", "/wp-json/wp/v2/users/me/")));
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me/"))
            .willReturn(WireMockSite.json(200, "{\"id\":7}")));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", "app-pass-word")).build();

    WpResponse response = wp.execute(WpRequest.get("/wp/v2/users/me").build());

    assertThat(response.json().path("id").asInt()).isEqualTo(7);
    assertThat(response.redirectChain()).hasSize(1);
    site.verify(
        getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me/"))
            .withHeader("Authorization", equalTo(basic("admin", "app-pass-word"))));
  }

  @Test
  void aPostAnswered301IsAnErrorNotASilentGet() {
    site.stubFor(
        post(urlPathEqualTo("/wp-json/wp/v2/posts"))
            .willReturn(
                aResponse().withStatus(301).withHeader("Location", "/wp-json/wp/v2/posts/")));
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/posts/")).willReturn(WireMockSite.json(200, "[]")));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", "app-pass-word")).build();

    assertThatThrownBy(
            () ->
                wp.execute(
                    WpRequest.post(
                            "/wp/v2/posts", JsonNodeFactory.instance.objectNode().put("title", "x"))
                        .build()))
        .isInstanceOf(RedirectRefusedException.class)
        .hasMessageContaining("turn the POST into a GET")
        .satisfies(
            e ->
                assertThat(((RedirectRefusedException) e).reason())
                    .isEqualTo(RedirectRefusedException.Reason.WRITE_REDIRECTED));
    site.verify(0, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/")));
  }

  @Test
  void aCredentialFreeGetMayFollowToAnotherOrigin() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/posts"))
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", elsewhere.baseUrl() + "/p")));
    WordPressClient wp = WireMockSite.client(wm, AuthStrategy.none()).build();

    assertThat(wp.execute(WpRequest.get("/wp/v2/posts").build()).status()).isEqualTo(200);
  }

  @Test
  void tooManyRedirectsStop() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/loop"))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "/wp-json/loop")));
    WordPressClient wp = WireMockSite.client(wm, AuthStrategy.none()).build();

    assertThatThrownBy(() -> wp.execute(WpRequest.get("/loop").build()))
        .isInstanceOf(RedirectRefusedException.class)
        .hasMessageContaining("more than 5 redirects");
  }

  @Test
  void anInjectedJdkClientThatFollowsRedirectsOrAuthenticatesIsRejected() {
    assertThatThrownBy(
            () ->
                WordPressClient.builder()
                    .httpClient(
                        java.net.http.HttpClient.newBuilder()
                            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                            .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Redirect.NEVER");
    assertThatThrownBy(
            () ->
                WordPressClient.builder()
                    .httpClient(
                        java.net.http.HttpClient.newBuilder()
                            .authenticator(new java.net.Authenticator() {})
                            .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Authenticator");
  }

  @Test
  void credentialsCannotBeSmuggledInAsRequestHeaders() {
    assertThatThrownBy(
            () -> WpRequest.get("/wp/v2/posts").header("Cookie", "wordpress_logged_in_x=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AuthStrategy");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
