package dev.wprest.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.WordPressException;
import dev.wprest.diagnostics.AuthDiagnosisException;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.testing.ReplaySite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class StartupFailureAnalysisTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 6789";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(WordPressAutoConfiguration.class));

  /** WordPress answers recorded from the harness's modphp site (its index always mounted). */
  private final ReplaySite site = ReplaySite.start().mount("index.modphp");

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void aRefusedApplicationPasswordStopsStartUpWithTheDiagnosisAsDescriptionAndAction() {
    site.mount("users-me.basic-bad-app-password.modphp");
    runner
        .withPropertyValues(properties(site.baseUrl()))
        .run(
            context -> {
              assertThat(context).hasFailed();
              AuthDiagnosisException cause = authFailureIn(context.getStartupFailure());
              Diagnosis d = cause.diagnosis();
              FailureAnalysis analysis =
                  new AuthDiagnosisFailureAnalyzer(environmentWithSecret())
                      .analyze(context.getStartupFailure());

              assertThat(analysis.getDescription())
                  .startsWith("WordPress did not accept this application's calls: " + d.summary())
                  .contains("\n\nDiagnosis: " + d.cause().title() + " (" + d.code() + ", ")
                  .contains("\n\nEvidence:\n  - ")
                  .contains(
                      "\n\nDiagnosis: The Authorization header never reached WordPress"
                          + " (WPD-401-HEADER-STRIPPED, LIKELY)\n")
                  .contains("\n  - answer: 401 rest_not_logged_in\n")
                  .contains("\n  - username: itadmin (login)\n");
              assertThat(analysis.getAction())
                  .startsWith("As an administrator run Tools > Site Health")
                  .startsWith(d.firstCheck())
                  .contains(
                      "\n\nNot yet:\n  - Do not regenerate or revoke the Application Password yet")
                  .endsWith(
                      "\nMore: https://github.com/wp-rest/wp-rest/blob/main/docs/troubleshooting.md#wpd-401-header-stripped");
              assertNoSecret(analysis.getDescription() + analysis.getAction());
            });
  }

  @Test
  void acceptedCredentialsLetStartUpFinishWithTheIdentity() {
    site.mount("users-me.basic-valid.admin.modphp");
    runner
        .withPropertyValues(properties(site.baseUrl()))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(StartupVerification.class).identity())
                  .hasValueSatisfying(user -> assertThat(user.name()).isEqualTo("IT Admin"));
            });
  }

  @Test
  void withoutVerifyOnStartupARefusedPasswordDoesNotStopStartUp() {
    site.mount("users-me.basic-bad-app-password.modphp");
    runner
        .withPropertyValues(properties(site.baseUrl()))
        .withPropertyValues("wordpress.verify-on-startup=false")
        .run(
            context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(StartupVerification.class));
  }

  @Test
  void springBootPrintsTheAnalysisWithoutTheSecret(CapturedOutput output) {
    site.mount("users-me.basic-bad-app-password.modphp");
    SpringApplication app = new SpringApplication(WordPressAutoConfiguration.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    Map<String, Object> defaults = new HashMap<>();
    for (String p : properties(site.baseUrl())) {
      defaults.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
    }
    app.setDefaultProperties(defaults);

    assertThatThrownBy(app::run).hasRootCauseInstanceOf(WordPressException.class);

    assertThat(output.toString())
        .contains("APPLICATION FAILED TO START")
        .contains("Description:\n\nWordPress did not accept this application's calls: ")
        .contains("Action:\n\n");
    assertNoSecret(output.toString());
  }

  private static String[] properties(String url) {
    return new String[] {
      "wordpress.url=" + url,
      "wordpress.auth.user=itadmin",
      "wordpress.auth.secret=" + SECRET,
      "wordpress.verify-on-startup=true",
      "wordpress.retries.max-attempts=1"
    };
  }

  private static StandardEnvironment environmentWithSecret() {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test", Map.of("wordpress.auth.user", "itadmin", "wordpress.auth.secret", SECRET)));
    return env;
  }

  private static AuthDiagnosisException authFailureIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AuthDiagnosisException) {
        return (AuthDiagnosisException) t;
      }
    }
    throw new AssertionError("no AuthDiagnosisException in " + failure);
  }

  static void assertNoSecret(String text) {
    assertThat(text)
        .doesNotContain(SECRET)
        .doesNotContain(SECRET.replace(" ", ""))
        .doesNotContain(URLEncoder.encode(SECRET, StandardCharsets.UTF_8))
        .doesNotContain(
            Base64.getEncoder()
                .encodeToString(("itadmin:" + SECRET).getBytes(StandardCharsets.UTF_8)));
  }
}
