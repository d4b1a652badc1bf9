package dev.wprest.diagnostics;

import static dev.wprest.diagnostics.DiagnosisAssert.assertDiagnosis;
import static dev.wprest.diagnostics.Fixture.handMade;
import static dev.wprest.diagnostics.Fixture.recorded;
import static dev.wprest.diagnostics.Fixture.securityLayer;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WpRequest;
import org.junit.jupiter.api.Test;

/**
 * The first check is read from the evidence of the failed call, one golden per cause and producer:
 * the layer that answered (Server, Via), the JSON's own words, its status and its details. Each
 * separating check names both branches; none is a fix the evidence shows cannot help.
 */
@WireMockTest
class FirstCheckFromEvidenceTest {
  private static final String ME = "/wp/v2/users/me";

  @Test
  void apacheStrippingTheHeaderGetsApachesFixAndBothBranches(WireMockRuntimeInfo wm) {
    Diagnosis d = get(wm, recorded("users-me.basic-valid.stripped-header"));
    assertThat(d.summary())
        .contains(
            "one call cannot tell which of two common reasons: the Authorization header never"
                + " reached PHP",
            "or WordPress did not accept the username and Application Password");
    assertThat(d.firstCheck())
        .isEqualTo(
            "As an administrator run Tools > Site Health and look at its \"Authorization"
                + " header\" test (or run AuthDoctor, whose XML-RPC cross-check tries the same"
                + " credential without the header): it tells the two apart. If the header is"
                + " missing, the"
                + " server strips it: on Apache with php-fpm or CGI add CGIPassAuth On or"
                + " WordPress's rule RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]."
                + " If it arrives, check the username \"admin\" in Users > All Users and that this"
                + " password is listed under that user's Profile > Application Passwords (its Last"
                + " Used date changes only when WordPress accepts it).");
    assertThat(d.notYet()).anyMatch(n -> n.startsWith("Do not regenerate"));
  }

  @Test
  void aProxyNamedInViaIsWhereTheHeaderIsLookedForFirst(WireMockRuntimeInfo wm) {
    Diagnosis d = get(wm, handMade("not-logged-in-via-proxy"));
    assertThat(d.firstCheck())
        .contains(
            "If the header is missing, the proxy that answered (Via: 1.1 varnish (Varnish/7.1)) or"
                + " the server behind it drops it: make the proxy forward Authorization",
            "If it arrives, check the username");
  }

  @Test
  void nginxAndLiteSpeedGetTheirOwnFix(WireMockRuntimeInfo wm) {
    assertThat(get(wm, recorded("users-me.basic-valid.nginxproxy")).firstCheck())
        .contains("nginx answered", "proxy_set_header Authorization $http_authorization")
        .doesNotContain("CGIPassAuth");
    wm.getWireMock().resetMappings();
    assertThat(get(wm, handMade("not-logged-in-litespeed")).firstCheck())
        .contains("LiteSpeed answered", "[E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]")
        .doesNotContain("CGIPassAuth", "nginx");
  }

  @Test
  void incorrectPasswordMeansTheUserExistsSoThePasswordIsCheckedNotTheUsername(
      WireMockRuntimeInfo wm) {
    Diagnosis d = get(wm, recorded("users-me.basic-bad-app-password.earlyuser"));
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.CREDENTIALS_REJECTED, Confidence.LIKELY);
    assertThat(d.firstCheck())
        .isEqualTo(
            "WordPress found \"admin\", so the username is right: check that this password is"
                + " listed under \"admin\"'s own Profile > Application Passwords (not another"
                + " user's) and not revoked, and that it was pasted whole (WordPress ignores only"
                + " spaces and dashes); if it is not listed, create one for \"admin\" and use"
                + " it.");
  }

  @Test
  void coresCodeFromAPluginAtAnotherStatusIsNotCoresCause(WireMockRuntimeInfo wm) {
    Diagnosis d = get(wm, handMade("incorrect-password-plugin-403"));
    assertDiagnosis(d, Stage.RESPONSE, LikelyCause.UNKNOWN, Confidence.POSSIBLE);
    assertThat(d.summary())
        .contains(
            "answered 403 incorrect_password (Server: Apache), but not as core WordPress answers"
                + " it: core (wp_authenticate_application_password, via"
                + " rest_application_password_check_errors) sends incorrect_password only with"
                + " 401, this came with 403");
    assertThat(d.alternatives().get(0).cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.doesNotFit()).hasSize(1);
    assertThat(d.firstCheck()).startsWith("Find who answered 403 incorrect_password (Server:");
  }

  @Test
  void aForbiddenStatusForAnAcceptedUserNamesTheCapability(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("posts.status-future.subscriber"))
            .diagnose(
                TestStrategies.applicationPassword(),
                WpRequest.get("/wp/v2/posts").query("status", "future").build());
    assertDiagnosis(d, Stage.PERMISSION, LikelyCause.PARAMETER_NEEDS_PERMISSION, Confidence.LIKELY);
    assertThat(d.summary())
        .contains("WordPress accepted the identity but it may not ask for status=future");
    assertThat(d.firstCheck())
        .isEqualTo(
            "Use a user whose role may edit this post type (Contributor or above for posts) to ask"
                + " for status=future, or leave status out to get what this user may read.");
  }

  @Test
  void aForbiddenStatusWithCredentialsNobodyAcceptedSendsToTheIdentityFirst(
      WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("posts.status-draft.anonymous.modphp"))
            .diagnose(
                TestStrategies.applicationPassword(),
                WpRequest.get("/wp/v2/posts").query("status", "draft").build());
    assertDiagnosis(d, Stage.PERMISSION, LikelyCause.PARAMETER_NEEDS_PERMISSION, Confidence.LIKELY);
    assertThat(d.summary()).contains("WordPress saw no accepted identity", "401");
    assertThat(d.firstCheck())
        .startsWith("Call GET /wp-json/wp/v2/users/me with the same credentials: until it answers");
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .contains(LikelyCause.AUTHORIZATION_HEADER_STRIPPED, LikelyCause.CREDENTIALS_REJECTED);
  }

  @Test
  void aMissingPostIsAMissingObjectNotAMissingRoute(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("posts.single.not-found.modphp"))
            .diagnoseGet(AuthStrategy.none(), "/wp/v2/posts/999999");
    assertDiagnosis(d, Stage.ROUTE, LikelyCause.OBJECT_NOT_FOUND, Confidence.LIKELY);
    assertThat(d.summary())
        .contains("the route /wp/v2/posts/<id> exists, and WordPress found no object 999999");
    assertThat(d.firstCheck())
        .startsWith("Check the id: GET /wp/v2/posts?include=999999&status=any as a user who may");
    assertThat(d.notYet()).anyMatch(n -> n.contains("Do not change permalinks"));
  }

  @Test
  void aRateLimitWithoutRetryAfterSaysSoAndGivesAWait(WireMockRuntimeInfo wm) {
    Diagnosis d = get(wm, securityLayer("lockout-429.users-me.nginx"));
    assertThat(d.cause()).isEqualTo(LikelyCause.RATE_LIMITED);
    assertThat(d.firstCheck())
        .startsWith("The answer carries no Retry-After header")
        .contains("wait about a minute", "backoff", "ask the host")
        .doesNotContain("as long as Retry-After says");
  }

  @Test
  void aRateLimitWithRetryAfterWaitsAsItSays(WireMockRuntimeInfo wm) {
    Diagnosis d = get(wm, handMade("rate-limited"));
    assertThat(d.cause()).isEqualTo(LikelyCause.RATE_LIMITED);
    assertThat(d.firstCheck()).isEqualTo(LikelyCause.RATE_LIMITED.firstCheck());
  }

  @Test
  void nginxsOwn503NamesARateLimitFirst(WireMockRuntimeInfo wm) {
    Diagnosis d = get(wm, handMade("nginx-limit-req-503"));
    assertThat(d.cause()).isEqualTo(LikelyCause.SERVER_ERROR);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.firstCheck())
        .startsWith("nginx answered with its own 503 page")
        .contains("most likely a rate limit", "Wait about a minute", "limiting requests")
        .doesNotContain("For a 500", "PHP-FPM down");
  }

  private static Diagnosis get(WireMockRuntimeInfo wm, Fixture answer) {
    return new Replay(wm)
        .index(recorded("index.modphp"))
        .answer(answer)
        .diagnoseGet(TestStrategies.applicationPassword(), ME);
  }
}
