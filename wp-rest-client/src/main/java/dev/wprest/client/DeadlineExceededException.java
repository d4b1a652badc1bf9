package dev.wprest.client;

/**
 * The call's deadline passed: the response headers or the body did not arrive in time. The deadline
 * covers the whole body, unlike the JDK's request timeout.
 */
public class DeadlineExceededException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   */
  public DeadlineExceededException(String message, FailedExchange exchange) {
    super(message, exchange, null);
  }
}
