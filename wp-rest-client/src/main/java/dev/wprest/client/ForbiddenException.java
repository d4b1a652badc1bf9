package dev.wprest.client;

import java.util.Optional;

/**
 * A 403 answer: an identity may have been accepted, but permission was refused (e.g. {@code
 * rest_cannot_create} for a subscriber). Exception: {@code rest_cookie_invalid_nonce} is a 403 that
 * means the nonce, an identity check, failed.
 *
 * <p>A sibling of {@link UnauthorizedException}, never its parent or child.
 */
public class ForbiddenException extends WordPressApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param error WordPress's error envelope, when it sent one
   */
  public ForbiddenException(
      String message, FailedExchange exchange, Optional<WordPressError> error) {
    super(message, exchange, error);
  }
}
