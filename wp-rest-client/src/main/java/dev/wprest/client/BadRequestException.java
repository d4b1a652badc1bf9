package dev.wprest.client;

import java.util.Optional;

/**
 * A 400 answer: WordPress rejected a parameter ({@code rest_invalid_param}, {@code
 * rest_missing_callback_param}, ...). Not retried.
 */
public class BadRequestException extends WordPressApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param error WordPress's error envelope, when it sent one
   */
  public BadRequestException(
      String message, FailedExchange exchange, Optional<WordPressError> error) {
    super(message, exchange, error);
  }
}
