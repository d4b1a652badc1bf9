package dev.wprest.diagnostics;

import static dev.wprest.diagnostics.DiagnosisAssert.assertDiagnosis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.authorize.AuthorizationRequest;
import dev.wprest.client.authorize.AuthorizationUnavailableException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Each reason the authorization flow is unavailable gets its own cause and first check. */
class AuthorizationUnavailableDiagnosisTest {

  /** The exception the library throws for an index with this authentication section. */
  private static AuthorizationUnavailableException unavailable(String origin, String auth)
      throws Exception {
    String index =
        "{\"url\":\""
            + origin
            + "\",\"routes\":{},\"namespaces\":[\"wp/v2\"]"
            + (auth == null ? "" : ",\"authentication\":" + auth)
            + "}";
    SiteInfo site =
        SiteInfo.fromIndex(
            URI.create(origin + "/wp-json/"),
            DiscoveryMethod.GIVEN,
            new ObjectMapper().readTree(index));
    return catchThrowableOfType(
        AuthorizationUnavailableException.class,
        () -> AuthorizationRequest.builder("Example App").build().uriFor(site));
  }

  @Test
  void plainHttpNonLocalSiteIsToldToServeHttpsOrBeLocal() throws Exception {
    Diagnosis d = AuthDiagnostics.diagnose(unavailable("http://example.com", "[]"));

    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE, Confidence.LIKELY);
    assertThat(d.summary())
        .contains("http://example.com/wp-json/", "[]", "plain http", "environment type");
    assertThat(d.firstCheck())
        .startsWith("First check whether the site is HTTPS or local")
        .contains(
            "WP_ENVIRONMENT_TYPE",
            "Wordfence's \"Disable WordPress application passwords\"",
            "wp_is_application_passwords_available");
  }

  @Test
  void httpsSiteIsToldAFilterOrPluginSwitchedThemOff() throws Exception {
    Diagnosis d = AuthDiagnostics.diagnose(unavailable("https://example.com", "[]"));

    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE, Confidence.LIKELY);
    assertThat(d.summary()).contains("served over HTTPS", "wp_is_application_passwords_available");
    assertThat(d.firstCheck())
        .contains(
            "Wordfence's \"Disable WordPress application passwords\"",
            "wp_is_application_passwords_available",
            "is_ssl()")
        .doesNotContain("Serve the site over HTTPS", "WP_ENVIRONMENT_TYPE");
  }

  @Test
  void missingAuthorizationEndpointPointsAtTheIndexAndTheManualPassword() throws Exception {
    Diagnosis d =
        AuthDiagnostics.diagnose(
            unavailable("https://example.com", "{\"application-passwords\":{}}"));

    assertDiagnosis(d, Stage.RESPONSE, LikelyCause.UNKNOWN, Confidence.POSSIBLE);
    assertThat(d.summary()).contains("rest_index", "authorize-application.php");
    assertThat(d.firstCheck())
        .contains("endpoints.authorization", "Users > Profile > Application Passwords");
  }

  @Test
  void unreadIndexSaysTheFlowCannotStartAndWhatToOpen() throws Exception {
    Diagnosis d = AuthDiagnostics.diagnose(unavailable("https://example.com", null));

    assertDiagnosis(d, Stage.ROUTE, LikelyCause.UNKNOWN, Confidence.POSSIBLE);
    assertThat(d.summary()).contains("https://example.com/wp-json/", "could not be read");
    assertThat(d.firstCheck()).contains("/wp-json/", "rest_login_required");
  }
}
