package dev.wprest.client;

/**
 * A login-based auth strategy could not obtain a session or token: {@code wp-login.php} did not set
 * the logged-in cookie, the nonce endpoint refused the cookies, or a JWT plugin's token route
 * refused the credentials. The message says which step failed; it never contains the password.
 */
public class LoginFailedException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange the login step's exchange
   * @param cause the underlying failure, or null
   */
  public LoginFailedException(String message, FailedExchange exchange, Throwable cause) {
    super(message, exchange, cause);
  }
}
