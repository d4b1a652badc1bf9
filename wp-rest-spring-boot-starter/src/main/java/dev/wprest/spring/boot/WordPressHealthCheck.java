package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.User;
import dev.wprest.diagnostics.AuthDiagnosisException;
import dev.wprest.diagnostics.Diagnosis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The {@code wordpress} health, whichever Spring Boot asks: UP with the identity the site accepted
 * (user id and name, never a credential), DOWN with the doctor's diagnosis (cause, code,
 * confidence, summary, first check). A result is reused for {@code wordpress.health.cache-time}, so
 * that a load balancer polling health neither sends WordPress a request per poll nor runs the
 * doctor per poll.
 */
final class WordPressHealthCheck {
  private final WordPressClient client;
  private final DoctorConfirmation doctor;
  private final Duration cacheTime;
  private final Clock clock;
  private final ConfiguredSecrets secrets;

  private Result cached;
  private Instant checkedAt;

  WordPressHealthCheck(
      WordPressClient client,
      DoctorConfirmation doctor,
      Duration cacheTime,
      Clock clock,
      ConfiguredSecrets secrets) {
    this.client = client;
    this.doctor = doctor;
    this.cacheTime = cacheTime;
    this.clock = clock;
    this.secrets = secrets;
  }

  /** The check of a client, with the doctor of the {@code wordpress.*} site when configured. */
  static WordPressHealthCheck of(
      WordPressClient client, WordPressProperties properties, Environment environment) {
    return new WordPressHealthCheck(
        client,
        DoctorConfirmation.of(properties, environment),
        properties.getHealth().getCacheTime(),
        Clock.systemUTC(),
        new ConfiguredSecrets(environment));
  }

  /** One health result: up or down, and its details in order. */
  static final class Result {
    final boolean up;
    final Map<String, Object> details;

    private Result(boolean up, Map<String, Object> details) {
      this.up = up;
      this.details = Collections.unmodifiableMap(details);
    }
  }

  /** Synchronized: concurrent polls after expiry check once, not once each. */
  synchronized Result result() {
    Instant now = clock.instant();
    if (cached == null || !now.isBefore(checkedAt.plus(cacheTime))) {
      cached = check();
      checkedAt = now;
    }
    return cached;
  }

  private Result check() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("site", client.baseUrl().toString());
    try {
      Optional<User> me = MeCheck.whoAmI(client);
      if (me.isEmpty()) {
        details.put("identity", "anonymous");
      } else {
        details.put("userId", me.get().id());
        details.put("name", me.get().name());
      }
      return new Result(true, details);
    } catch (AuthDiagnosisException e) {
      Diagnosis d = doctor.confirm(e.diagnosis());
      // No exception detail: its message chain would repeat the server's answer.
      details.put("cause", d.cause().name());
      details.put("code", d.code());
      details.put("confidence", d.confidence().name());
      details.put("summary", secrets.scrub(d.summary()));
      details.put("firstCheck", secrets.scrub(d.firstCheck()));
      return new Result(false, details);
    }
  }
}
