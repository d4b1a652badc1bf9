package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.internal.RedirectRules;
import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import dev.wprest.diagnostics.LikelyCause;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The answers the doctor once got wrong, each on the answers real WordPress 6.1.9 gives (recorded
 * where the harness records them, else built as the project's WordPress facts describe them).
 */
@WireMockTest
class MisleadingAnswersDoctorTest {
  private static final String APP_PASSWORD = ApplicationPasswordDoctorTest.APP_PASSWORD;
  private static final String LOGIN_PASSWORD = ApplicationPasswordDoctorTest.LOGIN_PASSWORD;

  private static AuthDoctor.Builder admin(URI site) {
    return AuthDoctor.builder(site).applicationPassword("itadmin", APP_PASSWORD);
  }

  @Test
  void anAnonymousCallToUsersMeIsNotOkWhenItsOwnGetAnswered401(WireMockRuntimeInfo wm) {
    // users/me's Allow lists GET for anyone; the callback refuses: the call decides.
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.anonymous.modphp")
            .recordedAt("users-me.options.anonymous.modphp", "OPTIONS", "/wp-json/wp/v2/users/me");

    DoctorReport report = AuthDoctor.builder(site.url()).route("/wp/v2/users/me").build().examine();

    assertThat(report.ok()).isFalse();
    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.NO_CREDENTIALS_SENT);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("401 rest_not_logged_in");
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aSiteWhoseAdvertisedWpJsonIsLostIsOkThroughRestRouteWithAWarning(WireMockRuntimeInfo wm) {
    // Pretty permalinks in WordPress, no rewrite rules in the server: the Link names /wp-json/.
    FakeSite site =
        new FakeSite(wm)
            .recordedAt("home.head.lostrewrite", "GET", "/")
            .recorded("wp-json.lostrewrite-apache-404")
            .restRoute("index.norewrite-rest-route", "GET", "/", "/")
            .restRoute(
                "users-me.basic-valid.lostrewrite-rest-route", "GET", "/", "/wp/v2/users/me");

    DoctorReport report = admin(site.url()).build().examine();

    assertThat(report.ok()).isTrue();
    assertThat(report.identity()).contains("itadmin (id 1)");
    assertThat(report.warnings())
        .extracting(DoctorWarning::kind)
        .containsExactly(DoctorWarning.Kind.REST_ROUTE_ONLY);
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void anAcceptedIdentityThroughRestRouteIsOkWithAWarningAboutWpJson(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .recorded("wp-json.norewrite-apache-404")
            .restRoute("index.norewrite-rest-route", "GET", "/", "/")
            .restRoute("users-me.basic-valid.norewrite-rest-route", "GET", "/", "/wp/v2/users/me");

    DoctorReport report = admin(site.url().resolve("/wp-json/")).build().examine();

    assertThat(report.ok()).isTrue();
    assertThat(report.identity()).contains("itadmin (id 1)");
    assertThat(report.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(DoctorWarning.Kind.REST_ROUTE_ONLY);
              assertThat(w.message()).contains("?rest_route=/", "is not served");
            });
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void anXmlRpcFaultLeavesApplicationPasswordsOffForTheUserOpen(WireMockRuntimeInfo wm) {
    // A correct Application Password of a user for whom a filter switches them off gets exactly
    // the answers of a wrong one: 401 rest_not_logged_in and XML-RPC fault 403.
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.appoffuser")
            .recorded("users-me.basic-valid.author.appoffuser")
            .recorded("xmlrpc.getUsersBlogs.app-password.author.appoffuser");

    DoctorReport report =
        AuthDoctor.builder(site.url())
            .applicationPassword("itauthor", APP_PASSWORD)
            .build()
            .examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .contains(LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER, LikelyCause.UNKNOWN_USER);
    assertThat(d.firstCheck())
        .contains(
            "Application Passwords section", "wp_is_application_passwords_available_for_user");
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aPluginRefusingAnonymousRestIsRestApiDisabledWithItsCode(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .recordedAt("home.head.blockanon", "GET", "/")
            .recorded("index.blockanon")
            .recorded("users-me.anonymous.blockanon");

    DoctorReport report = AuthDoctor.builder(site.url()).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.REST_API_DISABLED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("rest_cannot_access");
    assertThat(d.evidence())
        .anyMatch(e -> e.fromProbe() && e.value().contains("401 rest_cannot_access"));
    assertThat(report.warnings())
        .extracting(DoctorWarning::kind)
        .contains(DoctorWarning.Kind.ANONYMOUS_REST_BLOCKED);
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aValidApplicationPasswordPassesAnAnonymousBlockAndIsOkWithAWarning(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .recordedAt("home.head.blockanon", "GET", "/")
            .recorded("index.blockanon")
            .recorded("users-me.basic-valid.blockanon")
            .recorded("application-passwords.introspect.admin.modphp");

    DoctorReport report = admin(site.url()).build().examine();

    assertThat(report.ok()).isTrue();
    assertThat(report.warnings())
        .extracting(DoctorWarning::kind)
        .containsExactly(DoctorWarning.Kind.ANONYMOUS_REST_BLOCKED);
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void anHttpsUpgradeOntoAnotherPortIsRefusedWithTheUrlToConfigure(WireMockRuntimeInfo wm) {
    String target = "https://127.0.0.1:8443/";
    FakeSite site = new FakeSite(wm).recorded("redirectport.get.home");

    DoctorReport report =
        admin(URI.create("http://127.0.0.1:" + wm.getHttpPort() + "/")).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("another port");
    assertThat(d.firstCheck()).contains("configure " + target);
    assertThat(site.journal()).hasSize(1);
    assertThat(site.journal().get(0).containsHeader("Authorization")).isFalse();
  }

  @Test
  void anHttpsUpgradeOnTheDefaultPortIsFollowedWithAWarningToConfigureIt() {
    assertThat(
            RedirectRules.isSafeUpgrade(
                URI.create("http://example.com/"), URI.create("https://example.com/")))
        .isTrue();
    assertThat(
            RedirectRules.isSafeUpgrade(
                URI.create("http://example.com/"), URI.create("https://example.com:443/")))
        .isTrue();
    assertThat(
            RedirectRules.isSafeUpgrade(
                URI.create("http://example.com/"), URI.create("https://example.com:8443/")))
        .isFalse();
    assertThat(
            RedirectRules.isSafeUpgrade(
                URI.create("http://example.com/"), URI.create("https://www.example.com/")))
        .isFalse();
  }

  @Test
  void anUpgradeWarningNamesTheHttpsUrl(WireMockRuntimeInfo wm) {
    // 127.0.0.1:443 answers nothing here: the doctor warns before it follows, then reports that.
    new FakeSite(wm).recorded("upgrade.get.home");

    DoctorReport report =
        admin(URI.create("http://127.0.0.1:" + wm.getHttpPort() + "/")).build().examine();

    assertThat(report.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.kind()).isEqualTo(DoctorWarning.Kind.HTTPS_UPGRADE);
              assertThat(w.message()).contains("configure https://127.0.0.1/");
            });
  }

  @Test
  void aTokenPluginRefusingValidBasicCredentialsIsConfirmedByXmlRpc(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.jwt")
            .recorded("users-me.basic-valid.jwt")
            .recorded("xmlrpc.getUsersBlogs.app-password.modphp");

    DoctorReport report = admin(site.url()).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("403 jwt_auth_bad_auth_header", "jwt-auth/v1");
    assertThat(d.firstCheck()).contains("jwtLogin");
    site.assertReadOnlyWithinBudget(report);
    Secrets.assertAbsent(report, "itadmin", APP_PASSWORD);
  }

  @Test
  void aTokenPluginRefusingBasicWithoutXmlRpcIsLikelyWithRejectedOpen(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm).home().recorded("index.jwt").recorded("users-me.basic-valid.jwt");

    DoctorReport report = admin(site.url()).xmlRpcCrossCheck(false).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .contains(LikelyCause.CREDENTIALS_REJECTED);
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aCookieLoginOfAnUnregisteredUserIsConfirmedUnknownUser(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("wp-login.post.unknown-user.modphp");

    DoctorReport report =
        AuthDoctor.builder(site.url()).cookieLogin("nobody", LOGIN_PASSWORD).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.UNKNOWN_USER);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("not registered");
    assertThat(site.journal()).noneMatch(r -> r.getUrl().contains("xmlrpc"));
    site.assertReadOnlyWithinBudget(report);
    Secrets.assertAbsent(report, "nobody", LOGIN_PASSWORD);
  }

  @Test
  void aCookieLoginWithAWrongPasswordIsConfirmedRejectedByTheLoginPage(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm).home().recorded("index.modphp").handMade("wp-login.wrong-password");

    DoctorReport report =
        AuthDoctor.builder(site.url()).cookieLogin("itadmin", LOGIN_PASSWORD).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void anNginxReverseProxyDroppingTheHeaderGetsTheProxyFixFirst(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .recordedAt("home.head.nginxproxy", "GET", "/")
            .recorded("index.nginxproxy")
            .recorded("users-me.basic-valid.nginxproxy")
            .recorded("xmlrpc.getUsersBlogs.app-password.nginxproxy");

    DoctorReport report = admin(site.url()).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.firstCheck())
        .contains("nginx/1.22.1", "proxy_set_header Authorization $http_authorization;");
    assertThat(d.firstCheck().indexOf("proxy_set_header"))
        .as("nginx's own fix comes before the Apache behind it that may drop the header instead")
        .isLessThan(d.firstCheck().indexOf("CGIPassAuth"));
    assertThat(d.firstCheck().indexOf("proxy_set_header"))
        .as("the proxy fix comes before fastcgi_param: nginx hands the header to PHP-FPM itself")
        .isLessThan(d.firstCheck().indexOf("fastcgi_param"));
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aViaHeaderMakesItTheProxyFixFirst(WireMockRuntimeInfo wm) {
    FakeSite site = new FakeSite(wm);
    wm.getWireMock()
        .register(
            com.github.tomakehurst.wiremock.client.WireMock.get("/")
                .willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(200)
                        .withHeader("Server", "nginx/1.22.1")
                        .withHeader("Via", "1.1 proxy")
                        .withHeader(
                            "Link", "<" + site.url() + "wp-json/>; rel=\"https://api.w.org/\"")
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html></html>")));
    site.recorded("index.nginxproxy")
        .recorded("users-me.basic-valid.nginxproxy")
        .recorded("xmlrpc.getUsersBlogs.app-password.nginxproxy");

    Diagnosis d = admin(site.url()).build().examine().diagnosis().orElseThrow();

    assertThat(d.firstCheck()).startsWith("nginx proxies the requests to another server");
    assertThat(d.firstCheck()).contains("proxy_set_header Authorization $http_authorization;");
    assertThat(d.firstCheck()).doesNotContain("fastcgi_param");
  }

  @Test
  void aHomePageRedirectingToItselfIsAWarningWhenTheApiAnswers(WireMockRuntimeInfo wm) {
    // WordPress's canonical redirect on nginx answers / with a 301 to / (seen on the harness).
    FakeSite site = new FakeSite(wm);
    site.redirect("/", 301, site.url().toString())
        .recorded("index.nginx")
        .recorded("users-me.basic-valid.nginx")
        .recorded("application-passwords.introspect.admin.modphp");

    DoctorReport report = admin(site.url()).build().examine();

    assertThat(report.ok()).isTrue();
    assertThat(report.warnings())
        .extracting(DoctorWarning::kind)
        .containsExactly(DoctorWarning.Kind.HOME_PAGE_REDIRECT_LOOP);
    assertThat(report.warnings().get(0).message()).contains(site.url() + "wp-json/");
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void settingsForASubscriberNamesManageOptionsNotAnAuthorOrEditor(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-valid.subscriber.modphp")
            .recorded("settings.subscriber.modphp");

    DoctorReport report =
        AuthDoctor.builder(site.url())
            .applicationPassword("itsubscriber", APP_PASSWORD)
            .route("/wp/v2/settings")
            .build()
            .examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.INSUFFICIENT_CAPABILITY);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("403 rest_forbidden");
    assertThat(d.firstCheck()).contains("manage_options", "administrator");
    assertThat(d.firstCheck()).doesNotContain("author or editor");
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void applicationPasswordsOffOnAnHttpsSiteGetNoServeItOverHttpsAdvice() {
    assertThat(ServerFixes.offerApplicationPasswords(false))
        .contains("wp_is_application_passwords_available")
        .doesNotContain("Serve the site over HTTPS", "WP_ENVIRONMENT_TYPE");
    assertThat(ServerFixes.offerApplicationPasswords(true)).contains("HTTPS");
  }

  @Test
  void xmlRpcOffIsAWarningThatTheStrippedHeaderCannotBeProven(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.stripped-header")
            .recorded("users-me.basic-valid.stripped-header")
            .answer(
                "POST",
                "/xmlrpc.php",
                405,
                "text/plain",
                "XML-RPC server accepts POST requests only.");

    DoctorReport report = admin(site.url()).build().examine();

    assertThat(report.diagnosis().orElseThrow().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(report.warnings())
        .anySatisfy(w -> assertThat(w.kind()).isEqualTo(DoctorWarning.Kind.XML_RPC_UNAVAILABLE));
    assertThat(report.diagnosis().orElseThrow().alternatives())
        .extracting(Alternative::cause)
        .contains(LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER);
  }

  @Test
  void aConfirmedVerdictCitesItsProbe(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.stripped-header")
            .recorded("users-me.basic-valid.stripped-header")
            .recorded("xmlrpc.getUsersBlogs.app-password.stripped");

    Diagnosis d = admin(site.url()).build().examine().diagnosis().orElseThrow();

    assertThat(d.evidence())
        .filteredOn(e -> e.label().equals("proof"))
        .singleElement()
        .extracting(Evidence::value)
        .asString()
        .startsWith("xml-rpc probe: XML-RPC accepted");
  }

  @Test
  void aWriteAllowedByOptionsIsOkWithAWarningThatItWasNotSent(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-valid.admin.modphp")
            .recorded("application-passwords.introspect.admin.modphp")
            .recorded("posts.options.admin.modphp")
            .handMade("posts.create.invalid-status.admin");

    DoctorReport report =
        admin(site.url()).route("/wp/v2/posts").method(HttpMethod.POST).build().examine();

    assertThat(report.ok()).isTrue();
    assertThat(report.warnings())
        .extracting(DoctorWarning::kind)
        .containsExactly(DoctorWarning.Kind.WRITE_NOT_SENT);
    assertThat(report.warnings().get(0).message())
        .contains("the same write with a deliberately invalid argument reached WordPress");
    // The only write is the probe WordPress refuses before writing anything.
    assertThat(site.journal())
        .filteredOn(r -> r.getMethod().getName().equals("POST"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.getBodyAsString())
                    .isEqualTo("{\"status\":\"" + WriteProbe.INVALID + "\"}"));
    site.assertReadOnlyWithinBudget(report);
  }

  @Test
  void aWriteAFirewallRefusesDoesNotReachWordPressAsSent(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-valid.admin.modphp")
            .recorded("application-passwords.introspect.admin.modphp")
            .recorded("posts.options.admin.modphp")
            .handMadeAt("modsecurity-not-acceptable", "POST", "/wp-json/wp/v2/posts");

    DoctorReport report =
        admin(site.url()).route("/wp/v2/posts").method(HttpMethod.POST).build().examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.BLOCKED_BY_SECURITY_LAYER);
    assertThat(d.summary())
        .contains(
            "OPTIONS lists POST for it, but POST",
            "with a deliberately invalid status (which WordPress refuses with 400"
                + " rest_invalid_param before it writes anything) was answered 406",
            "the write does not reach WordPress as sent");
    assertThat(report.identity()).isPresent();
    site.assertReadOnlyWithinBudget(report);
  }
}
