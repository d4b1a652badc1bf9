package dev.wprest.client;

import java.util.Optional;

/**
 * A 5xx answer: WordPress or something in front of it failed. GET and HEAD are retried on 500,
 * idempotent methods on 502, 503 and 504, according to the {@link RetryPolicy}.
 */
public class ServerErrorException extends WordPressApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param error WordPress's error envelope, when it sent one
   */
  public ServerErrorException(
      String message, FailedExchange exchange, Optional<WordPressError> error) {
    super(message, exchange, error);
  }
}
