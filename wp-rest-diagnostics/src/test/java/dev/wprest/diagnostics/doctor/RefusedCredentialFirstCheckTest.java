package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The first check for a Basic credential both doors refused, or that a plugin stands in front of:
 * it starts with the step that finds the usual fault, tells the open causes apart without repeating
 * a step, and asks for nothing the site or the doctor's own probes rule out (an index a lock-down
 * plugin refuses to visitors, an XML-RPC check the doctor already made).
 */
@WireMockTest
class RefusedCredentialFirstCheckTest {
  private static final String APP_PASSWORD = ApplicationPasswordDoctorTest.APP_PASSWORD;
  private static final String LOGIN_PASSWORD = ApplicationPasswordDoctorTest.LOGIN_PASSWORD;

  private static Diagnosis examine(FakeSite site, String password) {
    DoctorReport report =
        AuthDoctor.builder(site.url()).applicationPassword("itadmin", password).build().examine();
    site.assertReadOnlyWithinBudget(report);
    return report.diagnosis().orElseThrow();
  }

  private static FakeSite lockedDown(WireMockRuntimeInfo wm) {
    // Disable REST API / Force Login: the index and every route answer visitors with 401.
    return new FakeSite(wm)
        .home()
        .handMadeAt("disable-rest-api-login-required", "GET", "/wp-json/")
        .handMade("disable-rest-api-login-required");
  }

  @Test
  void aWrongApplicationPasswordStartsWithItsListingAndChecksTheUsernameOnce(
      WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-bad-app-password.modphp")
            .recorded("xmlrpc.getUsersBlogs.bad-password.stripped");

    Diagnosis d = examine(site, APP_PASSWORD);

    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    String check = d.firstCheck();
    assertThat(check)
        .startsWith("Log in to wp-admin, find itadmin under Users > All Users")
        .doesNotContain("First tell it apart")
        .doesNotContain("/wp-json/");
    assertThat(check.split("Users > All Users", -1)).hasSize(2);
    assertThat(check.indexOf("listed under Application Passwords and not revoked"))
        .isLessThan(check.indexOf("wp_is_application_passwords_available_for_user"))
        .isLessThan(check.indexOf("Tools > Site Health"));
  }

  @Test
  void aWrongPasswordBehindALockDownPluginReadsTheIndexInALoggedInBrowser(WireMockRuntimeInfo wm) {
    FakeSite site = lockedDown(wm).recorded("xmlrpc.getUsersBlogs.bad-password.stripped");

    Diagnosis d = examine(site, APP_PASSWORD);

    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.firstCheck())
        .startsWith("Log in to wp-admin, find itadmin")
        .contains(
            "/wp-json/, opened in a browser logged in to wp-admin (this site refuses it to"
                + " visitors: rest_login_required)")
        .doesNotContain("Open the site's /wp-json/");
  }

  @Test
  void aLoginPasswordBehindALockDownPluginNamesTheActionFirst(WireMockRuntimeInfo wm) {
    FakeSite site = lockedDown(wm).recorded("xmlrpc.getUsersBlogs.login-password.stripped");

    Diagnosis d = examine(site, LOGIN_PASSWORD);

    assertThat(d.cause()).isEqualTo(LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.firstCheck())
        .startsWith("Create an Application Password for itadmin under Users > Profile")
        .contains("in a browser logged in to wp-admin")
        .doesNotContain("First tell it apart");
  }

  @Test
  void aTokenPluginWithAPasswordXmlRpcRefusedSaysThePasswordIsWrongToo(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.jwt")
            .recorded("users-me.basic-valid.jwt")
            .recorded("xmlrpc.getUsersBlogs.bad-password.stripped");

    Diagnosis d = examine(site, APP_PASSWORD);

    assertThat(d.cause()).isEqualTo(LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.firstCheck())
        .startsWith("The doctor's XML-RPC check already refused this username and password")
        .contains("most likely wrong", "jwt-auth/v1", "jwtLogin")
        .doesNotContain("Check the credential through XML-RPC");
  }

  @Test
  void aTokenPluginWithoutTheXmlRpcCheckStillAsksForIt(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm).home().recorded("index.jwt").recorded("users-me.basic-valid.jwt");

    DoctorReport report =
        AuthDoctor.builder(site.url())
            .applicationPassword("itadmin", APP_PASSWORD)
            .xmlRpcCrossCheck(false)
            .build()
            .examine();

    assertThat(report.diagnosis().orElseThrow().firstCheck())
        .startsWith("First tell it apart: Check the credential through XML-RPC");
  }

  @Test
  void aCoveringCheckGivesWayWhenACauseItDoesNotCoverReopens() {
    Verdict v =
        Verdict.proven(
                Proof.LOGIN_PASSWORD_XML_RPC,
                "summary",
                EnumSet.of(LikelyCause.CREDENTIALS_REJECTED, LikelyCause.UNKNOWN_USER))
            .firstCheck("the fix")
            .firstCheckCovering(
                "covering", EnumSet.of(LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE));
    assertThat(v.effectiveFirstCheck()).isEqualTo("covering");

    Verdict confirmed =
        Verdict.proven(Proof.LOGIN_PASSWORD_XML_RPC, "summary")
            .firstCheck("the fix")
            .firstCheckCovering(
                "covering", EnumSet.of(LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE));
    assertThat(confirmed.effectiveFirstCheck()).isEqualTo("the fix");
    confirmed.doesNotFit("a cache answered");
    assertThat(confirmed.effectiveFirstCheck())
        .startsWith("First tell it apart: ")
        .endsWith("the fix");
  }
}
