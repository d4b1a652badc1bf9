package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A credential no HTTP header can carry (a token read from a file with its final newline, a pasted
 * NUL) is refused with a typed error that names the strategy, the part and the problem, never the
 * value, and before anything is sent.
 */
@WireMockTest
class CredentialValidationTest {
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.dG9rZW4tZnJvbS1maWxl";

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    WireMockSite.stubIndex(wm);
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .willReturn(WireMockSite.json(200, "{\"id\":1}")));
  }

  @Test
  void aFixedTokenWithTheFilesFinalNewlineIsRefusedAtTheFactory() {
    InvalidCredentialException e =
        catchThrowableOfType(
            InvalidCredentialException.class, () -> AuthStrategy.bearer(TOKEN + "\n"));

    assertThat(e.scheme()).isEqualTo("bearer");
    assertThat(e.part()).isEqualTo("token");
    assertThat(e.getMessage())
        .startsWith("bearer: the token ends with a line break (LF)")
        .contains("strip()")
        .endsWith("nothing was sent")
        .doesNotContain(TOKEN)
        .doesNotContain("Bearer");
  }

  @Test
  void aSuppliedTokenWithCrLfFailsTheCallTypedAndSendsNothing(WireMockRuntimeInfo wm) {
    WordPressClient wp = WireMockSite.client(wm, AuthStrategy.bearer(() -> TOKEN + "\r\n")).build();

    InvalidCredentialException e =
        catchThrowableOfType(
            InvalidCredentialException.class,
            () -> wp.execute(WpRequest.get("/wp/v2/users/me").build()));

    assertThat(e.getMessage()).contains("(CR LF)").doesNotContain(TOKEN);
    wm.getWireMock().verifyThat(0, anyRequestedFor(urlPathMatching("/wp-json/wp/v2/.*")));
  }

  @Test
  void anApplicationPasswordWithAControlCharacterInsideNamesItsPositionNotItsValue() {
    InvalidCredentialException e =
        catchThrowableOfType(
            InvalidCredentialException.class,
            () -> AuthStrategy.applicationPassword("admin", "abcd EFGH\u00001234 ijkl MNOP 5678"));

    assertThat(e.getMessage())
        .isEqualTo(
            "application-password: the password holds the control character U+0000 at position"
                + " 10 of 29 characters, which no HTTP header can carry; nothing was sent")
        .doesNotContain("EFGH");
  }

  @Test
  void aCookieOrNonceWithALineBreakIsRefusedNamingTheCookie() {
    InvalidCredentialException cookie =
        catchThrowableOfType(
            InvalidCredentialException.class,
            () ->
                AuthStrategy.cookieNonce(
                    Map.of("wordpress_logged_in_abc", "admin%7Csecret\n"), "a1b2c3d4e5"));
    InvalidCredentialException nonce =
        catchThrowableOfType(
            InvalidCredentialException.class,
            () ->
                AuthStrategy.cookieNonce(
                    Map.of("wordpress_logged_in_abc", "admin%7Csecret"), "a1b2c3d4e5\n"));

    assertThat(cookie.part()).isEqualTo("cookie wordpress_logged_in_abc");
    assertThat(cookie.getMessage()).doesNotContain("secret");
    assertThat(nonce.part()).isEqualTo("nonce");
    assertThat(nonce.getMessage()).doesNotContain("a1b2c3d4e5");
  }

  @Test
  void aPluginStrategysHeaderWithALineBreakIsRefusedByTheClient(WireMockRuntimeInfo wm) {
    AuthStrategy plugin =
        new AuthStrategy() {
          @Override
          public String scheme() {
            return "plugin-key";
          }

          @Override
          public boolean sendsCredentials() {
            return true;
          }

          @Override
          public Map<String, String> credentials(AuthContext context) {
            return Map.of("X-Api-Key", "k3y-v4lue\n");
          }
        };
    WordPressClient wp = WireMockSite.client(wm, plugin).build();

    InvalidCredentialException e =
        catchThrowableOfType(
            InvalidCredentialException.class,
            () -> wp.execute(WpRequest.get("/wp/v2/users/me").build()));

    assertThat(e.getMessage())
        .startsWith("plugin-key: the X-Api-Key header ends with a line break")
        .doesNotContain("k3y-v4lue");
    wm.getWireMock().verifyThat(0, anyRequestedFor(urlPathMatching("/wp-json/wp/v2/.*")));
  }
}
