package dev.wprest.diagnostics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.authorize.AuthorizationRequest;
import dev.wprest.client.authorize.AuthorizationUnavailableException;
import dev.wprest.client.it.RealWordPress;
import dev.wprest.client.it.WpVersion;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The authorization flow asked of real sites that offer no Application Passwords, and the exception
 * it throws diagnosed: the cause and the first check that fits how the site was reached.
 */
@ParameterizedClass
@EnumSource(WpVersion.class)
class AuthorizationUnavailableDiagnosisIT {
  private final RealWordPress wp;

  AuthorizationUnavailableDiagnosisIT(WpVersion version) {
    this.wp = RealWordPress.sites(version);
  }

  private Diagnosis diagnosisOfAuthorizing(String site) {
    SiteInfo info = wp.client(site, AuthStrategy.none()).build().siteInfo();
    AuthorizationUnavailableException e =
        catchThrowableOfType(
            AuthorizationUnavailableException.class,
            () -> AuthorizationRequest.builder("Diagnosis IT").build().uriFor(info));
    assertThat(e.reason())
        .isEqualTo(AuthorizationUnavailableException.Reason.APPLICATION_PASSWORDS_UNAVAILABLE);
    Diagnosis d = AuthDiagnostics.diagnose(e);
    assertThat(d.cause()).isEqualTo(LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    return d;
  }

  @Test
  void plainHttpProductionSiteIsToldToServeHttps() {
    Diagnosis d = diagnosisOfAuthorizing("production");

    assertThat(d.summary()).contains("plain http");
    assertThat(d.firstCheck()).startsWith("First check whether the site is HTTPS or local");
  }

  @Test
  void httpsSiteWithTheFilterOffIsToldToLookForThePluginOrFilter() {
    Diagnosis d = diagnosisOfAuthorizing("appoffhttps");

    assertThat(d.summary()).contains("served over HTTPS");
    assertThat(d.firstCheck())
        .contains("wp_is_application_passwords_available")
        .doesNotContain("WP_ENVIRONMENT_TYPE");
  }
}
