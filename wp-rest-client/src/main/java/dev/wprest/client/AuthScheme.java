package dev.wprest.client;

/**
 * The scheme names {@link AuthStrategy#scheme()} returns for the built-in strategies, as they
 * appear in evidence and logs. A plugin's strategy may use a name of its own.
 */
public final class AuthScheme {
  /** HTTP Basic with an Application Password. */
  public static final String APPLICATION_PASSWORD = "application-password";

  /** WordPress login cookies and a REST nonce, given or obtained by logging in. */
  public static final String COOKIE_NONCE = "cookie-nonce";

  /** {@code Authorization: Bearer}, a fixed token or one obtained from a JWT plugin. */
  public static final String BEARER = "bearer";

  /** No credentials. */
  public static final String NONE = "none";

  private AuthScheme() {}
}
