package dev.wprest.client;

/**
 * A non-idempotent request (POST, PATCH) failed after its bytes may have reached the server: it may
 * or may not have taken effect. The client does not retry it; check the site (e.g. list recent
 * posts) before sending it again.
 */
public class OutcomeUnknownException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param cause the failure
   */
  public OutcomeUnknownException(String message, FailedExchange exchange, Throwable cause) {
    super(message, exchange, cause);
  }
}
