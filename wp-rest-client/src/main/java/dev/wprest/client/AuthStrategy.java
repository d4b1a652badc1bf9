package dev.wprest.client;

import dev.wprest.client.internal.CredentialCheck;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How requests prove who they are. Pick one of the factories; implement this interface only for a
 * scheme WordPress core does not know (a plugin's).
 *
 * <p>Which one to use:
 *
 * <ul>
 *   <li>An external program, script or service: {@link #applicationPassword(String, String)}, the
 *       user's WordPress username (or e-mail) and an Application Password created for that user
 *       under Users → Profile. Not the login password. Over HTTPS, or on a site whose environment
 *       type is {@code local}.
 *   <li>Code that holds a logged-in browser session: {@link #cookieNonce(Map, String)}; or, to log
 *       in with the login password like a browser does, {@link #cookieLogin(String, String)}.
 *   <li>A site with a JWT plugin: {@link #bearer(String)}, or {@link #jwtLogin(JwtPlugin, String,
 *       String)} to obtain the token from the plugin.
 *   <li>Public content: {@link #none()}.
 * </ul>
 *
 * <p>Contract for implementations: {@link #credentials(AuthContext)} returns the headers to add
 * (the client, not a {@code java.net.Authenticator}, sets them: WordPress never sends {@code
 * WWW-Authenticate}); {@link #scheme()} names the scheme for evidence; {@code toString()} and
 * {@link #redact(String)} never reveal a secret. A header value holding a control character is
 * refused by the client with {@link InvalidCredentialException} before anything is sent.
 */
public interface AuthStrategy {

  /**
   * A short, stable name for evidence and logs: for the built-in strategies one of {@link
   * AuthScheme}'s constants ({@code application-password}, {@code cookie-nonce}, {@code bearer},
   * {@code none}); a plugin's strategy may name its own.
   *
   * @return the scheme name, never a secret
   */
  String scheme();

  /**
   * Whether requests carry credentials; drives the insecure-http and redirect rules.
   *
   * @return false only for strategies that send nothing secret
   */
  boolean sendsCredentials();

  /**
   * The headers that authenticate the next request. May log in first (cookie or JWT login) through
   * {@link AuthContext#send}.
   *
   * @param context the client's services for this site
   * @return header name to value; empty for none
   */
  Map<String, String> credentials(AuthContext context);

  /**
   * Called once per call after an auth-related failure: refresh what can be refreshed (a nonce, a
   * token) and return true to have the client retry the call once.
   *
   * @param context the client's services for this site
   * @param failure the 401 or 403 the call got
   * @return true to retry once
   */
  default boolean refreshAfter(AuthContext context, WordPressApiException failure) {
    return false;
  }

  /**
   * Sees every response's headers, e.g. to adopt the fresh {@code X-WP-Nonce} WordPress sends.
   *
   * @param responseHeaders the headers
   */
  default void observe(HttpHeaders responseHeaders) {}

  /**
   * Facts about the credential that are safe to show and help a diagnosis, never the secret itself:
   * the password's shape, the username's kind, the cookies' names, whether a nonce is held, the
   * token's shape. The built-in strategies state theirs; a custom strategy states its own so that a
   * diagnosis can use them.
   *
   * @return the facts; {@link CredentialFacts#none()} when nothing is known (the default)
   */
  default CredentialFacts facts() {
    return CredentialFacts.none();
  }

  /**
   * Masks this strategy's own secrets in text, in every form a server can send them back. The
   * built-in strategies mask every form {@code dev.wprest.client.internal.SecretForms} lists: raw,
   * without spaces or with dashes, URL-encoded ({@code +} or {@code %20}, any hex case),
   * JSON-escaped ({@code \/}, <code>&#92;u00e9</code>), HTML-escaped, cookie-decoded, and Base64 of
   * the secret and of {@code user:secret}.
   *
   * @param text any text
   * @return the text without this strategy's secrets
   */
  default String redact(String text) {
    return text;
  }

  /**
   * HTTP Basic with an Application Password: {@code Authorization: Basic
   * base64(username:applicationPassword)}. The username may be the user's login or e-mail; the
   * password is sent as given (WordPress itself ignores its spaces and dashes).
   *
   * @param username the WordPress username or e-mail
   * @param applicationPassword the Application Password (not the login password)
   * @return the strategy
   * @throws InvalidCredentialException when the username or password holds a control character,
   *     e.g. the final newline of the file it was read from (it is refused, not trimmed)
   */
  static AuthStrategy applicationPassword(String username, String applicationPassword) {
    return new ApplicationPasswordAuth(username, applicationPassword);
  }

  /**
   * An existing logged-in session: the WordPress cookies and a REST nonce ({@code
   * wpApiSettings.nonce}, or {@code admin-ajax.php?action=rest-nonce}). The fresh nonce WordPress
   * returns is adopted; on {@code 403 rest_cookie_invalid_nonce} a new nonce is fetched with the
   * cookies and the call retried once.
   *
   * @param cookies cookie name to value, e.g. {@code wordpress_logged_in_...}
   * @param nonce the REST nonce
   * @return the strategy
   * @throws InvalidCredentialException when a value holds a control character (refused, not
   *     trimmed)
   */
  static AuthStrategy cookieNonce(Map<String, String> cookies, String nonce) {
    return CookieNonceAuth.withSession(cookies, nonce);
  }

  /**
   * Logs in through {@code wp-login.php} with the login password, fetches a REST nonce, and sends
   * both, as the block editor does. Refreshes the nonce (and the login, if the session expired)
   * once on {@code 403 rest_cookie_invalid_nonce}.
   *
   * @param username the WordPress username or e-mail
   * @param loginPassword the normal login password
   * @return the strategy
   * @throws InvalidCredentialException when a value holds a control character (refused, not
   *     trimmed)
   */
  static AuthStrategy cookieLogin(String username, String loginPassword) {
    return CookieNonceAuth.withLogin(username, loginPassword);
  }

  /**
   * A fixed bearer token, sent as {@code Authorization: Bearer}. WordPress core does not accept
   * bearer tokens: a JWT or OAuth plugin must.
   *
   * @param token the token
   * @return the strategy
   * @throws InvalidCredentialException when the token holds a control character, e.g. the final
   *     newline of the file it was read from (it is refused, not trimmed)
   */
  static AuthStrategy bearer(String token) {
    java.util.Objects.requireNonNull(token, "token == null");
    CredentialCheck.headerValue(AuthScheme.BEARER, "token", token);
    BearerAuth auth = new BearerAuth(() -> token);
    auth.remember(token);
    return auth;
  }

  /**
   * A bearer token read from {@code tokens} before every request, so the caller can refresh it.
   * Every token supplied stays masked in messages and diagnoses for the life of the strategy. A
   * token holding a control character fails the call with {@link InvalidCredentialException} before
   * anything is sent.
   *
   * @param tokens supplies the current token
   * @return the strategy
   */
  static AuthStrategy bearer(Supplier<String> tokens) {
    return new BearerAuth(tokens);
  }

  /**
   * Obtains a bearer token from a JWT plugin's token route with the login password, and gets a new
   * one once when the plugin says the token is invalid or expired.
   *
   * @param plugin which JWT plugin the site runs (their answers differ)
   * @param username the WordPress username
   * @param loginPassword the login password
   * @return the strategy
   * @throws InvalidCredentialException when a value holds a control character (refused, not
   *     trimmed)
   */
  static AuthStrategy jwtLogin(JwtPlugin plugin, String username, String loginPassword) {
    return new JwtLoginAuth(plugin, username, loginPassword);
  }

  /**
   * No credentials: public routes only.
   *
   * @return the strategy
   */
  static AuthStrategy none() {
    return NoAuth.INSTANCE;
  }
}
