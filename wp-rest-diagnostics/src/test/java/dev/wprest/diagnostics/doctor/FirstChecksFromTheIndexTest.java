package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import org.junit.jupiter.api.Test;

/**
 * With no credentials, how to prove an identity is read from the site's index: a JWT plugin that
 * claims every Authorization header wants its own token, and an index whose authentication is []
 * offers no Application Password to create.
 */
@WireMockTest
class FirstChecksFromTheIndexTest {

  @Test
  void aSiteListingTheJwtPluginIsToldToUseItsToken(WireMockRuntimeInfo wm) {
    Diagnosis d = noCredentials(new FakeSite(wm).home().recorded("index.jwt"), "jwt");

    assertThat(d.firstCheck())
        .startsWith("Authenticate with the JWT plugin's own token")
        .contains("jwt-auth/v1", "jwt_auth_bad_auth_header", "AuthStrategy.jwtLogin")
        .doesNotContain("authentication: []");
  }

  @Test
  void aSiteWhoseIndexOffersNoApplicationPasswordsSaysTheyAreOff(WireMockRuntimeInfo wm) {
    Diagnosis d =
        noCredentials(new FakeSite(wm).home().recorded("index.production-http"), "modphp");

    assertThat(d.firstCheck())
        .startsWith("Do not create an Application Password yet")
        .contains(
            "authentication: []",
            "First check whether the site is HTTPS or local",
            "Wordfence's \"Disable WordPress application passwords\"")
        .doesNotContain("jwt");
  }

  @Test
  void aSiteOfferingApplicationPasswordsIsToldToUseOne(WireMockRuntimeInfo wm) {
    Diagnosis d = noCredentials(new FakeSite(wm).home().recorded("index.modphp"), "modphp");

    assertThat(d.firstCheck())
        .isEqualTo(
            "Choose how the client proves who it is: for a script or service, an Application"
                + " Password of a WordPress user (HTTP Basic, over HTTPS); then run the doctor"
                + " again with it.");
  }

  private static Diagnosis noCredentials(FakeSite site, String anonymousAnswerSite) {
    site.recorded("users-me.anonymous." + anonymousAnswerSite);
    DoctorReport report = AuthDoctor.builder(site.url()).build().examine();
    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.NO_CREDENTIALS_SENT);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    site.assertReadOnlyWithinBudget(report);
    return d;
  }
}
