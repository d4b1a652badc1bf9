package dev.wprest.diagnostics;

import static dev.wprest.diagnostics.DiagnosisAssert.assertDiagnosis;
import static dev.wprest.diagnostics.Fixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthScheme;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.CredentialFacts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plugin's strategy written before {@link CredentialFacts} existed states its facts as the old
 * string map; the diagnosis must read them as it reads a typed strategy's.
 */
@WireMockTest
class LegacyCredentialFactsTest {
  private static final String COOKIE_VALUE = "admin%7C1700000000%7Csession-token-value";

  /** Sends a login cookie without a nonce; how it states that is left to the subclass. */
  private abstract static class CookieJar implements AuthStrategy {
    @Override
    public String scheme() {
      return AuthScheme.COOKIE_NONCE;
    }

    @Override
    public boolean sendsCredentials() {
      return true;
    }

    @Override
    public Map<String, String> credentials(AuthContext context) {
      return Map.of("Cookie", "wordpress_logged_in_0123abcd=" + COOKIE_VALUE);
    }

    @Override
    public String redact(String text) {
      return text == null ? null : text.replace(COOKIE_VALUE, "[REDACTED]");
    }
  }

  private static final class MapFacts extends CookieJar {
    // the map form is what this strategy stands for
    @SuppressWarnings("deprecation")
    @Override
    public Map<String, String> describe() {
      return Map.of("cookies", " wordpress_logged_in_0123abcd , wp-settings-1", "nonce", "absent");
    }
  }

  private static final class TypedFacts extends CookieJar {
    @Override
    public CredentialFacts facts() {
      return CredentialFacts.builder()
          .cookieName("wordpress_logged_in_0123abcd")
          .cookieName("wp-settings-1")
          .noncePresent(false)
          .build();
    }
  }

  @Test
  void aStrategyStatingItsFactsAsTheOldMapIsDiagnosedLikeOneStatingThemTyped(
      WireMockRuntimeInfo wm) {
    Diagnosis legacy = diagnose(wm, new MapFacts());
    Diagnosis typed = diagnose(wm, new TypedFacts());

    assertDiagnosis(legacy, Stage.IDENTITY, LikelyCause.COOKIES_WITHOUT_NONCE, Confidence.LIKELY);
    assertThat(legacy.cause()).isEqualTo(typed.cause());
    assertThat(legacy.evidence()).isEqualTo(typed.evidence());
    assertThat(legacy.evidence().toString())
        .contains("wordpress_logged_in_0123abcd,wp-settings-1")
        .doesNotContain("session-token-value");
  }

  private static Diagnosis diagnose(WireMockRuntimeInfo wm, AuthStrategy auth) {
    return new Replay(wm)
        .index(recorded("index.modphp"))
        .answer(recorded("users-me.cookie-no-nonce.modphp"))
        .diagnoseGet(auth, "/wp/v2/users/me");
  }
}
