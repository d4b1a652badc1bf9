package dev.wprest.spring.boot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code wordpress} health on Spring Boot 4, which moved health to {@code
 * org.springframework.boot.health.contributor} (module {@code spring-boot-health}); the same
 * results as {@link WordPressHealthIndicator} on Spring Boot 3.
 */
public final class Boot4WordPressHealthIndicator implements HealthIndicator {
  private final WordPressHealthCheck check;

  Boot4WordPressHealthIndicator(WordPressHealthCheck check) {
    this.check = check;
  }

  @Override
  public Health health() {
    WordPressHealthCheck.Result result = check.result();
    return (result.up ? Health.up() : Health.down()).withDetails(result.details).build();
  }
}
