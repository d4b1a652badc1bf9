package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.HttpMethod;
import dev.wprest.client.it.RealWordPress;
import dev.wprest.client.it.WpVersion;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The doctor on the harness's real WordPress sites: for each cause a site reproduces, the cause it
 * names and how sure it is; and OK where all is well.
 */
@ParameterizedClass
@EnumSource(WpVersion.class)
class AuthDoctorIT {
  private final RealWordPress wp;

  AuthDoctorIT(WpVersion version) {
    this.wp = RealWordPress.sites(version);
  }

  private AuthDoctor.Builder doctor(String site) {
    AuthDoctor.Builder b =
        AuthDoctor.builder(URI.create(wp.url(site))).callTimeout(Duration.ofSeconds(20));
    if (wp.url(site).startsWith("https:")) {
      b.trustCertificates(Paths.get(wp.get("site.https.cert")));
    }
    return b;
  }

  private Diagnosis diagnosed(DoctorReport report, LikelyCause cause, Confidence c) {
    assertThat(report.ok()).as(report.toString()).isFalse();
    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).as(report.toString()).isEqualTo(cause);
    assertThat(d.confidence()).as(report.toString()).isEqualTo(c);
    assertThat(report.requestsSent()).isBetween(1, AuthDoctor.MAX_REQUESTS);
    ReportInvariants.assertHold(report, false);
    return d;
  }

  @Test
  void noCredentials() {
    DoctorReport report = doctor("modphp").build().examine();

    diagnosed(report, LikelyCause.NO_CREDENTIALS_SENT, Confidence.CONFIRMED);
  }

  @Test
  void headerStrippedIsConfirmedThroughXmlRpc() {
    DoctorReport report =
        doctor("stripped")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d =
        diagnosed(report, LikelyCause.AUTHORIZATION_HEADER_STRIPPED, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("CGIPassAuth On", "HTTP_AUTHORIZATION");
    Secrets.assertAbsent(report, wp.login("admin"), wp.appPassword("admin"));
  }

  @Test
  void loginPasswordInsteadOfApplicationPasswordIsConfirmed() {
    DoctorReport report =
        doctor("modphp")
            .applicationPassword(wp.login("admin"), wp.password("admin"))
            .build()
            .examine();

    diagnosed(
        report, LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD, Confidence.CONFIRMED);
    Secrets.assertAbsent(report, wp.login("admin"), wp.password("admin"));
  }

  @Test
  void aRejectedCredentialIsLikelyWithApplicationPasswordsOffForTheUserStillOpen() {
    // XML-RPC refuses a correct Application Password the same way where they are off for the user.
    DoctorReport report =
        doctor("modphp")
            .applicationPassword(wp.login("author"), "AAAA BBBB CCCC DDDD EEEE FFFF")
            .build()
            .examine();

    Diagnosis d = diagnosed(report, LikelyCause.CREDENTIALS_REJECTED, Confidence.LIKELY);
    assertThat(d.alternatives())
        .extracting(a -> a.cause())
        .contains(LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER);
  }

  @Test
  void applicationPasswordsUnavailableOverPlainHttpInProduction() {
    DoctorReport report =
        doctor("production")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d =
        diagnosed(report, LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("WP_ENVIRONMENT_TYPE");
  }

  @Test
  void bearerWithoutAPlugin() {
    DoctorReport report = doctor("modphp").bearer("eyJ0.eyJ1.c2ln").build().examine();

    diagnosed(report, LikelyCause.BEARER_NOT_SUPPORTED, Confidence.CONFIRMED);
  }

  @Test
  void bearerRejectedByTheJwtPlugin() {
    DoctorReport report = doctor("jwt").bearer("not.a.token").build().examine();

    diagnosed(report, LikelyCause.BEARER_TOKEN_REJECTED, Confidence.CONFIRMED);
  }

  @Test
  void aSubscriberMayNotCreatePosts() {
    DoctorReport report =
        doctor("modphp")
            .applicationPassword(wp.login("subscriber"), wp.appPassword("subscriber"))
            .route("/wp/v2/posts")
            .method(HttpMethod.POST)
            .build()
            .examine();

    diagnosed(report, LikelyCause.INSUFFICIENT_CAPABILITY, Confidence.CONFIRMED);
    assertThat(report.identity()).contains(wp.login("subscriber") + " (id 3)");
  }

  @Test
  void anUnknownRoute() {
    DoctorReport report =
        doctor("modphp")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .route("/wp/v2/no-such-route")
            .build()
            .examine();

    diagnosed(report, LikelyCause.ROUTE_NOT_FOUND, Confidence.CONFIRMED);
  }

  @Test
  void anAcceptedIdentityThroughRestRouteIsOkWithAWarningThatWpJsonIsNotServed() {
    DoctorReport report =
        AuthDoctor.builder(URI.create(wp.url("norewrite") + "wp-json/"))
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    assertThat(report.ok()).as(report.toString()).isTrue();
    assertThat(report.warnings())
        .extracting(DoctorWarning::kind)
        .containsExactly(DoctorWarning.Kind.REST_ROUTE_ONLY);
  }

  @Test
  void aCrossOriginRedirectIsNotFollowed() {
    DoctorReport report =
        doctor("redirect")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d =
        diagnosed(report, LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains(wp.get("site.redirect.target").replaceAll("/$", ""));
    assertThat(report.requestsSent()).isEqualTo(1);
  }

  @Test
  void aValidApplicationPasswordIsOk() {
    DoctorReport report =
        doctor("modphp")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .route("/wp/v2/posts")
            .method(HttpMethod.POST)
            .build()
            .examine();

    assertThat(report.ok()).as(report.toString()).isTrue();
    assertThat(report.identity()).contains(wp.login("admin") + " (id 1)");
    Secrets.assertAbsent(report, wp.login("admin"), wp.appPassword("admin"));
  }

  @Test
  void aValidApplicationPasswordIsOkOverHttps() {
    DoctorReport report =
        doctor("https")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    assertThat(report.ok()).as(report.toString()).isTrue();
    assertThat(report.identity()).contains(wp.login("admin") + " (id 1)");
  }

  @Test
  void anAdministratorsCookieLoginIsOkAndRunsSiteHealth() {
    DoctorReport report =
        doctor("stripped").cookieLogin(wp.login("admin"), wp.password("admin")).build().examine();

    assertThat(report.ok()).as(report.toString()).isTrue();
    assertThat(report.probes())
        .extracting(ProbeResult::finding)
        .anyMatch(f -> f.contains("header is missing"));
    Secrets.assertAbsent(report, wp.login("admin"), wp.password("admin"));
  }
}
