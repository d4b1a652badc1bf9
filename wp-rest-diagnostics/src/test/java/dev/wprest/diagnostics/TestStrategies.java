package dev.wprest.diagnostics;

import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.CredentialFacts;
import java.util.Map;

/** Credentials used by the tests; every secret here is also checked never to leak. */
final class TestStrategies {
  static final String APP_PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678";
  static final String LOGIN_PASSWORD = "correct-horse-battery-staple!";
  static final String BEARER_TOKEN = "opaqueTokenValue0123456789";
  static final String COOKIE_VALUE = "admin%7C1700000000%7CsessionTokenValue%7Cabcdef0123";
  static final String NONCE = "a1b2c3d4e5";

  private TestStrategies() {}

  static AuthStrategy applicationPassword() {
    return AuthStrategy.applicationPassword("admin", APP_PASSWORD);
  }

  static AuthStrategy loginPasswordAsBasic() {
    return AuthStrategy.applicationPassword("admin", LOGIN_PASSWORD);
  }

  static AuthStrategy bearer() {
    return AuthStrategy.bearer(BEARER_TOKEN);
  }

  static AuthStrategy cookieNonce() {
    return AuthStrategy.cookieNonce(Map.of("wordpress_logged_in_0123abcd", COOKIE_VALUE), NONCE);
  }

  /** What a script that copied a browser's cookies, but not the nonce, sends. */
  static AuthStrategy cookiesWithoutNonce() {
    return new AuthStrategy() {
      @Override
      public String scheme() {
        return "cookie-nonce";
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
      public CredentialFacts facts() {
        return CredentialFacts.builder()
            .cookieName("wordpress_logged_in_0123abcd")
            .noncePresent(false)
            .build();
      }

      @Override
      public String redact(String text) {
        return text == null ? null : text.replace(COOKIE_VALUE, "[REDACTED]");
      }
    };
  }

  /** What a script that copied the page's nonce, but not the cookies, sends. */
  static AuthStrategy nonceWithoutCookies() {
    return new AuthStrategy() {
      @Override
      public String scheme() {
        return "cookie-nonce";
      }

      @Override
      public boolean sendsCredentials() {
        return true;
      }

      @Override
      public Map<String, String> credentials(AuthContext context) {
        return Map.of("X-WP-Nonce", NONCE);
      }

      @Override
      public CredentialFacts facts() {
        return CredentialFacts.builder().noncePresent(true).build();
      }

      @Override
      public String redact(String text) {
        return text == null ? null : text.replace(NONCE, "[REDACTED]");
      }
    };
  }
}
