package dev.wprest.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A 429 answer: a host, WAF or plugin is limiting requests. Retried per the {@link RetryPolicy};
 * when the server asks to wait longer than the policy's {@code maxRetryAfter}, not retried at all:
 * the message and {@link #retryAt()} say when the server will take requests again.
 */
public class RateLimitedException extends WordPressApiException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;
  private final transient Instant retryAt;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param error WordPress's error envelope, when it sent one
   * @param retryAfter the server's {@code Retry-After}, when given
   */
  public RateLimitedException(
      String message,
      FailedExchange exchange,
      Optional<WordPressError> error,
      Optional<Duration> retryAfter) {
    this(message, exchange, error, retryAfter, retryAfter.map(d -> Instant.now().plus(d)));
  }

  /**
   * Creates the exception with the instant the server named.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param error WordPress's error envelope, when it sent one
   * @param retryAfter the server's {@code Retry-After}, when given
   * @param retryAt when the server takes requests again, when it said
   */
  public RateLimitedException(
      String message,
      FailedExchange exchange,
      Optional<WordPressError> error,
      Optional<Duration> retryAfter,
      Optional<Instant> retryAt) {
    super(message, exchange, error);
    this.retryAfter = retryAfter.orElse(null);
    this.retryAt = retryAt.orElse(null);
  }

  /**
   * When the server said it would take requests again: now plus {@link #retryAfter()}, the server's
   * own date when it sent one.
   *
   * @return the instant, if the server sent {@code Retry-After}
   */
  public Optional<Instant> retryAt() {
    return Optional.ofNullable(retryAt);
  }

  /**
   * The wait the server asked for.
   *
   * @return the {@code Retry-After} value, if any
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
