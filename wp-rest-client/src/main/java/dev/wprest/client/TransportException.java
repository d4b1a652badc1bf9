package dev.wprest.client;

/**
 * The exchange failed below HTTP: connection refused or reset, TLS failure, the connection closed
 * mid-body. Connect failures are retried for every method; other I/O failures only for idempotent
 * methods (a POST becomes an {@link OutcomeUnknownException}).
 */
public class TransportException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param cause the I/O failure
   */
  public TransportException(String message, FailedExchange exchange, Throwable cause) {
    super(message, exchange, cause);
  }
}
