package dev.wprest.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.testing.ReplaySite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

class WordPressHealthIndicatorTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 6789";

  private final MovableClock clock = new MovableClock();

  /** WordPress answers recorded from the harness's modphp site (its index always mounted). */
  private final ReplaySite site = ReplaySite.start().mount("index.modphp");

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void isUpWithTheAcceptedIdentityAndNoSecret() {
    site.mount("users-me.basic-valid.admin.modphp");

    Health health = indicator(site, Duration.ofSeconds(30)).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("userId", 1L)
        .containsEntry("name", "IT Admin")
        .containsEntry("site", site.baseUrl());
    StartupFailureAnalysisTest.assertNoSecret(health.toString());
  }

  @Test
  void isDownWithTheDiagnosisCauseCodeAndFirstCheck() {
    site.mount("users-me.basic-bad-app-password.modphp");

    Health health = indicator(site, Duration.ofSeconds(30)).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("cause", "AUTHORIZATION_HEADER_STRIPPED")
        .containsEntry("code", "WPD-401-HEADER-STRIPPED")
        .containsEntry("confidence", "LIKELY")
        .containsKeys("summary", "firstCheck");
    StartupFailureAnalysisTest.assertNoSecret(health.toString());
  }

  @Test
  void reusesAResultForTheCacheTimeThenAsksAgain() {
    site.mount("users-me.basic-valid.admin.modphp");
    WordPressHealthIndicator indicator = indicator(site, Duration.ofSeconds(30));

    indicator.health();
    clock.advance(Duration.ofSeconds(29));
    indicator.health();
    assertThat(site.requests())
        .filteredOn(r -> r.startsWith("GET /wp-json/wp/v2/users/me"))
        .hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    assertThat(site.requests())
        .filteredOn(r -> r.startsWith("GET /wp-json/wp/v2/users/me"))
        .hasSize(2);
  }

  @Test
  void isRegisteredAsWordpressWhenAClientExistsAndCanBeSwitchedOff() {
    ApplicationContextRunner runner =
        new ApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    WordPressAutoConfiguration.class, WordPressHealthAutoConfiguration.class))
            .withPropertyValues(
                "wordpress.url=" + site.baseUrl(),
                "wordpress.auth.kind=none",
                "wordpress.health.cache-time=5m");
    runner.run(
        context ->
            assertThat(context)
                .hasBean("wordpressHealthIndicator")
                .getBean(WordPressHealthIndicator.class)
                .isNotNull());
    runner
        .withPropertyValues("management.health.wordpress.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(WordPressHealthIndicator.class));
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                WordPressAutoConfiguration.class, WordPressHealthAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(WordPressHealthIndicator.class));
  }

  private WordPressHealthIndicator indicator(ReplaySite site, Duration cacheTime) {
    WordPressClient client =
        AuthDiagnostics.install(
                WordPressClient.builder()
                    .baseUrl(site.baseUrl())
                    .auth(AuthStrategy.applicationPassword("itadmin", SECRET))
                    .retryPolicy(RetryPolicy.none()))
            .build();
    StandardEnvironment env = new StandardEnvironment();
    return new WordPressHealthIndicator(
        new WordPressHealthCheck(
            client, DoctorConfirmation.NONE, cacheTime, clock, new ConfiguredSecrets(env)));
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T12:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
