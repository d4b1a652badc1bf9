package dev.wprest.spring.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.diagnostics.AuthDiagnostics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

@WireMockTest
class WordPressHealthIndicatorTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 6789";

  private final MovableClock clock = new MovableClock();

  @Test
  void isUpWithTheAcceptedIdentityAndNoSecret(WireMockRuntimeInfo wm) {
    RecordedSite site = new RecordedSite(wm).usersMe("users-me.basic-valid.admin.modphp");

    Health health = indicator(site, Duration.ofSeconds(30)).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("userId", 1L)
        .containsEntry("name", "IT Admin")
        .containsEntry("site", site.url());
    StartupFailureAnalysisTest.assertNoSecret(health.toString());
  }

  @Test
  void isDownWithTheDiagnosisCauseCodeAndFirstCheck(WireMockRuntimeInfo wm) {
    RecordedSite site = new RecordedSite(wm).usersMe("users-me.basic-bad-app-password.modphp");

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
  void reusesAResultForTheCacheTimeThenAsksAgain(WireMockRuntimeInfo wm) {
    RecordedSite site = new RecordedSite(wm).usersMe("users-me.basic-valid.admin.modphp");
    WordPressHealthIndicator indicator = indicator(site, Duration.ofSeconds(30));

    indicator.health();
    clock.advance(Duration.ofSeconds(29));
    indicator.health();
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me")));

    clock.advance(Duration.ofSeconds(1));
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me")));
  }

  @Test
  void isRegisteredAsWordpressWhenAClientExistsAndCanBeSwitchedOff(WireMockRuntimeInfo wm) {
    ApplicationContextRunner runner =
        new ApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    WordPressAutoConfiguration.class, WordPressHealthAutoConfiguration.class))
            .withPropertyValues(
                "wordpress.url=" + wm.getHttpBaseUrl(),
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

  private WordPressHealthIndicator indicator(RecordedSite site, Duration cacheTime) {
    WordPressClient client =
        AuthDiagnostics.install(
                WordPressClient.builder()
                    .baseUrl(site.url())
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
