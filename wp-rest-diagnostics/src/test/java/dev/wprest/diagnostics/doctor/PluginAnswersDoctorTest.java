package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Security plugins whose answers the doctor once read as core's: All-In-One Security's wp_die() on
 * every REST request, login limiters that make XML-RPC refuse a right password, and REST lock-down
 * plugins beside a stripped header. Each answer is the plugin's, read from its source.
 */
@WireMockTest
class PluginAnswersDoctorTest {
  private static final String APP_PASSWORD = ApplicationPasswordDoctorTest.APP_PASSWORD;
  private static final String LOGIN_PASSWORD = ApplicationPasswordDoctorTest.LOGIN_PASSWORD;

  /** Limit Login Attempts Reloaded's xmlrpc_error_messages() during a lockout. */
  static final String LLAR_LOCKOUT_FAULT =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><fault><value><struct>"
          + "<member><name>faultCode</name><value><int>403</int></value></member>"
          + "<member><name>faultString</name><value><string>ERROR: Too many failed login"
          + " attempts. Please try again in 20 minutes.</string></value></member>"
          + "</struct></value></fault></methodResponse>\n";

  private static DoctorReport examine(FakeSite site, String password) {
    AuthDoctor.Builder b = AuthDoctor.builder(site.url());
    if (password != null) {
      b.applicationPassword("itadmin", password);
    }
    return b.build().examine();
  }

  private static FakeSite aios(WireMockRuntimeInfo wm) {
    return new FakeSite(wm)
        .home()
        .handMadeAt("aios-rest-wp-die", "GET", "/wp-json/")
        .handMade("aios-rest-wp-die");
  }

  @Test
  void aPluginsWpDieIsARestrictedApiNotAServerErrorWhenXmlRpcAcceptsTheCredential(
      WireMockRuntimeInfo wm) {
    FakeSite site = aios(wm).recorded("xmlrpc.getUsersBlogs.app-password.stripped");

    DoctorReport report = examine(site, APP_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.REST_API_DISABLED);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.summary())
        .contains("500 wp_die", "All-In-One Security", "XML-RPC accepted", "credential is good");
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .contains(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.firstCheck()).contains("Disallow unauthorized REST requests", "browser session");
    site.assertReadOnlyWithinBudget(report);
    Secrets.assertAbsent(report, "itadmin", APP_PASSWORD);
  }

  @Test
  void aPluginsWpDieWithACredentialXmlRpcRefusesIsAWrongCredentialBehindThePlugin(
      WireMockRuntimeInfo wm) {
    FakeSite site = aios(wm).recorded("xmlrpc.getUsersBlogs.bad-password.stripped");

    DoctorReport report = examine(site, APP_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();

    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .contains(LikelyCause.REST_API_DISABLED);
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aPluginsWpDieWithALoginPasswordNamesTheLoginPasswordAndThePlugin(WireMockRuntimeInfo wm) {
    FakeSite site = aios(wm).recorded("xmlrpc.getUsersBlogs.login-password.stripped");

    DoctorReport report = examine(site, LOGIN_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();

    assertThat(d.cause()).isEqualTo(LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("Create an Application Password", "wp_die()");
    Secrets.assertAbsent(report, "itadmin", LOGIN_PASSWORD);
  }

  @Test
  void aPluginsWpDieOnTheIndexWithoutCredentialsIsARestrictedApi(WireMockRuntimeInfo wm) {
    FakeSite site = aios(wm);

    DoctorReport report = examine(site, null);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.REST_API_DISABLED);
    assertThat(d.firstCheck())
        .contains("wp_die()", "All-In-One Security")
        .doesNotContain("lets identified requests through");
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aLoginLimitersLockoutFaultIsNoEvidenceAboutThePassword(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.stripped-header")
            .recorded("users-me.basic-valid.stripped-header")
            .answer("POST", "/xmlrpc.php", 200, "text/xml", LLAR_LOCKOUT_FAULT);

    DoctorReport report = examine(site, APP_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.confidence()).isNotEqualTo(Confidence.CONFIRMED);
    assertThat(d.evidence())
        .filteredOn(e -> e.label().equals("XML-RPC wp.getUsersBlogs"))
        .singleElement()
        .satisfies(e -> assertThat(e.value()).contains("Too many failed login", "no evidence"));
    // Both stay open, as on a site where XML-RPC is off.
    assertThat(d.cause()).isIn(causesOpen(d));
    assertThat(causesOpen(d))
        .contains(LikelyCause.AUTHORIZATION_HEADER_STRIPPED, LikelyCause.CREDENTIALS_REJECTED);
    site.assertReadOnlyWithinBudget(report);
  }

  private static List<LikelyCause> causesOpen(Diagnosis d) {
    List<LikelyCause> open = new ArrayList<>();
    open.add(d.cause());
    d.alternatives().forEach(a -> open.add(a.cause()));
    return open;
  }

  @Test
  void aLoginPasswordBothDoorsRefuseIsNamedFirstNeverConfirmedRefused(WireMockRuntimeInfo wm) {
    // Loginizer (and LLAR's authenticate filter) during a lockout: core's own fault, right
    // password or not.
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-login-password.modphp")
            .recorded("xmlrpc.getUsersBlogs.bad-password.stripped");

    DoctorReport report = examine(site, LOGIN_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .contains(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.summary()).contains("login lockout");
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aWrongApplicationPasswordBothDoorsRefuseKeepsTheStrippedHeaderOpen(WireMockRuntimeInfo wm) {
    // A login limiter is invisible in the index and makes XML-RPC refuse a right password too.
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-bad-app-password.modphp")
            .recorded("xmlrpc.getUsersBlogs.bad-password.stripped");

    Diagnosis d = examine(site, APP_PASSWORD).diagnosis().orElseThrow();

    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .contains(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
  }

  @Test
  void aStrippedHeaderBehindALockDownPluginIsConfirmedWithNothingLeftOpen(WireMockRuntimeInfo wm) {
    // The plugin answers rest_authorization_required_code(): 401, so WordPress saw no identity.
    FakeSite site =
        new FakeSite(wm)
            .home()
            .handMadeAt("disable-rest-api-login-required", "GET", "/wp-json/")
            .handMade("disable-rest-api-login-required")
            .recorded("xmlrpc.getUsersBlogs.app-password.stripped");

    DoctorReport report = examine(site, APP_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.alternatives()).isEmpty();
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void unavailableApplicationPasswordsWithALoginPasswordStayConfirmedAndSayBoth(
      WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.production-http")
            .recorded("users-me.basic-valid.production-http")
            .recordedAt(
                "application-passwords.list.production-http",
                "GET",
                "/wp-json/wp/v2/users/me/application-passwords/introspect")
            .recorded("xmlrpc.getUsersBlogs.login-password.production-http");

    DoctorReport report = examine(site, LOGIN_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.alternatives()).isEmpty();
    assertThat(d.firstCheck())
        .startsWith("First check whether the site is HTTPS or local")
        .contains("Wordfence's \"Disable WordPress application passwords\"", "not shaped like one");
    site.assertReadOnlyWithinBudget(report);
  }
}
