package dev.wprest.client;

import java.util.Optional;

/**
 * A 404 answer: {@code rest_no_route} from WordPress (no such route or method), {@code
 * rest_post_invalid_id} and friends, or a web server's HTML 404 when the REST API is not served at
 * that path.
 */
public class NotFoundException extends WordPressApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param error WordPress's error envelope, when it sent one
   */
  public NotFoundException(
      String message, FailedExchange exchange, Optional<WordPressError> error) {
    super(message, exchange, error);
  }
}
