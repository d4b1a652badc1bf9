package dev.wprest.client;

import java.util.Optional;

/**
 * A 401 answer: no identity was accepted for the request. WordPress answers 401 when the current
 * user is anonymous, whatever the reason: no credentials, a stripped {@code Authorization} header,
 * a wrong or login password, unavailable Application Passwords, an unsupported bearer token. The
 * wp-rest-diagnostics module tells these apart.
 *
 * <p>A sibling of {@link ForbiddenException}, never its parent or child.
 */
public class UnauthorizedException extends WordPressApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param error WordPress's error envelope, when it sent one
   */
  public UnauthorizedException(
      String message, FailedExchange exchange, Optional<WordPressError> error) {
    super(message, exchange, error);
  }
}
