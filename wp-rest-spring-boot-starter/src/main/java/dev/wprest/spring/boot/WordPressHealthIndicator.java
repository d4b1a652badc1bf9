package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.User;
import dev.wprest.diagnostics.AuthDiagnosisException;
import dev.wprest.diagnostics.Diagnosis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code wordpress} health: UP with the identity the site accepted (user id and name, never a
 * credential), DOWN with the diagnosis's cause, code and first check. A result is reused for {@code
 * wordpress.health.cache-time}, so that a load balancer polling health does not send WordPress a
 * request per poll.
 */
public final class WordPressHealthIndicator implements HealthIndicator {
  private final WordPressClient client;
  private final Duration cacheTime;
  private final Clock clock;
  private final ConfiguredSecrets secrets;

  private Health cached;
  private Instant checkedAt;

  WordPressHealthIndicator(
      WordPressClient client, Duration cacheTime, Clock clock, ConfiguredSecrets secrets) {
    this.client = client;
    this.cacheTime = cacheTime;
    this.clock = clock;
    this.secrets = secrets;
  }

  /** Synchronized: concurrent polls after expiry send one request, not one each. */
  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (cached == null || !now.isBefore(checkedAt.plus(cacheTime))) {
      cached = check();
      checkedAt = now;
    }
    return cached;
  }

  private Health check() {
    try {
      Optional<User> me = MeCheck.whoAmI(client);
      Health.Builder up = Health.up().withDetail("site", client.baseUrl().toString());
      if (me.isEmpty()) {
        return up.withDetail("identity", "anonymous").build();
      }
      return up.withDetail("userId", me.get().id()).withDetail("name", me.get().name()).build();
    } catch (AuthDiagnosisException e) {
      Diagnosis d = e.diagnosis();
      // No withException: the exception's message chain would repeat the server's answer.
      return Health.down()
          .withDetail("site", client.baseUrl().toString())
          .withDetail("cause", d.cause().name())
          .withDetail("code", d.code())
          .withDetail("confidence", d.confidence().name())
          .withDetail("summary", secrets.scrub(d.summary()))
          .withDetail("firstCheck", secrets.scrub(d.firstCheck()))
          .build();
    }
  }
}
