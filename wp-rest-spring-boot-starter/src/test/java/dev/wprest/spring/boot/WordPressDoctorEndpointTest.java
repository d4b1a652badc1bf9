package dev.wprest.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.testing.ReplaySite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WordPressDoctorEndpointTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 6789";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WordPressAutoConfiguration.class, WordPressDoctorEndpointAutoConfiguration.class))
          // As in a SpringApplication, where management.endpoint.*.access=read-only converts.
          .withInitializer(
              context ->
                  context.getEnvironment().setConversionService(new ApplicationConversionService()))
          .withPropertyValues(
              "wordpress.auth.user=itadmin",
              "wordpress.auth.secret=" + SECRET,
              "wordpress.call-timeout=5s");

  /** WordPress answers recorded from the harness's modphp site (its index always mounted). */
  private final ReplaySite site = ReplaySite.start().mount("index.modphp");

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void isOffUntilTheApplicationOptsIn() {
    runner
        .withPropertyValues("wordpress.url=" + site.baseUrl())
        .run(context -> assertThat(context).doesNotHaveBean(WordPressDoctorEndpoint.class));
  }

  @Test
  void reportsTheDoctorsDiagnosisAndProbesWithoutTheSecret() {
    site.mount("users-me.basic-bad-app-password.modphp");
    runner
        .withPropertyValues(
            "wordpress.url=" + site.baseUrl(),
            "management.endpoint.wordpress.access=read-only",
            "management.endpoints.web.exposure.include=wordpress")
        .run(
            context -> {
              Map<String, Object> report = context.getBean(WordPressDoctorEndpoint.class).examine();
              assertThat(report.get("cause")).isNotEqualTo("OK");
              assertThat((String) report.get("code")).startsWith("WPD-");
              assertThat(report).containsKeys("firstCheck", "confidence", "alternatives");
              assertThat((List<?>) report.get("probes")).isNotEmpty();
              assertThat((Integer) report.get("requestsSent"))
                  .isBetween(1, AuthDoctor.MAX_REQUESTS);
              StartupFailureAnalysisTest.assertNoSecret(report.toString());
            });
  }
}
