package dev.wprest.diagnostics;

import static dev.wprest.diagnostics.DiagnosisAssert.assertAlternatives;
import static dev.wprest.diagnostics.DiagnosisAssert.assertDiagnosis;
import static dev.wprest.diagnostics.DiagnosisAssert.assertNotYetHas;
import static dev.wprest.diagnostics.Fixture.handMade;
import static dev.wprest.diagnostics.Fixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The identity stage, from recorded real WordPress answers replayed to the real client: every row
 * of the 401 evidence matrix and every cause one failed call can show.
 */
@WireMockTest
class IdentityFixtureTest {
  private static final String ME = "/wp/v2/users/me";

  @Test
  void headerStrippedWhenValidApplicationPasswordGetsNotLoggedIn(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.stripped-header"))
            .answer(recorded("users-me.basic-valid.stripped-header"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.AUTHORIZATION_HEADER_STRIPPED, Confidence.LIKELY);
    assertThat(d.summary()).contains("GET", "/wp-json/wp/v2/users/me", "401", "rest_not_logged_in");
    assertThat(d.firstCheck())
        .contains("Site Health", "Authorization header", "CGIPassAuth", "Last Used");
    assertNotYetHas(d, "Do not regenerate", "Do not make the route public", "permission_callback");
    assertAlternatives(d, LikelyCause.CREDENTIALS_REJECTED, LikelyCause.UNKNOWN_USER);
  }

  @Test
  void headerStrippedOnAWriteGetsTheCreateCode(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.stripped-header"))
            .answer(recorded("posts.create.basic-valid.stripped-header"))
            .diagnose(
                TestStrategies.applicationPassword(),
                WpRequest.post("/wp/v2/posts", Map.of("title", "x")).build());
    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.AUTHORIZATION_HEADER_STRIPPED, Confidence.LIKELY);
    assertThat(d.summary()).contains("POST", "401 rest_cannot_create");
  }

  @Test
  void aBadApplicationPasswordOnVanillaWordPressLeavesTheRejectionOpen(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("users-me.basic-bad-app-password.modphp"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.AUTHORIZATION_HEADER_STRIPPED, Confidence.LIKELY);
    assertThat(d.alternatives().get(0).cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
  }

  @Test
  void withoutTheIndexTheBasicAmbiguityIsOnlyPossible(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .noIndex()
            .answer(recorded("users-me.basic-valid.stripped-header"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.AUTHORIZATION_HEADER_STRIPPED, Confidence.POSSIBLE);
    assertAlternatives(d, LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE);
  }

  @Test
  void loginPasswordWhenThePasswordIsNotShapedLikeAnApplicationPassword(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("users-me.basic-login-password.modphp"))
            .diagnoseGet(TestStrategies.loginPasswordAsBasic(), ME);
    assertDiagnosis(
        d,
        Stage.IDENTITY,
        LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
        Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("Application Password", "username");
    assertNotYetHas(d, "Do not reset the user's login password", "Do not paste");
    assertAlternatives(
        d, LikelyCause.CREDENTIALS_REJECTED, LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
  }

  @Test
  void loginPasswordOnASiteThatReportsIncorrectPassword(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.earlyuser"))
            .answer(recorded("users-me.basic-login-password.earlyuser"))
            .diagnoseGet(TestStrategies.loginPasswordAsBasic(), ME);
    assertDiagnosis(
        d,
        Stage.IDENTITY,
        LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
        Confidence.LIKELY);
  }

  @Test
  void credentialsRejectedWhenWordPressSaysIncorrectPassword(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.earlyuser"))
            .answer(recorded("users-me.basic-bad-app-password.earlyuser"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.CREDENTIALS_REJECTED, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("\"admin\"", "Application Passwords");
    assertNotYetHas(d, "rewrite rules", "Do not retry in a loop");
  }

  @Test
  void unknownUserFromInvalidUsernameAndInvalidEmail(WireMockRuntimeInfo wm) {
    Replay replay = new Replay(wm).index(recorded("index.earlyuser"));
    Diagnosis byName =
        replay
            .answer(recorded("users-me.basic-unknown-username.earlyuser"))
            .diagnoseGet(
                AuthStrategy.applicationPassword("nobody", TestStrategies.APP_PASSWORD), ME);
    assertDiagnosis(byName, Stage.IDENTITY, LikelyCause.UNKNOWN_USER, Confidence.LIKELY);
    assertThat(byName.firstCheck()).contains("Users > All Users");
  }

  @Test
  void unknownUserFromInvalidEmail(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.earlyuser"))
            .answer(recorded("users-me.basic-unknown-email.earlyuser"))
            .diagnoseGet(
                AuthStrategy.applicationPassword("nobody@example.com", TestStrategies.APP_PASSWORD),
                ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.UNKNOWN_USER, Confidence.LIKELY);
  }

  @Test
  void applicationPasswordsUnavailableWhenTheIndexAuthenticationIsEmpty(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.production-http"))
            .answer(recorded("users-me.basic-valid.production-http"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("https://", "WP_ENVIRONMENT_TYPE");
    assertThat(d.evidence()).extracting(Evidence::value).anyMatch(v -> v.contains("[]"));
    assertNotYetHas(d, "Do not create another Application Password");
  }

  @Test
  void applicationPasswordsUnavailableFromTheirRoutes501(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.production-http"))
            .answer(recorded("application-passwords.list.production-http"))
            .diagnoseGet(
                TestStrategies.applicationPassword(), "/wp/v2/users/me/application-passwords");
    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE, Confidence.LIKELY);
    assertThat(d.summary()).contains("501 application_passwords_disabled");
  }

  @Test
  void applicationPasswordsDisabledForTheUser(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("app-passwords-disabled-for-user"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER, Confidence.LIKELY);
  }

  @Test
  void noCredentialsWhenTheSchemeIsNoneAndBrowserSessionStaysOpen(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("users-me.anonymous.modphp"))
            .diagnoseGet(AuthStrategy.none(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.NO_CREDENTIALS_SENT, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("AuthStrategy.applicationPassword", "HTTPS");
    assertNotYetHas(d, "Do not make the route public");
    assertAlternatives(d, LikelyCause.BROWSER_SESSION_ONLY);
  }

  @Test
  void noCredentialsOnAnAnonymousCreate(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("posts.create.anonymous.modphp"))
            .diagnose(
                AuthStrategy.none(), WpRequest.post("/wp/v2/posts", Map.of("title", "x")).build());
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.NO_CREDENTIALS_SENT, Confidence.LIKELY);
    assertThat(d.summary()).contains("401 rest_cannot_create");
  }

  @Test
  void cookiesWithoutNonceAreAnonymous(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("users-me.cookie-no-nonce.modphp"))
            .diagnoseGet(TestStrategies.cookiesWithoutNonce(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.COOKIES_WITHOUT_NONCE, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("X-WP-Nonce", "Application Password");
    assertNotYetHas(d, "Do not copy cookies");
  }

  @Test
  void nonceFromAnotherSessionIsAnIdentityFailureThoughA403(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("users-me.cookie-bad-nonce.modphp"))
            .answerAnyMethod("/wp-admin/admin-ajax.php", freshNonce())
            .diagnoseGet(TestStrategies.cookieNonce(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.NONCE_INVALID, Confidence.LIKELY);
    assertThat(d.summary()).contains("403 rest_cookie_invalid_nonce");
    assertNotYetHas(d, "Do not treat this 403 as a permission problem");
  }

  @Test
  void nonceWithoutCookies(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("users-me.nonce-no-cookie.modphp"))
            .diagnoseGet(TestStrategies.nonceWithoutCookies(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.NONCE_WITHOUT_COOKIES, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("X-WP-Nonce");
  }

  @Test
  void restApiRestrictedByAPluginKeepsTheBasicCausesOpen(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("disable-rest-api-login-required"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.REST_API_DISABLED, Confidence.LIKELY);
    assertAlternatives(
        d, LikelyCause.AUTHORIZATION_HEADER_STRIPPED, LikelyCause.CREDENTIALS_REJECTED);
    assertNotYetHas(d, "Do not open the REST API to anonymous visitors");
  }

  /** admin-ajax.php hands out a nonce: the cookie session is fine, the nonce still fails. */
  private static Fixture freshNonce() {
    return Fixture.handMade("fresh-nonce");
  }
}
