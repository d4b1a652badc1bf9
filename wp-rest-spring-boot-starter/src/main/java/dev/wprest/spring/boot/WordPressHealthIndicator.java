package dev.wprest.spring.boot;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code wordpress} health on Spring Boot 3 ({@code org.springframework.boot.actuate.health});
 * see {@link Boot4WordPressHealthIndicator} for Spring Boot 4. UP with the accepted identity, DOWN
 * with the doctor's diagnosis; results are cached for {@code wordpress.health.cache-time}.
 */
public final class WordPressHealthIndicator implements HealthIndicator {
  private final WordPressHealthCheck check;

  WordPressHealthIndicator(WordPressHealthCheck check) {
    this.check = check;
  }

  @Override
  public Health health() {
    WordPressHealthCheck.Result result = check.result();
    return (result.up ? Health.up() : Health.down()).withDetails(result.details).build();
  }
}
