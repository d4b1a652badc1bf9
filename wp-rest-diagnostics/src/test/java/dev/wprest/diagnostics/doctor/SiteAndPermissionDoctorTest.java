package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.HttpMethod;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Discovery (where the API answers, who answers, redirects), identity accepted, permission. */
@WireMockTest
class SiteAndPermissionDoctorTest {
  private static final String APP_PASSWORD = ApplicationPasswordDoctorTest.APP_PASSWORD;

  private static AuthDoctor.Builder admin(URI site) {
    return AuthDoctor.builder(site).applicationPassword("itadmin", APP_PASSWORD);
  }

  @Test
  void aValidApplicationPasswordIsOkAndNamesTheIdentityAndThePassword(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-valid.admin.modphp")
            .recorded("application-passwords.introspect.admin.modphp");

    DoctorReport report = admin(site.url()).build().examine();

    assertThat(report.ok()).isTrue();
    assertThat(report.diagnosis()).isEmpty();
    assertThat(report.identity()).contains("itadmin (id 1)");
    assertThat(report.siteReachable()).isTrue();
    assertThat(report.probes())
        .extracting(ProbeResult::finding)
        .anyMatch(f -> f.contains("wp-rest-it"));
    assertThat(report.probes().get(0).request()).startsWith("GET " + site.url());
    assertThat(report.probes().get(0).status()).hasValue(200);
    site.assertReadOnlyWithinBudget(report);
    assertThat(site.journal()).noneMatch(r -> r.getUrl().contains("xmlrpc"));
  }

  @Test
  void aSubscriberAskingToPostIsConfirmedInsufficientByOptionsBeforeAnyWrite(
      WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-valid.subscriber.modphp")
            .recorded("posts.options.anonymous.modphp");

    DoctorReport report =
        AuthDoctor.builder(site.url())
            .applicationPassword("itsubscriber", APP_PASSWORD)
            .route("/wp/v2/posts")
            .method(HttpMethod.POST)
            .build()
            .examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.INSUFFICIENT_CAPABILITY);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("itsubscriber (id 3)", "Allow: GET", "POST /wp/v2/posts");
    assertThat(d.firstCheck()).contains("never open the route to the public");
    assertThat(report.identity()).contains("itsubscriber (id 3)");
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void anUnknownRouteIsConfirmedByOptionsAndTheIndexRoutes(WireMockRuntimeInfo wm) {
    // WordPress 6.1.9 answers OPTIONS on a path no route matches with 200, [] and no Allow.
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-valid.admin.modphp")
            .answer("OPTIONS", "/wp-json/wp/v2/no-such-route", 200, "application/json", "[]");

    DoctorReport report =
        admin(site.url()).route("/wp/v2/no-such-route").method(HttpMethod.POST).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.ROUTE_NOT_FOUND);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.evidence()).anyMatch(e -> e.value().contains("no route pattern of the index"));
  }

  @Test
  void aRoutePatternOfTheIndexIsNotCalledUnknown(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-valid.admin.modphp")
            .answer("OPTIONS", "/wp-json/wp/v2/posts/4", 200, "application/json", "[]");

    DoctorReport report =
        admin(site.url()).route("/wp/v2/posts/4").method(HttpMethod.PUT).build().examine();

    assertThat(report.diagnosis().map(Diagnosis::cause))
        .isNotEqualTo(java.util.Optional.of(LikelyCause.ROUTE_NOT_FOUND));
  }

  @Test
  void aRouteNotFoundCodeIsConfirmedToo(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-valid.admin.modphp")
            .recordedAt("route-unknown.modphp", "GET", "/wp-json/wp/v2/no-such-route");

    Diagnosis d =
        admin(site.url()).route("/wp/v2/no-such-route").build().examine().diagnosis().orElseThrow();

    assertThat(d.cause()).isEqualTo(LikelyCause.ROUTE_NOT_FOUND);
    assertThat(d.summary()).contains("404 rest_no_route");
  }

  @Test
  void aSiteUrlWhoseLinkNamesRestRouteIsOkAndSaysWpJsonFails(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .recordedAt("home.head.norewrite", "GET", "/")
            .recorded("wp-json.norewrite-apache-404")
            .restRoute("index.norewrite-rest-route", "GET", "/index.php", "/")
            .restRoute(
                "users-me.basic-valid.norewrite-rest-route",
                "GET",
                "/index.php",
                "/wp/v2/users/me");

    DoctorReport report = admin(site.url()).xmlRpcCrossCheck(false).build().examine();

    assertThat(report.ok()).isTrue();
    assertThat(report.probes())
        .extracting(ProbeResult::finding)
        .anyMatch(f -> f.contains("clients that hard-code /wp-json/ fail"));
  }

  @Test
  void anHtmlBlockPageInsteadOfJsonIsNotWordPressSpeaking(WireMockRuntimeInfo wm) {
    FakeSite site = new FakeSite(wm).home().handMadeUnder("wordfence-block", "/wp-json/");

    DoctorReport report = admin(site.url()).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause())
        .isIn(LikelyCause.BLOCKED_BY_SECURITY_LAYER, LikelyCause.NOT_WORDPRESS_RESPONSE);
    assertThat(d.confidence()).isNotEqualTo(Confidence.CONFIRMED);
    assertThat(d.evidence())
        .anyMatch(e -> e.fromProbe() && e.value().contains("not WordPress's JSON index"));
    assertThat(site.journal()).noneMatch(r -> r.getUrl().contains("xmlrpc"));
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aRedirectToAnotherOriginIsConfirmedAndNotFollowed(WireMockRuntimeInfo wm) {
    FakeSite site = new FakeSite(wm).redirect("/", 301, "https://www.example.org/");

    DoctorReport report = admin(site.url()).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.firstCheck()).contains("https://www.example.org");
    assertThat(site.journal()).hasSize(1);
    assertThat(site.journal().get(0).containsHeader("Authorization")).isFalse();
    assertThat(report.requestsSent()).isEqualTo(1);
  }

  @Test
  void anUnreachableSiteIsReportedAsSuch() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }

    DoctorReport report = admin(URI.create("http://127.0.0.1:" + port + "/")).build().examine();

    assertThat(report.siteReachable()).isFalse();
    assertThat(report.diagnosis().orElseThrow().cause()).isEqualTo(LikelyCause.TRANSPORT_FAILED);
    assertThat(report.requestsSent()).isEqualTo(1);
  }
}
