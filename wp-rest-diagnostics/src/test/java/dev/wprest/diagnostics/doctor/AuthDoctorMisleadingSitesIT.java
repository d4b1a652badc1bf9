package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.HttpMethod;
import dev.wprest.client.it.RealWordPress;
import dev.wprest.client.it.WpVersion;
import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The doctor on the harness sites set up the ways that once made it name the wrong cause: each
 * numbered case of the doctor's evidence rules, on real WordPress, with the cause, how sure the
 * doctor may be, and a first check that fits what is in front of WordPress.
 */
@ParameterizedClass
@EnumSource(WpVersion.class)
class AuthDoctorMisleadingSitesIT {
  private final RealWordPress wp;

  AuthDoctorMisleadingSitesIT(WpVersion version) {
    this.wp = RealWordPress.sites(version);
  }

  private AuthDoctor.Builder doctor(String url) {
    // Trusted everywhere: the http sites of the redirect cases lead to the https ones.
    return AuthDoctor.builder(URI.create(url))
        .callTimeout(Duration.ofSeconds(20))
        .trustCertificates(Paths.get(wp.get("site.https.cert")));
  }

  private AuthDoctor.Builder site(String site) {
    return doctor(wp.url(site));
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

  private List<LikelyCause> alternatives(Diagnosis d) {
    return d.alternatives().stream().map(Alternative::cause).collect(Collectors.toList());
  }

  private List<DoctorWarning> warnings(DoctorReport report, DoctorWarning.Kind kind) {
    return report.warnings().stream().filter(w -> w.kind() == kind).collect(Collectors.toList());
  }

  /** Case 1: the call asked about answered 401, so the answer is not OK, whatever OPTIONS says. */
  @Test
  void anonymousUsersMeIsNoCredentialsNotOk() {
    DoctorReport report = site("modphp").route("/wp/v2/users/me").build().examine();

    Diagnosis d = diagnosed(report, LikelyCause.NO_CREDENTIALS_SENT, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("Application Password");
  }

  /**
   * Case 2: WordPress advertises /wp-json/, the server does not rewrite it, ?rest_route= works and
   * accepts the identity: OK, with a warning that names ?rest_route=.
   */
  @Test
  void anAdvertisedRootThatIsNotServedIsOkWithAWarning() {
    DoctorReport report =
        site("lostrewrite")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    assertThat(report.ok()).as(report.toString()).isTrue();
    assertThat(report.identity()).contains(wp.login("admin") + " (id 1)");
    assertThat(warnings(report, DoctorWarning.Kind.REST_ROUTE_ONLY))
        .as(report.toString())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("?rest_route="));
    Secrets.assertAbsent(report, wp.login("admin"), wp.appPassword("admin"));
  }

  /**
   * Case 3: a correct Application Password of a user for whom a filter switches them off gets the
   * same 401 and the same XML-RPC fault as a wrong one: never CONFIRMED, and the other cause is an
   * alternative with a check that tells them apart.
   */
  @Test
  void applicationPasswordsOffForTheUserAreNeverAConfirmedRejection() {
    DoctorReport report =
        site("appoffuser")
            .applicationPassword(wp.login("author"), wp.appPassword("author"))
            .build()
            .examine();

    Diagnosis d = diagnosed(report, LikelyCause.CREDENTIALS_REJECTED, Confidence.LIKELY);
    assertThat(alternatives(d))
        .as(report.toString())
        .contains(LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER);
    assertThat(d.firstCheck())
        .containsAnyOf(
            "wp_is_application_passwords_available_for_user", "Application Passwords section");
    Secrets.assertAbsent(report, wp.login("author"), wp.appPassword("author"));
  }

  /**
   * Case 3, where the evidence does tell: a plugin looking the user up early makes WordPress itself
   * answer application_passwords_disabled_for_user.
   */
  @Test
  void applicationPasswordsOffForTheUserAreConfirmedWhereWordPressSaysSo() {
    DoctorReport report =
        site("appoffuserearly")
            .applicationPassword(wp.login("author"), wp.appPassword("author"))
            .build()
            .examine();

    Diagnosis d =
        diagnosed(
            report, LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("wp_is_application_passwords_available_for_user");
  }

  /** Case 4: a plugin refuses anonymous REST on every route, the index included. */
  @Test
  void aPluginBlockingAnonymousRestIsRestApiDisabled() {
    DoctorReport report = site("blockanon").build().examine();

    Diagnosis d = diagnosed(report, LikelyCause.REST_API_DISABLED, Confidence.CONFIRMED);
    assertThat(d.evidence().toString()).contains("rest_cannot_access");
    assertThat(d.firstCheck()).contains("plugin");
  }

  /** Case 4, the other side: identified requests pass the plugin, so OK with a warning. */
  @Test
  void aValidApplicationPasswordPassesThePluginWithAWarning() {
    DoctorReport report =
        site("blockanon")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    assertThat(report.ok()).as(report.toString()).isTrue();
    assertThat(warnings(report, DoctorWarning.Kind.ANONYMOUS_REST_BLOCKED))
        .as(report.toString())
        .isNotEmpty();
  }

  /**
   * Case 5: http -> https onto another port is not followed with credentials; the first check names
   * the URL to configure.
   */
  @Test
  void anHttpsRedirectOntoAnotherPortIsRefusedWithTheUrlToUse() {
    DoctorReport report =
        doctor(wp.get("site.redirectport.url"))
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d =
        diagnosed(report, LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains(wp.get("site.redirectport.target").replaceAll("/$", ""));
    assertThat(report.requestsSent()).isEqualTo(1);
  }

  /** Case 6: a token plugin answers valid Basic credentials with its own 403. */
  @Test
  void aTokenPluginClaimingEveryAuthorizationHeaderIsNotARejectedCredential() {
    DoctorReport report =
        site("jwt")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d = diagnosed(report, LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME, Confidence.CONFIRMED);
    assertThat(d.evidence().toString()).contains("jwt_auth_bad_auth_header");
    assertThat(d.firstCheck()).contains("jwt-auth/v1");
  }

  /** Case 7: wp-login.php says the user is not registered. */
  @Test
  void aCookieLoginOfAnUnknownUserIsUnknownUser() {
    DoctorReport report =
        site("modphp").cookieLogin("no-such-user", wp.password("admin")).build().examine();

    Diagnosis d = diagnosed(report, LikelyCause.UNKNOWN_USER, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("Users > All Users");
    Secrets.assertAbsent(report, "no-such-user", wp.password("admin"));
  }

  /** Case 9: a reverse proxy that drops Authorization needs the proxy's fix, not PHP-FPM's. */
  @Test
  void aReverseProxyDroppingTheHeaderGetsTheProxysFix() {
    DoctorReport report =
        site("nginxproxy")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d =
        diagnosed(report, LikelyCause.AUTHORIZATION_HEADER_STRIPPED, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("nginx", "proxy_set_header Authorization");
    // The proxy's own fix first; the Apache with php-fpm that may sit behind it only after.
    String check = d.firstCheck();
    assertThat(check.indexOf("proxy_set_header Authorization"))
        .isLessThan(check.indexOf("CGIPassAuth"));
  }

  /** Case 9: a certificate the JVM does not trust is not a DNS or firewall problem. */
  @Test
  void anUntrustedCertificateGetsTheTrustCertCheck() {
    DoctorReport report =
        AuthDoctor.builder(URI.create(wp.url("https")))
            .callTimeout(Duration.ofSeconds(20))
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d = diagnosed(report, LikelyCause.TRANSPORT_FAILED, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("certificate", "--trust-cert");
    assertThat(d.firstCheck()).doesNotContain("VPN", "DNS");
  }

  /** Case 9: settings need manage_options, which only an administrator has. */
  @Test
  void settingsNeedAnAdministratorNotAnAuthorOrEditor() {
    DoctorReport report =
        site("modphp")
            .applicationPassword(wp.login("author"), wp.appPassword("author"))
            .route("/wp/v2/settings")
            .method(HttpMethod.GET)
            .build()
            .examine();

    Diagnosis d = diagnosed(report, LikelyCause.INSUFFICIENT_CAPABILITY, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("manage_options").doesNotContain("author or editor");
  }

  /** Application Passwords off site-wide on an HTTPS site: no "serve it over HTTPS" advice. */
  @Test
  void applicationPasswordsOffOnAnHttpsSiteNameTheFilterNotHttps() {
    DoctorReport report =
        site("appoffhttps")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d =
        diagnosed(report, LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE, Confidence.CONFIRMED);
    assertThat(d.firstCheck())
        .contains("wp_is_application_passwords_available")
        .doesNotContain("Serve the site over HTTPS", "Call the site over https://");
  }

  /** Off site-wide on a local http site: the environment is not the cause either. */
  @Test
  void applicationPasswordsOffOnALocalSiteNameTheFilter() {
    DoctorReport report =
        site("appoffsite")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d =
        diagnosed(report, LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE, Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("wp_is_application_passwords_available");
  }

  /** The working case under nginx + PHP-FPM: nothing to fix. */
  @Test
  void aValidApplicationPasswordUnderNginxIsOk() {
    DoctorReport report =
        site("nginx")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    assertThat(report.ok()).as(report.toString()).isTrue();
    assertThat(report.warnings()).as(report.toString()).isEmpty();
  }

  /** A staging password in front of the site is the server's challenge, not WordPress's. */
  @Test
  void aStagingPasswordInFrontOfTheSiteIsAServerChallenge() {
    DoctorReport report =
        site("basicauth")
            .applicationPassword(wp.login("admin"), wp.appPassword("admin"))
            .build()
            .examine();

    Diagnosis d = diagnosed(report, LikelyCause.SERVER_LEVEL_AUTH_CHALLENGE, Confidence.CONFIRMED);
    assertThat(Stream.of(d.summary(), d.evidence().toString()))
        .anyMatch(s -> s.contains("Staging site"));
  }
}
