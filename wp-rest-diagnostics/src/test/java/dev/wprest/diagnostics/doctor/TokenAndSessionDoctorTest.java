package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.CredentialFacts;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bearer tokens, cookies and nonces, and no credentials at all, on recorded answers. */
@WireMockTest
class TokenAndSessionDoctorTest {
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXZhbHVl";
  private static final String COOKIE_VALUE = "itadmin%7C1700000000%7Csessiontokenvalue";

  @Test
  void bearerWithoutATokenPluginIsConfirmedUnsupported(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm).home().recorded("index.modphp").recorded("users-me.bearer.modphp");

    DoctorReport report = AuthDoctor.builder(site.url()).bearer(TOKEN).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.BEARER_NOT_SUPPORTED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("jwt-auth/v1");
    site.assertReadOnlyWithinBudget(report);
    Secrets.assertAbsent(report, "", TOKEN);
  }

  @Test
  void aTokenTheJwtPluginRefusesIsConfirmedRejectedThroughTokenValidate(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.jwt")
            .recorded("users-me.jwt-bearer-invalid.jwt")
            .recorded("jwt-auth-validate.bad-token.jwt");

    DoctorReport report = AuthDoctor.builder(site.url()).bearer(TOKEN).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.BEARER_TOKEN_REJECTED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("jwt_auth_invalid_token");
    assertThat(site.journal()).anyMatch(r -> r.getUrl().endsWith("/jwt-auth/v1/token/validate"));
    site.assertReadOnlyWithinBudget(report);
    Secrets.assertAbsent(report, "", TOKEN);
  }

  @Test
  void noAuthHeaderAtTokenValidateConfirmsAStrippedHeader(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.jwt")
            .recorded("users-me.anonymous.jwt")
            .recorded("jwt-auth-validate.no-header.jwt");

    Diagnosis d =
        AuthDoctor.builder(site.url()).bearer(TOKEN).build().examine().diagnosis().orElseThrow();

    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("jwt_auth_no_auth_header");
  }

  @Test
  void cookiesWithoutANonceAreConfirmedWhenAdminAjaxHandsThemANonce(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.cookie-no-nonce.modphp")
            .recorded("admin-ajax.rest-nonce.cookies.modphp");

    DoctorReport report = AuthDoctor.examine(site.url(), new CookiesOnly());

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.COOKIES_WITHOUT_NONCE);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(site.journal())
        .anyMatch(r -> r.getUrl().contains("admin-ajax.php") && r.containsHeader("Cookie"));
    site.assertReadOnlyWithinBudget(report);
    assertThat(report.toString() + Secrets.all(d)).doesNotContain(COOKIE_VALUE);
  }

  @Test
  void cookiesThatAreNoSessionAreConfirmedRejected(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.cookie-no-nonce.modphp")
            .recordedAt(
                "admin-ajax.rest-nonce.no-cookies.modphp", "GET", "/wp-admin/admin-ajax.php");

    Diagnosis d = AuthDoctor.examine(site.url(), new CookiesOnly()).diagnosis().orElseThrow();

    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("not a live login session");
  }

  @Test
  void aNonceWithoutCookiesIsConfirmedByTheSameCallWithoutIt(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.anonymous.modphp")
            .recordedWhenHeader("users-me.nonce-no-cookie.modphp", "X-WP-Nonce");

    DoctorReport report = AuthDoctor.examine(site.url(), new NonceOnly());

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.NONCE_WITHOUT_COOKIES);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("403 rest_cookie_invalid_nonce", "401 rest_not_logged_in");
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void noCredentialsIsConfirmedByUsersMeAnsweringAnonymously(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm).home().recorded("index.modphp").recorded("users-me.anonymous.modphp");

    DoctorReport report = AuthDoctor.builder(site.url()).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.NO_CREDENTIALS_SENT);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("Allow: GET");
    assertThat(report.identity()).isEmpty();
  }

  @Test
  void noCredentialsOnARouteOpenToAnonymousCallersIsOk(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.anonymous.modphp")
            .recorded("posts.list.page1.modphp");

    DoctorReport report = AuthDoctor.builder(site.url()).route("/wp/v2/posts").build().examine();

    assertThat(report.ok()).isTrue();
    assertThat(report.diagnosis()).isEmpty();
    assertThat(site.journal())
        .as("the read itself was made, not only OPTIONS")
        .anyMatch(
            r ->
                r.getMethod().getName().equals("GET")
                    && r.getUrl().startsWith("/wp-json/wp/v2/posts"));
  }

  /** WordPress cookies without the nonce, as a cookie jar from a browser login sends them. */
  static final class CookiesOnly implements AuthStrategy {
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
  }

  /** A nonce copied from a page, without the cookies of its session. */
  static final class NonceOnly implements AuthStrategy {
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
      return Map.of("X-WP-Nonce", "0123456789");
    }

    @Override
    public CredentialFacts facts() {
      return CredentialFacts.builder().noncePresent(true).build();
    }
  }
}
