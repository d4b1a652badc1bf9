package dev.wprest.diagnostics;

import static dev.wprest.diagnostics.DiagnosisAssert.assertDiagnosis;
import static dev.wprest.diagnostics.Fixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.CredentialFacts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Works in the browser, fails in Postman": a cookie jar from a browser login travels next to valid
 * Basic credentials, and WordPress, seeing the cookie without a nonce, ignores the Basic
 * credentials. Recorded on real WordPress 6.1.
 */
@WireMockTest
class CookiesNextToBasicTest {
  /** What Postman sends with a cookie jar: its own Basic header plus the browser's cookies. */
  private static final class BasicWithCookieJar implements AuthStrategy {
    @Override
    public String scheme() {
      return "application-password";
    }

    @Override
    public boolean sendsCredentials() {
      return true;
    }

    @Override
    public Map<String, String> credentials(AuthContext context) {
      return Map.of(
          "Authorization", "Basic aXRhZG1pbjpBYkNkIEVmR2ggSWpLbCBNbk9wIFFyU3QgVXZXeA==",
          "Cookie", "wordpress_logged_in_0123=itadmin%7C1%7Csession-value");
    }

    @Override
    public CredentialFacts facts() {
      return CredentialFacts.builder()
          .username("itadmin")
          .passwordShape(CredentialFacts.PasswordShape.APPLICATION_PASSWORD)
          .build();
    }
  }

  @Test
  void cookiesSentNextToBasicCredentialsAreNamedFromTheHeadersSent(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("users-me.cookie-no-nonce-plus-basic-valid.modphp"))
            .diagnoseGet(new BasicWithCookieJar(), "/wp/v2/users/me");

    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.COOKIES_WITHOUT_NONCE, Confidence.LIKELY);
    assertThat(d.summary()).contains("Authorization header");
    assertThat(d.toString() + d.evidence()).doesNotContain("session-value");
  }
}
