package dev.wprest.diagnostics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import dev.wprest.client.it.RealWordPress;
import dev.wprest.client.it.WpVersion;
import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.AuthDiagnosisException;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.Stage;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an integration catching {@link AuthDiagnosisException} learns on the harness sites that once
 * misled the diagnosis: the cause named from the one failed exchange, how sure it is, the
 * alternatives it keeps open, and a first check that fits what answered.
 */
@ParameterizedClass
@EnumSource(WpVersion.class)
class PassiveDiagnosisMisleadingSitesIT {
  private final RealWordPress wp;

  PassiveDiagnosisMisleadingSitesIT(WpVersion version) {
    this.wp = RealWordPress.sites(version);
  }

  private static final WpRequest ME = WpRequest.get("/wp/v2/users/me").build();

  private Diagnosis diagnosisOf(WordPressClient.Builder builder, WpRequest request) {
    WordPressClient client = AuthDiagnostics.install(builder).build();
    Throwable failure = catchThrowable(() -> client.execute(request));
    // Authentication failures arrive as AuthDiagnosisException; the others keep their own type
    // and carry the diagnosis the installed client attached.
    if (!(failure instanceof AuthDiagnosisException)) {
      assertThat(failure).isInstanceOf(WordPressException.class);
      assertThat(failure.getSuppressed()).hasAtLeastOneElementOfType(AuthDiagnosisException.class);
    }
    return AuthDiagnostics.diagnose(failure);
  }

  private Diagnosis diagnosisOf(String site, AuthStrategy auth, WpRequest request) {
    return diagnosisOf(wp.client(site, auth), request);
  }

  private List<LikelyCause> alternatives(Diagnosis d) {
    return d.alternatives().stream().map(Alternative::cause).collect(Collectors.toList());
  }

  private String text(Diagnosis d) {
    return d.summary() + "\n" + d.evidence() + "\n" + d.firstCheck();
  }

  /** Case 8: discovery met Apache's own Basic challenge on the home page. */
  @Test
  void aServerLevelChallengeDuringDiscoveryIsNotAMissingRestApi() {
    Diagnosis d = diagnosisOf("basicauth", wp.appPasswordAuth("admin"), ME);

    assertThat(d.cause()).as(d.toString()).isEqualTo(LikelyCause.SERVER_LEVEL_AUTH_CHALLENGE);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(text(d)).contains("Staging site");
    assertThat(text(d)).doesNotContain(wp.appPassword("admin"));
  }

  /**
   * Case 8: a correct Application Password refused because they are off for that user; from one 401
   * this cannot be told from a stripped header or a wrong password, so it is among the
   * alternatives.
   */
  @Test
  void applicationPasswordsOffForTheUserAreAmongTheAlternatives() {
    Diagnosis d = diagnosisOf("appoffuser", wp.appPasswordAuth("author"), ME);

    assertThat(d.confidence()).as(d.toString()).isNotEqualTo(Confidence.CONFIRMED);
    assertThat(alternatives(d))
        .as(d.toString())
        .contains(LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER);
    assertThat(text(d)).doesNotContain(wp.appPassword("author"));
  }

  /** Case 3 where WordPress says so itself: its own code names the cause. */
  @Test
  void applicationPasswordsOffForTheUserReportedByWordPress() {
    Diagnosis d = diagnosisOf("appoffuserearly", wp.appPasswordAuth("author"), ME);

    assertThat(d.cause())
        .as(d.toString())
        .isEqualTo(LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER);
    assertThat(d.firstCheck()).contains("wp_is_application_passwords_available_for_user");
  }

  /** Case 4: a plugin's own 401 code for anonymous callers. */
  @Test
  void aPluginBlockingAnonymousRestIsRestApiDisabled() {
    Diagnosis d = diagnosisOf("blockanon", AuthStrategy.none(), ME);

    assertThat(d.cause()).as(d.toString()).isEqualTo(LikelyCause.REST_API_DISABLED);
    assertThat(d.stage()).isEqualTo(Stage.IDENTITY);
    assertThat(text(d)).contains("rest_cannot_access");
  }

  /** Case 6: a token plugin answers valid Basic credentials with its own 403. */
  @Test
  void aTokenPluginClaimingTheHeaderIsNotARejectedCredential() {
    Diagnosis d = diagnosisOf("jwt", wp.appPasswordAuth("admin"), ME);

    assertThat(d.cause()).as(d.toString()).isEqualTo(LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(text(d)).contains("jwt_auth_bad_auth_header");
  }

  /** Case 9: nginx answered; its fix, not Apache's or PHP-FPM's. */
  @Test
  void aStrippedHeaderBehindNginxGetsNginxsFix() {
    Diagnosis d = diagnosisOf("nginxproxy", wp.appPasswordAuth("admin"), ME);

    assertThat(d.cause()).as(d.toString()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.firstCheck()).contains("nginx", "proxy_set_header").doesNotContain("CGIPassAuth");
  }

  /** Case 9: a certificate the JVM does not trust is named as such, with the way to trust it. */
  @Test
  void anUntrustedCertificateIsNotANetworkProblem() {
    Diagnosis d =
        diagnosisOf(
            WordPressClient.builder()
                .baseUrl(wp.url("https"))
                .auth(wp.appPasswordAuth("admin"))
                .callTimeout(Duration.ofSeconds(20)),
            ME);

    assertThat(d.cause()).as(d.toString()).isEqualTo(LikelyCause.TRANSPORT_FAILED);
    assertThat(d.firstCheck()).contains("certificate", "trustCertificates");
    assertThat(d.firstCheck()).doesNotContain("VPN", "DNS");
  }

  /** Case 9: settings need manage_options, which only an administrator has. */
  @Test
  void settingsNeedManageOptions() {
    Diagnosis d =
        diagnosisOf(
            "modphp", wp.appPasswordAuth("author"), WpRequest.get("/wp/v2/settings").build());

    assertThat(d.cause()).as(d.toString()).isEqualTo(LikelyCause.INSUFFICIENT_CAPABILITY);
    assertThat(d.firstCheck()).contains("manage_options").doesNotContain("author or editor");
  }

  /** Case 5: the client refuses the redirect onto another port; the diagnosis names the URL. */
  @Test
  void anHttpsRedirectOntoAnotherPortIsRefusedWithTheUrlToUse() {
    Diagnosis d =
        diagnosisOf(
            WordPressClient.builder()
                .baseUrl(wp.get("site.redirectport.url"))
                .auth(wp.appPasswordAuth("admin"))
                .callTimeout(Duration.ofSeconds(20))
                .trustCertificates(Paths.get(wp.get("site.https.cert"))),
            ME);

    assertThat(d.cause()).as(d.toString()).isEqualTo(LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT);
    assertThat(d.firstCheck()).contains(wp.get("site.redirectport.target").replaceAll("/$", ""));
  }
}
