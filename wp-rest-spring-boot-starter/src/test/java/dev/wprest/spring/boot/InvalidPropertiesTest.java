package dev.wprest.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.WordPressClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class InvalidPropertiesTest {
  private static final String SECRET = "s3cret-Pass-42";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(WordPressAutoConfiguration.class))
          .withPropertyValues("wordpress.url=https://blog.example");

  @Test
  void anApplicationPasswordWithoutASecretStopsStartUpNamingTheProperty() {
    runner
        .withPropertyValues("wordpress.auth.user=itadmin")
        .run(
            context -> {
              InvalidWordPressPropertiesException e = failure(context);
              assertThat(e.property()).isEqualTo("wordpress.auth.secret");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "wordpress.auth.secret: wordpress.auth.kind=application-password needs a"
                          + " secret (the Application Password), and none is set");
              FailureAnalysis analysis =
                  new InvalidWordPressPropertiesFailureAnalyzer()
                      .analyze(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .startsWith(
                      "The WordPress client could not be configured: wordpress.auth.secret:");
              assertThat(analysis.getAction())
                  .startsWith(
                      "Set wordpress.auth.secret-env to the name of an environment variable");
            });
  }

  @Test
  void aSecretEnvNamingAnUnsetVariableStopsStartUpNamingTheVariable() {
    runner
        .withPropertyValues(
            "wordpress.auth.user=itadmin", "wordpress.auth.secret-env=WP_UNSET_FOR_THIS_TEST")
        .run(
            context -> {
              InvalidWordPressPropertiesException e = failure(context);
              assertThat(e.property()).isEqualTo("wordpress.auth.secret-env");
              assertThat(e.getMessage()).contains("WP_UNSET_FOR_THIS_TEST", "not set");
            });
  }

  @Test
  void aCookieLoginWithoutAUserStopsStartUp() {
    runner
        .withPropertyValues("wordpress.auth.kind=cookie", "wordpress.auth.secret=" + SECRET)
        .run(
            context -> {
              InvalidWordPressPropertiesException e = failure(context);
              assertThat(e.property()).isEqualTo("wordpress.auth.user");
              assertThat(e.getMessage()).contains("cookie").doesNotContain(SECRET);
            });
  }

  @Test
  void aBearerTokenNeedsNoUser() {
    runner
        .withPropertyValues("wordpress.auth.kind=bearer", "wordpress.auth.secret=" + SECRET)
        .run(context -> assertThat(context).hasSingleBean(WordPressClient.class));
  }

  @Test
  void aUrlCarryingCredentialsIsRefusedWithoutShowingThem() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WordPressAutoConfiguration.class))
        .withPropertyValues(
            "wordpress.url=https://itadmin:" + SECRET + "@blog.example", "wordpress.auth.kind=none")
        .run(
            context -> {
              InvalidWordPressPropertiesException e = failure(context);
              assertThat(e.property()).isEqualTo("wordpress.url");
              assertThat(e.getMessage())
                  .contains("must not carry credentials")
                  .doesNotContain(SECRET);
            });
  }

  @Test
  void zeroAttemptsIsRefused() {
    runner
        .withPropertyValues("wordpress.auth.kind=none", "wordpress.retries.max-attempts=0")
        .run(
            context ->
                assertThat(failure(context).property())
                    .isEqualTo("wordpress.retries.max-attempts"));
  }

  @Test
  void noMessageOrAnalysisOfAnInvalidConfigurationShowsTheSecret() {
    runner
        .withPropertyValues(
            "wordpress.auth.kind=cookie",
            "wordpress.auth.secret=" + SECRET,
            "wordpress.retries.max-attempts=-1")
        .run(
            context -> {
              Throwable failure = context.getStartupFailure();
              FailureAnalysis analysis =
                  new InvalidWordPressPropertiesFailureAnalyzer().analyze(failure);
              assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(SECRET);
              for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
              }
            });
  }

  private static InvalidWordPressPropertiesException failure(AssertableApplicationContext context) {
    assertThat(context).hasFailed();
    for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
      if (t instanceof InvalidWordPressPropertiesException) {
        return (InvalidWordPressPropertiesException) t;
      }
    }
    throw new AssertionError("no InvalidWordPressPropertiesException", context.getStartupFailure());
  }
}
