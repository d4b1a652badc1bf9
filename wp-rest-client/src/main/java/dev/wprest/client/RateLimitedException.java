package dev.wprest.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A 429 answer: a host, WAF or plugin is limiting requests. Retried per the {@link RetryPolicy}.
 */
public class RateLimitedException extends WordPressApiException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

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
    super(message, exchange, error);
    this.retryAfter = retryAfter.orElse(null);
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
