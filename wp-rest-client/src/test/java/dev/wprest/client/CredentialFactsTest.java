package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.CredentialFacts.PasswordShape;
import dev.wprest.client.CredentialFacts.TokenShape;
import dev.wprest.client.CredentialFacts.UsernameKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialFactsTest {
  private static final String APP_PASSWORD = "abcd EFGH 1234 mnop QRST 5678";
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNlY3JldA";

  @Test
  void anApplicationPasswordStrategyStatesTheShapeAndLengthButNotThePassword() {
    CredentialFacts facts = AuthStrategy.applicationPassword("editor", APP_PASSWORD).facts();

    assertThat(facts.username()).contains("editor");
    assertThat(facts.usernameKind()).contains(UsernameKind.LOGIN);
    assertThat(facts.passwordShape()).contains(PasswordShape.APPLICATION_PASSWORD);
    assertThat(facts.passwordShapedLikeApplicationPassword()).isTrue();
    assertThat(facts.passwordLength()).hasValue(APP_PASSWORD.length());
    assertThat(facts.toString()).doesNotContain(APP_PASSWORD, "abcd", "5678");
  }

  @Test
  void aLoginPasswordGivenAsApplicationPasswordIsShapedOtherwise() {
    CredentialFacts facts =
        AuthStrategy.applicationPassword("me@example.com", "correct horse battery").facts();

    assertThat(facts.passwordShape()).contains(PasswordShape.OTHER);
    assertThat(facts.usernameKind()).contains(UsernameKind.EMAIL);
    assertThat(facts.toString()).doesNotContain("correct", "horse", "battery");
  }

  @Test
  void twentyFourCharactersWithPunctuationAreNotAnApplicationPassword() {
    assertThat(CredentialFacts.passwordShapeOf("abcd-efgh-ijkl-mnop-qrst-uvwx"))
        .isEqualTo(PasswordShape.APPLICATION_PASSWORD);
    assertThat(CredentialFacts.passwordShapeOf("abcd!efgh ijkl mnop qrst uvwx"))
        .isEqualTo(PasswordShape.OTHER);
    assertThat(CredentialFacts.passwordShapeOf("abcd efgh ijkl mnop qrst uvw"))
        .isEqualTo(PasswordShape.OTHER);
  }

  @Test
  void aCookieSessionStatesCookieNamesAndTheNonceButNoValue() {
    CredentialFacts facts =
        AuthStrategy.cookieNonce(
                Map.of(
                    "wordpress_logged_in_abc", "admin%7Csecret-session",
                    "wordpress_sec_abc", "admin%7Cother-secret"),
                "n0nce123ab")
            .facts();

    assertThat(facts.cookieNames()).containsExactly("wordpress_logged_in_abc", "wordpress_sec_abc");
    assertThat(facts.hasLoginCookie()).isTrue();
    assertThat(facts.noncePresent()).contains(true);
    assertThat(facts.username()).isEmpty();
    assertThat(facts.toString()).doesNotContain("secret-session", "other-secret", "n0nce123ab");
  }

  @Test
  void aCookieLoginNamesTheUserAndHasNoNonceBeforeLoggingIn() {
    CredentialFacts facts = AuthStrategy.cookieLogin("admin", "login-password-1").facts();

    assertThat(facts.username()).contains("admin");
    assertThat(facts.noncePresent()).contains(false);
    assertThat(facts.cookieNames()).isEmpty();
    assertThat(facts.toString()).doesNotContain("login-password-1");
  }

  @Test
  void aFixedBearerTokenIsDescribedByItsShapeOnly() {
    assertThat(AuthStrategy.bearer(JWT).facts().tokenShape()).contains(TokenShape.JWT);
    assertThat(AuthStrategy.bearer("opaque-token-value").facts().tokenShape())
        .contains(TokenShape.OPAQUE);
    assertThat(AuthStrategy.bearer(JWT).facts().toString())
        .doesNotContain(JWT, "c2lnbmF0dXJlLXNlY3JldA", "eyJzdWIiOiIxIn0");
  }

  @Test
  void aJwtLoginNamesThePluginAndTheUserButNotThePassword() {
    CredentialFacts facts =
        AuthStrategy.jwtLogin(JwtPlugin.JWT_AUTH, "author", "login-password-2").facts();

    assertThat(facts.jwtPlugin()).contains(JwtPlugin.JWT_AUTH.name());
    assertThat(facts.tokenShape()).contains(TokenShape.JWT);
    assertThat(facts.username()).contains("author");
    assertThat(facts.toString()).doesNotContain("login-password-2");
  }

  @Test
  void noCredentialsStateNoFacts() {
    assertThat(AuthStrategy.none().facts().isEmpty()).isTrue();
    assertThat(AuthStrategy.none().scheme()).isEqualTo(AuthScheme.NONE);
  }

  @Test
  void theSchemeConstantsAreTheNamesTheStrategiesReport() {
    assertThat(AuthStrategy.applicationPassword("a", "b").scheme())
        .isEqualTo(AuthScheme.APPLICATION_PASSWORD)
        .isEqualTo("application-password");
    assertThat(AuthStrategy.cookieLogin("a", "b").scheme())
        .isEqualTo(AuthScheme.COOKIE_NONCE)
        .isEqualTo("cookie-nonce");
    assertThat(AuthStrategy.bearer("t").scheme()).isEqualTo(AuthScheme.BEARER).isEqualTo("bearer");
  }

  @Test
  void aCustomStrategyThatStatesNoFactsHasNone() {
    AuthStrategy custom =
        new AuthStrategy() {
          @Override
          public String scheme() {
            return "plugin-token";
          }

          @Override
          public boolean sendsCredentials() {
            return true;
          }

          @Override
          public Map<String, String> credentials(AuthContext context) {
            return Map.of("X-Plugin-Token", "secret");
          }
        };

    assertThat(custom.facts()).isEqualTo(CredentialFacts.none());
    assertThat(custom.facts().isEmpty()).isTrue();
  }

  @Test
  void anExchangeCarriesTheFactsItWasGiven() {
    CredentialFacts facts =
        CredentialFacts.builder()
            .username("admin")
            .password(APP_PASSWORD)
            .cookieName("wordpress_logged_in_x")
            .noncePresent(false)
            .build();

    FailedExchange exchange =
        FailedExchange.builder("GET", java.net.URI.create("https://example.test/wp-json/"))
            .credentialFacts(facts)
            .build();

    assertThat(exchange.credentialFacts()).isEqualTo(facts);
    assertThat(exchange.credentialFacts().usernameKind()).contains(UsernameKind.LOGIN);
    assertThat(facts.toString()).doesNotContain(APP_PASSWORD);
  }
}
