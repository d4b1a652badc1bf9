package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class AuthStrategyHeadersTest {
  private static final String ME = "/wp-json/wp/v2/users/me";

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    WireMockSite.stubIndex(wm);
    wm.getWireMock()
        .register(get(urlPathEqualTo(ME)).willReturn(WireMockSite.json(200, "{\"id\":1}")));
  }

  @Test
  void applicationPasswordIsSentAsBasicWithThePasswordAsGiven(WireMockRuntimeInfo wm) {
    WordPressClient wp =
        WireMockSite.client(
                wm, AuthStrategy.applicationPassword("admin", "abcd EFGH 1234 ijkl MNOP 5678"))
            .build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    "admin:abcd EFGH 1234 ijkl MNOP 5678".getBytes(StandardCharsets.UTF_8));
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo(expected))
                .withHeader("Cookie", absent())
                .withHeader("X-WP-Nonce", absent()));
  }

  @Test
  void discoveryNeverCarriesCredentials(WireMockRuntimeInfo wm) {
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", "secret-app-pass"))
            .build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/")).withHeader("Authorization", absent()));
  }

  @Test
  void bearerTokenIsReadFromTheSupplierOnEveryRequest(WireMockRuntimeInfo wm) {
    AtomicInteger n = new AtomicInteger();
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.bearer(() -> "token-" + n.incrementAndGet())).build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());
    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer token-1")));
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer token-2")));
  }

  @Test
  void givenCookiesAndNonceAreSentTogether(WireMockRuntimeInfo wm) {
    WordPressClient wp =
        WireMockSite.client(
                wm,
                AuthStrategy.cookieNonce(
                    Map.of("wordpress_logged_in_abc", "admin%7C123%7Ctok"), "0123456789"))
            .build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(ME))
                .withHeader("Cookie", equalTo("wordpress_logged_in_abc=admin%7C123%7Ctok"))
                .withHeader("X-WP-Nonce", equalTo("0123456789"))
                .withHeader("Authorization", absent()));
  }

  @Test
  void noneSendsNoCredentialOfAnyKind(WireMockRuntimeInfo wm) {
    WordPressClient wp = WireMockSite.client(wm, AuthStrategy.none()).build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(ME))
                .withHeader("Authorization", absent())
                .withHeader("Cookie", absent())
                .withHeader("X-WP-Nonce", absent()));
  }

  @Test
  void everyStrategyNamesItsSchemeAndMasksItsSecretInToString() {
    assertThat(AuthStrategy.applicationPassword("admin", "pass-word-1234").toString())
        .contains("admin")
        .doesNotContain("pass-word-1234");
    assertThat(AuthStrategy.bearer("tok-en-5678").toString()).doesNotContain("tok-en-5678");
    assertThat(AuthStrategy.cookieLogin("admin", "login-pw-9999").toString())
        .doesNotContain("login-pw-9999");
    assertThat(
            AuthStrategy.cookieNonce(Map.of("wordpress_logged_in_x", "cookie-val-1"), "abcdef0123")
                .toString())
        .doesNotContain("cookie-val-1")
        .doesNotContain("abcdef0123");
    assertThat(AuthStrategy.applicationPassword("a", "b").scheme())
        .isEqualTo("application-password");
    assertThat(AuthStrategy.cookieLogin("a", "b").scheme()).isEqualTo("cookie-nonce");
    assertThat(AuthStrategy.bearer("t").scheme()).isEqualTo("bearer");
    assertThat(AuthStrategy.none().scheme()).isEqualTo("none");
  }

  @Test
  void applicationPasswordShapeIsDescribedWithoutThePassword() {
    CredentialFacts shaped =
        AuthStrategy.applicationPassword("me@example.com", "abcd efgh ijkl mnop qrst uvwx").facts();
    assertThat(shaped.passwordShape()).contains(CredentialFacts.PasswordShape.APPLICATION_PASSWORD);
    assertThat(shaped.usernameKind()).contains(CredentialFacts.UsernameKind.EMAIL);
    CredentialFacts other =
        AuthStrategy.applicationPassword("admin", "correct horse battery").facts();
    assertThat(other.passwordShape()).contains(CredentialFacts.PasswordShape.OTHER);
    assertThat(other.toString()).doesNotContain("correct horse battery");
  }
}
