package dev.wprest.diagnostics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import dev.wprest.client.it.RealWordPress;
import dev.wprest.client.it.WpVersion;
import dev.wprest.diagnostics.AuthDiagnosisException;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each cause a real WordPress can produce, produced on the harness's sites and diagnosed from the
 * one failed call alone (no probes): the cause passive analysis must name, and how sure it may be.
 */
@ParameterizedClass
@EnumSource(WpVersion.class)
class PassiveDiagnosisIT {
  private final RealWordPress wp;

  PassiveDiagnosisIT(WpVersion version) {
    this.wp = RealWordPress.sites(version);
  }

  private static final WpRequest ME = WpRequest.get("/wp/v2/users/me").build();

  /** Calls through a client wrapped once, and returns the diagnosis it throws. */
  private Diagnosis diagnosisOf(String site, AuthStrategy auth, WpRequest request) {
    WordPressClient client = AuthDiagnostics.install(wp.client(site, auth)).build();
    Throwable failure = catchThrowable(() -> client.execute(request));
    return attached(failure);
  }

  @Test
  void noCredentials() {
    Diagnosis d = diagnosisOf("modphp", AuthStrategy.none(), ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.NO_CREDENTIALS_SENT);
    assertThat(d.stage()).isEqualTo(Stage.IDENTITY);
  }

  @Test
  void loginPasswordInsteadOfApplicationPassword() {
    Diagnosis d =
        diagnosisOf(
            "modphp",
            AuthStrategy.applicationPassword(wp.login("admin"), wp.password("admin")),
            ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.toString() + d.summary() + d.evidence()).doesNotContain(wp.password("admin"));
  }

  @Test
  void headerStrippedIsLikelyButNotConfirmedFromOneCall() {
    Diagnosis d = diagnosisOf("stripped", wp.appPasswordAuth("admin"), ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.confidence()).isNotEqualTo(Confidence.CONFIRMED);
    assertThat(d.alternatives())
        .extracting(a -> a.cause())
        .contains(LikelyCause.CREDENTIALS_REJECTED);
  }

  @Test
  void rejectedCredentialWhereAPluginReportsIt() {
    Diagnosis d =
        diagnosisOf(
            "earlyuser",
            AuthStrategy.applicationPassword(wp.login("admin"), "AAAA BBBB CCCC DDDD EEEE FFFF"),
            ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.CREDENTIALS_REJECTED);
  }

  @Test
  void unknownUserWhereAPluginReportsIt() {
    Diagnosis d =
        diagnosisOf(
            "earlyuser",
            AuthStrategy.applicationPassword("nobody-here", wp.appPassword("admin")),
            ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.UNKNOWN_USER);
  }

  @Test
  void applicationPasswordsUnavailableOnPlainHttpProduction() {
    Diagnosis d = diagnosisOf("production", wp.appPasswordAuth("admin"), ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE);
  }

  @Test
  void nonceWithoutCookies() {
    Diagnosis d =
        diagnosisOf("modphp", new NonceOnly("0123456789"), WpRequest.get("/wp/v2/posts").build());

    assertThat(d.cause()).isEqualTo(LikelyCause.NONCE_WITHOUT_COOKIES);
    assertThat(d.stage()).isEqualTo(Stage.IDENTITY);
  }

  @Test
  void bearerWithoutAPlugin() {
    Diagnosis d = diagnosisOf("modphp", AuthStrategy.bearer("eyJ0.eyJ1.c2ln"), ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.BEARER_NOT_SUPPORTED);
  }

  @Test
  void bearerRejectedByThePlugin() {
    Diagnosis d = diagnosisOf("jwt", AuthStrategy.bearer("not.a.token"), ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.BEARER_TOKEN_REJECTED);
  }

  @Test
  void subscriberWritesLackTheCapability() {
    Diagnosis d =
        diagnosisOf(
            "modphp",
            wp.appPasswordAuth("subscriber"),
            WpRequest.post("/wp/v2/posts", Map.of("title", "x")).build());

    assertThat(d.cause()).isEqualTo(LikelyCause.INSUFFICIENT_CAPABILITY);
    assertThat(d.stage()).isEqualTo(Stage.PERMISSION);
  }

  @Test
  void routeNotFound() {
    Diagnosis d =
        diagnosisOf("modphp", AuthStrategy.none(), WpRequest.get("/wp/v2/no-such-route").build());

    assertThat(d.cause()).isEqualTo(LikelyCause.ROUTE_NOT_FOUND);
    assertThat(d.stage()).isEqualTo(Stage.ROUTE);
  }

  @Test
  void aWpJsonRootThatIsNotServedIsNoFailureBecauseDiscoveryFallsBackToRestRoute() {
    WordPressClient client =
        AuthDiagnostics.install(
                WordPressClient.builder()
                    .baseUrl(wp.url("norewrite") + "wp-json/")
                    .auth(wp.appPasswordAuth("admin")))
            .build();

    Throwable failure = catchThrowable(() -> client.execute(ME));

    // Once a REST_API_NOT_FOUND failure; the fact is now a warning-worthy note on SiteInfo.
    assertThat(failure).isNull();
    assertThat(client.siteInfo().failedApiRoot()).isPresent();
  }

  @Test
  void credentialsNotForwardedOnACrossOriginRedirect() {
    WordPressClient client =
        AuthDiagnostics.install(
                WordPressClient.builder()
                    .baseUrl(wp.url("redirect") + "wp-json/")
                    .auth(wp.appPasswordAuth("admin")))
            .build();

    Throwable failure = catchThrowable(() -> client.execute(ME));

    assertThat(attached(failure).cause()).isEqualTo(LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT);
  }

  @Test
  void cookiesWithoutNonce() {
    Diagnosis d =
        diagnosisOf(
            "modphp",
            new CookiesOnly(wp.url("modphp"), wp.login("admin"), wp.password("admin")),
            ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.COOKIES_WITHOUT_NONCE);
  }

  @Test
  void aBadNonceWithRealCookies() {
    Diagnosis d =
        diagnosisOf(
            "modphp",
            new CookiesOnly(wp.url("modphp"), wp.login("admin"), wp.password("admin"))
                .withNonce("0123456789"),
            ME);

    assertThat(d.cause()).isEqualTo(LikelyCause.NONCE_INVALID);
  }

  /** The diagnosis an installed client attaches to its own exception, which keeps its type. */
  private Diagnosis attached(Throwable failure) {
    assertThat(failure).isInstanceOf(WordPressException.class);
    assertThat(failure.getSuppressed()).hasAtLeastOneElementOfType(AuthDiagnosisException.class);
    return AuthDiagnostics.diagnose(failure);
  }
}
