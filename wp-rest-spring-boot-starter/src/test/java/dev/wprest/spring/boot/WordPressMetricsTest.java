package dev.wprest.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.testing.ReplaySite;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client's calls become Micrometer timers, counters and observations, without secrets. */
class WordPressMetricsTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 6789";

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final List<Observation.Context> stopped = new ArrayList<>();

  /** WordPress answers recorded from the harness's modphp site (its index always mounted). */
  private final ReplaySite site = ReplaySite.start().mount("index.modphp");

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void aRefusedCallIsAnObservationATimerAndADiagnosisCounter() {
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    observations.observationConfig().observationHandler(new StopRecorder());
    WordPressClient client =
        client(metrics(observations), "users-me.basic-bad-app-password.modphp");

    catchThrowable(() -> client.users().me());

    Timer timer = meters.get(WordPressMetrics.CALLS).timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.getId().getTag("method")).isEqualTo("GET");
    assertThat(timer.getId().getTag("route")).isEqualTo("/wp/v2/users/me");
    assertThat(timer.getId().getTag("status")).isEqualTo("401");
    assertThat(timer.getId().getTag("outcome")).isEqualTo("CLIENT_ERROR");
    assertThat(timer.getId().getTag("exception")).isEqualTo("UnauthorizedException");
    assertThat(timer.getId().getTag("retries")).isEqualTo("0");
    assertThat(
            meters
                .get(WordPressMetrics.DIAGNOSES)
                .tag("cause", "AUTHORIZATION_HEADER_STRIPPED")
                .tag("confidence", "LIKELY")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(stopped).singleElement().satisfies(c -> assertThat(c.getError()).isNotNull());
    assertThat(stopped.get(0).getContextualName()).isEqualTo("wordpress GET /wp/v2/users/me");
    assertThat(meters.getMetersAsString()).doesNotContain(SECRET).doesNotContain("localhost");
  }

  @Test
  void withoutAnObservationRegistryASuccessIsStillTimed() {
    WordPressClient client = client(metrics(null), "users-me.basic-valid.admin.modphp");

    client.users().me();

    Timer timer = meters.get(WordPressMetrics.CALLS).tag("outcome", "SUCCESS").timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.getId().getTag("status")).isEqualTo("200");
    assertThat(meters.find(WordPressMetrics.DIAGNOSES).counter()).isNull();
  }

  @Test
  void theStarterRegistersTheListenerOnTheClientItBuilds() {
    site.mount("users-me.basic-valid.admin.modphp");
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                WordPressMetricsAutoConfiguration.class, WordPressAutoConfiguration.class))
        .withBean(MeterRegistry.class, () -> meters)
        .withPropertyValues(
            "wordpress.url=" + site.baseUrl() + "/wp-json/",
            "wordpress.auth.user=itadmin",
            "wordpress.auth.secret=" + SECRET)
        .run(
            context -> {
              context.getBean(WordPressClient.class).users().me();
              assertThat(meters.get(WordPressMetrics.CALLS).timer().count()).isEqualTo(1);
            });
  }

  private WordPressMetrics metrics(ObservationRegistry observations) {
    StaticListableBeanFactory beans =
        new StaticListableBeanFactory(
            observations == null
                ? Map.of("meters", meters)
                : Map.of("meters", meters, "observations", observations));
    return new WordPressMetrics(
        beans.getBeanProvider(MeterRegistry.class),
        beans.getBeanProvider(ObservationRegistry.class));
  }

  private WordPressClient client(WordPressMetrics metrics, String usersMe) {
    site.mount(usersMe);
    return AuthDiagnostics.install(
            WordPressClient.builder()
                .baseUrl(site.baseUrl())
                .auth(AuthStrategy.applicationPassword("itadmin", SECRET))
                .retryPolicy(RetryPolicy.none())
                .eventListener(metrics))
        .build();
  }

  /** Keeps the context of every stopped observation. */
  private final class StopRecorder implements ObservationHandler<Observation.Context> {
    @Override
    public void onStop(Observation.Context context) {
      stopped.add(context);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return true;
    }
  }
}
