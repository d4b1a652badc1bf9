package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import dev.wprest.diagnostics.LikelyCause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Basic credentials answered as anonymous: the index and the XML-RPC cross-check tell a stripped
 * header from a login password from a wrong credential, on recorded real WordPress answers.
 */
@WireMockTest
class ApplicationPasswordDoctorTest {
  static final String APP_PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678";
  static final String LOGIN_PASSWORD = "correct-Horse!battery#staple42";

  private static DoctorReport examine(FakeSite site, String password) {
    return AuthDoctor.builder(site.url())
        .applicationPassword("itadmin", password)
        .build()
        .examine();
  }

  private static FakeSite stripped(WireMockRuntimeInfo wm) {
    return new FakeSite(wm)
        .home()
        .recorded("index.stripped-header")
        .recorded("users-me.basic-valid.stripped-header");
  }

  @Test
  void headerStrippedIsConfirmedWhenXmlRpcAcceptsTheSameApplicationPassword(
      WireMockRuntimeInfo wm) {
    FakeSite site = stripped(wm).recorded("xmlrpc.getUsersBlogs.app-password.stripped");

    DoctorReport report = examine(site, APP_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(report.ok()).isFalse();
    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.alternatives()).isEmpty();
    assertThat(d.summary()).contains("401 rest_not_logged_in", "XML-RPC accepted");
    assertThat(d.firstCheck())
        .contains(
            "RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]", "CGIPassAuth On");
    assertThat(d.evidence())
        .filteredOn(Evidence::fromProbe)
        .extracting(Evidence::label)
        .contains("XML-RPC wp.getUsersBlogs", "index");
    assertThat(report.probes()).extracting(ProbeResult::name).contains("xml-rpc", "identity");
    site.assertReadOnlyWithinBudget(report);
    Secrets.assertAbsent(report, "itadmin", APP_PASSWORD);
  }

  @Test
  void theFixNamesNginxFirstThenTheApacheWithPhpFpmBehindIt(WireMockRuntimeInfo wm) {
    FakeSite site = new FakeSite(wm).server("nginx/1.24.0");
    site.home()
        .recorded("index.stripped-header")
        .recorded("users-me.basic-valid.stripped-header")
        .recorded("xmlrpc.getUsersBlogs.app-password.stripped");

    Diagnosis d = examine(site, APP_PASSWORD).diagnosis().orElseThrow();

    // The Server header names only the front: nginx passes the header by default, so the Apache
    // with php-fpm behind a proxying nginx is named too, after nginx's own fixes.
    assertThat(d.firstCheck())
        .startsWith("Find the hop that drops the Authorization header (the site answers as nginx")
        .contains(
            "proxy_set_header Authorization $http_authorization;",
            "If nginx already passes it on",
            "CGIPassAuth On",
            "fastcgi_param HTTP_AUTHORIZATION $http_authorization;");
    assertThat(d.firstCheck().indexOf("proxy_set_header Authorization \"\""))
        .isLessThan(d.firstCheck().indexOf("CGIPassAuth On"));
  }

  @Test
  void loginPasswordIsConfirmedWhenXmlRpcAcceptsAPasswordNotShapedLikeOne(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-login-password.modphp")
            .recorded("xmlrpc.getUsersBlogs.login-password.stripped");

    DoctorReport report = examine(site, LOGIN_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("Application Password", "itadmin");
    site.assertReadOnlyWithinBudget(report);
    Secrets.assertAbsent(report, "itadmin", LOGIN_PASSWORD);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "blocked by the host (405)|405|text/plain|XML-RPC server accepts POST requests only.",
        "an HTML block page|403|text/html|<html><head><title>403 Forbidden</title></head></html>",
        "xmlrpc_enabled false|200|text/xml|<?xml version=\"1.0\"?><methodResponse><fault><value>"
            + "<struct><member><name>faultCode</name><value><int>405</int></value></member>"
            + "<member><name>faultString</name><value><string>XML-RPC services are disabled on"
            + " this site.</string></value></member></struct></value></fault></methodResponse>",
      })
  void xmlRpcOffIsNoEvidenceAndLikelyStaysLikely(
      String why, int status, String type, String body, WireMockRuntimeInfo wm) {
    FakeSite site = stripped(wm).answer("POST", "/xmlrpc.php", status, type, body);

    DoctorReport report = examine(site, APP_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.alternatives())
        .extracting(a -> a.cause())
        .contains(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.evidence())
        .filteredOn(e -> e.label().equals("XML-RPC wp.getUsersBlogs"))
        .singleElement()
        .satisfies(e -> assertThat(e.value()).contains("no evidence"));
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void theCrossCheckCanBeSwitchedOff(WireMockRuntimeInfo wm) {
    FakeSite site = stripped(wm).recorded("xmlrpc.getUsersBlogs.app-password.stripped");

    DoctorReport report =
        AuthDoctor.builder(site.url())
            .applicationPassword("itadmin", APP_PASSWORD)
            .xmlRpcCrossCheck(false)
            .build()
            .examine();

    assertThat(site.journal()).noneMatch(r -> r.getUrl().contains("xmlrpc"));
    assertThat(report.diagnosis().orElseThrow().confidence()).isEqualTo(Confidence.LIKELY);
  }

  @Test
  void unavailableApplicationPasswordsAreConfirmedByTheIndexAndTheirRoutes(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.production-http")
            .recorded("users-me.basic-valid.production-http")
            .recordedAt(
                "application-passwords.list.production-http",
                "GET",
                "/wp-json/wp/v2/users/me/application-passwords/introspect")
            .recorded("xmlrpc.getUsersBlogs.app-password.production-http");

    DoctorReport report = examine(site, APP_PASSWORD);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("authentication is []", "501 application_passwords_disabled");
    assertThat(d.firstCheck())
        .startsWith("First check whether the site is HTTPS or local")
        .contains(
            "WP_ENVIRONMENT_TYPE",
            "Wordfence's \"Disable WordPress application passwords\" (Wordfence > All Options >"
                + " Brute Force Protection");
    // XML-RPC refuses an Application Password where they are unavailable: not asked, not evidence.
    assertThat(site.journal()).noneMatch(r -> r.getUrl().contains("xmlrpc"));
    site.assertReadOnlyWithinBudget(report);
  }
}
