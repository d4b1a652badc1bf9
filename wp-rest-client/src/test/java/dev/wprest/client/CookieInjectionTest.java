package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cookie the caller gives goes into the {@code Cookie} header as one pair: a value that would end
 * it and start another cookie, a name that is no token, a control character, are refused with a
 * typed error that names the strategy and the reason, never the value.
 */
@WireMockTest
class CookieInjectionTest {
  private static final String SESSION = "admin%7C1700000000%7Csessiontoken%7Chmac";
  private static final String NONCE = "a1b2c3d4e5";

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    WireMockSite.stubIndex(wm);
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .willReturn(WireMockSite.json(200, "{\"id\":1}")));
  }

  private static Map<String, String> session(String name, String value) {
    Map<String, String> cookies = new LinkedHashMap<>();
    cookies.put("wordpress_logged_in_abc", SESSION);
    cookies.put(name, value);
    return cookies;
  }

  @Test
  void aValueThatWouldAddAnotherCookieIsRefusedWithoutShowingIt() {
    InvalidCredentialException e =
        catchThrowableOfType(
            InvalidCredentialException.class,
            () ->
                AuthStrategy.cookieNonce(
                    session("wordpress_sec_abc", SESSION + "; wordpress_logged_in_evil=1"), NONCE));

    assertThat(e.scheme()).isEqualTo("cookie-nonce");
    assertThat(e.part()).isEqualTo("cookie wordpress_sec_abc");
    assertThat(e.getMessage())
        .startsWith("cookie-nonce: the cookie wordpress_sec_abc holds ';' at position 41")
        .contains("would end this cookie and start another in the Cookie header")
        .doesNotContain(SESSION)
        .doesNotContain("evil");
  }

  @Test
  void aNameThatIsNoTokenIsRefusedWithoutShowingIt() {
    for (String name : new String[] {"a=b", "wordpress sec", "x;" + SESSION, ""}) {
      InvalidCredentialException e =
          catchThrowableOfType(
              InvalidCredentialException.class,
              () -> AuthStrategy.cookieNonce(session(name, "v"), NONCE));

      assertThat(e.part()).as(name).isEqualTo("cookie name");
      assertThat(e.getMessage()).as(name).startsWith("cookie-nonce: the cookie name ");
      if (!name.isEmpty()) {
        assertThat(e.getMessage()).doesNotContain(name).doesNotContain(SESSION);
      }
    }
  }

  @Test
  void controlCharactersCommasSpacesAndQuotesInAValueAreRefused() {
    for (String value :
        new String[] {SESSION + "\u0000", SESSION + ",x", "ad min", "a\"b", "a\\b", "caf\u00e9"}) {
      assertThatThrownBy(
              () -> AuthStrategy.cookieNonce(session("wordpress_sec_abc", value), NONCE), value)
          .isInstanceOf(InvalidCredentialException.class)
          .hasMessageStartingWith("cookie-nonce: the cookie wordpress_sec_abc ")
          .hasMessageNotContaining(value);
    }
  }

  @Test
  void validCookiesAreSentAsOnePairEach(WireMockRuntimeInfo wm) {
    Map<String, String> cookies = session("wp_quoted", "\"a|b\"");
    WordPressClient wp = WireMockSite.client(wm, AuthStrategy.cookieNonce(cookies, NONCE)).build();

    wp.execute(WpRequest.get("/wp/v2/users/me").build());

    List<LoggedRequest> sent =
        wm.getWireMock().find(getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me")));
    assertThat(sent).hasSize(1);
    // The order of the pairs is not the caller's map order: compare them as a set.
    assertThat(sent.get(0).getHeader("Cookie").split("; "))
        .containsExactlyInAnyOrder("wordpress_logged_in_abc=" + SESSION, "wp_quoted=\"a|b\"");
    assertThat(sent.get(0).getHeader("X-WP-Nonce")).isEqualTo(NONCE);
  }

  @Test
  void aLoginCookieThatCannotBeSentBackFailsTheLoginTypedAndSendsNothingElse(
      WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo("/wp-login.php"))
                .willReturn(
                    aResponse()
                        .withStatus(302)
                        .withHeader("Location", wm.getHttpBaseUrl() + "/wp-admin/")
                        .withHeader("Set-Cookie", "wordpress_logged_in_abc=admin sess; path=/")));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.cookieLogin("admin", "login-password")).build();

    assertThatThrownBy(() -> wp.execute(WpRequest.get("/wp/v2/users/me").build()))
        .isInstanceOf(LoginFailedException.class)
        .hasMessageContaining("without a logged-in cookie")
        .hasMessageNotContaining("admin sess")
        .hasMessageNotContaining("login-password");
    wm.getWireMock().verifyThat(0, anyRequestedFor(urlPathMatching("/wp-json/wp/v2/.*")));
  }
}
