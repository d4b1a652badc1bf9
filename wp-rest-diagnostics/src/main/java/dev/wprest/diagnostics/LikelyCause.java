package dev.wprest.diagnostics;

import java.util.List;
import java.util.Locale;

/**
 * Why a WordPress REST call failed. The names and codes are API: causes are added, never renamed.
 *
 * <p>Each cause has a stable code (e.g. {@code WPD-401-HEADER-STRIPPED}), the stage it belongs to,
 * the one thing to check first, the things not to do yet, and an anchor in the troubleshooting
 * guide. Analyzers may replace the first check with one that names the real route or user.
 */
public enum LikelyCause {
  /** The client sent no credentials and the route needs an identity. */
  NO_CREDENTIALS_SENT("WPD-401-NO-CREDENTIALS", Stage.IDENTITY),
  /** The web server dropped the {@code Authorization} header before PHP saw it. */
  AUTHORIZATION_HEADER_STRIPPED("WPD-401-HEADER-STRIPPED", Stage.IDENTITY),
  /** The normal login password was sent where an Application Password is needed. */
  LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD("WPD-401-LOGIN-PASSWORD", Stage.IDENTITY),
  /** The credential arrived and was refused: wrong, revoked or someone else's. */
  CREDENTIALS_REJECTED("WPD-401-CREDENTIALS-REJECTED", Stage.IDENTITY),
  /** The username or e-mail is not a user of this site. */
  UNKNOWN_USER("WPD-401-UNKNOWN-USER", Stage.IDENTITY),
  /** The site does not offer Application Passwords (not HTTPS and not local, or switched off). */
  APPLICATION_PASSWORDS_UNAVAILABLE("WPD-401-APP-PASSWORDS-UNAVAILABLE", Stage.IDENTITY),
  /** Application Passwords are switched off for this user or role. */
  APPLICATION_PASSWORDS_DISABLED_FOR_USER("WPD-401-APP-PASSWORDS-USER-DISABLED", Stage.IDENTITY),
  /** WordPress cookies were sent without the REST nonce, so WordPress treated them as anonymous. */
  COOKIES_WITHOUT_NONCE("WPD-401-COOKIES-WITHOUT-NONCE", Stage.IDENTITY),
  /** The nonce does not belong to the session of the cookies sent, or has expired. */
  NONCE_INVALID("WPD-403-NONCE-INVALID", Stage.IDENTITY),
  /** A nonce was sent without the login cookies it belongs to. */
  NONCE_WITHOUT_COOKIES("WPD-403-NONCE-WITHOUT-COOKIES", Stage.IDENTITY),
  /** A bearer token was sent to a site with no plugin that accepts bearer tokens. */
  BEARER_NOT_SUPPORTED("WPD-401-BEARER-NOT-SUPPORTED", Stage.IDENTITY),
  /** The token plugin refused the token: invalid, expired, or issued by another site. */
  BEARER_TOKEN_REJECTED("WPD-401-BEARER-REJECTED", Stage.IDENTITY),
  /** A redirect to another origin would have carried (or lost) the credentials. */
  CREDENTIALS_DROPPED_ON_REDIRECT("WPD-3XX-CROSS-ORIGIN-REDIRECT", Stage.TRANSPORT),
  /** The client refused to send credentials over plain http. */
  INSECURE_TRANSPORT_REFUSED("WPD-NET-INSECURE-HTTP", Stage.TRANSPORT),
  /** Something in front of WordPress (htpasswd, a proxy) asked for its own credentials. */
  SERVER_LEVEL_AUTH_CHALLENGE("WPD-401-SERVER-CHALLENGE", Stage.TRANSPORT),
  /** The call only ever worked through a browser's logged-in cookie session. */
  BROWSER_SESSION_ONLY("WPD-401-BROWSER-SESSION-ONLY", Stage.IDENTITY),
  /** The identity was accepted but lacks the capability for this route and method. */
  INSUFFICIENT_CAPABILITY("WPD-403-INSUFFICIENT-CAPABILITY", Stage.PERMISSION),
  /** A firewall, CDN or host security layer answered with its own page. */
  BLOCKED_BY_SECURITY_LAYER("WPD-WAF-BLOCKED", Stage.TRANSPORT),
  /** A plugin restricts the REST API to logged-in users or switches it off. */
  REST_API_DISABLED("WPD-401-REST-API-DISABLED", Stage.IDENTITY),
  /** WordPress has no route for this path and method. */
  ROUTE_NOT_FOUND("WPD-404-ROUTE-NOT-FOUND", Stage.ROUTE),
  /** The REST API is not served at this address (often {@code /wp-json/} without rewrites). */
  REST_API_NOT_FOUND("WPD-404-REST-API-NOT-FOUND", Stage.ROUTE),
  /** The answer did not come from WordPress's REST API. */
  NOT_WORDPRESS_RESPONSE("WPD-RESP-NOT-WORDPRESS", Stage.RESPONSE),
  /** The evidence matches no known cause. */
  UNKNOWN("WPD-UNKNOWN", Stage.RESPONSE),
  /** A redirect changed the request: a write would have become a GET, or the route was lost. */
  REDIRECT_CHANGED_REQUEST("WPD-3XX-REDIRECT-CHANGED-REQUEST", Stage.TRANSPORT),
  /** A redirect was refused for another reason: a downgrade to http, too many hops, or policy. */
  REDIRECT_REFUSED("WPD-3XX-REDIRECT-REFUSED", Stage.TRANSPORT),
  /** The connection failed, broke, or the call ran out of time. */
  TRANSPORT_FAILED("WPD-NET-TRANSPORT-FAILED", Stage.TRANSPORT),
  /** The bearer-token plugin is installed but not configured (e.g. no secret key). */
  BEARER_PLUGIN_MISCONFIGURED("WPD-JWT-PLUGIN-MISCONFIGURED", Stage.IDENTITY),
  /** PHP printed notices, warnings or errors into the response. */
  PHP_OUTPUT_IN_RESPONSE("WPD-RESP-PHP-OUTPUT", Stage.RESPONSE),
  /** The body was empty, cut off or not the JSON that was due. */
  MALFORMED_RESPONSE("WPD-RESP-MALFORMED", Stage.RESPONSE),
  /** The server failed with a 5xx. */
  SERVER_ERROR("WPD-5XX-SERVER-ERROR", Stage.RESPONSE),
  /** The server or a layer in front of it is rate limiting the client. */
  RATE_LIMITED("WPD-429-RATE-LIMITED", Stage.TRANSPORT),
  /** WordPress refused a parameter or the body of the request. */
  INVALID_REQUEST("WPD-400-INVALID-REQUEST", Stage.ROUTE),
  /** The body was whole, valid JSON that did not fit the Java type it was bound to. */
  UNEXPECTED_JSON_SHAPE("WPD-RESP-UNEXPECTED-SHAPE", Stage.RESPONSE),
  /**
   * An authentication plugin claims every {@code Authorization} header and refuses the scheme sent
   * (a JWT plugin answering {@code 403 jwt_auth_bad_auth_header} to valid Basic credentials).
   */
  AUTH_PLUGIN_REJECTS_SCHEME("WPD-403-AUTH-PLUGIN-REJECTS-SCHEME", Stage.IDENTITY),
  /**
   * A parameter value needs a permission the caller lacks: WordPress answers {@code 400
   * rest_invalid_param} (e.g. {@code status=future} without {@code edit_posts}), and the detail's
   * own status (401 or 403) tells whether an identity was accepted at all.
   */
  PARAMETER_NEEDS_PERMISSION("WPD-400-PARAM-NEEDS-PERMISSION", Stage.PERMISSION),
  /**
   * The route exists and the object does not ({@code 404 rest_post_invalid_id}): a wrong, deleted
   * or trashed id, or an id of another post type.
   */
  OBJECT_NOT_FOUND("WPD-404-OBJECT-NOT-FOUND", Stage.ROUTE);

  /**
   * Where the project's documentation is published: the {@code docs/} folder of the main branch on
   * GitHub. A {@link #docLink()} points into it, so that the link works in a log or a health
   * endpoint's JSON, far from a checkout; offline, {@code wp-doctor explain-code CODE} prints the
   * same entry.
   */
  public static final String DOCS_URL = "https://github.com/wp-rest/wp-rest/blob/main/docs/";

  /** The guide every diagnosis links to. */
  static final String GUIDE = DOCS_URL + "troubleshooting.md";

  private final String code;
  private final Stage stage;

  LikelyCause(String code, Stage stage) {
    this.code = code;
    this.stage = stage;
  }

  /**
   * The stable, documented code.
   *
   * @return e.g. {@code WPD-401-HEADER-STRIPPED}
   */
  public String code() {
    return code;
  }

  /**
   * The stage this cause belongs to; a diagnosis may say otherwise when the evidence does.
   *
   * @return the stage
   */
  public Stage stage() {
    return stage;
  }

  /**
   * A short title for people.
   *
   * @return e.g. "The Authorization header never reached WordPress"
   */
  public String title() {
    return CauseTexts.title(this);
  }

  /**
   * The evidence that selects this cause, as the troubleshooting guide states it.
   *
   * @return one or two sentences
   */
  public String selectedBy() {
    return CauseTexts.selectedBy(this);
  }

  /**
   * The general first check for this cause, in the imperative.
   *
   * @return the check
   */
  public String firstCheck() {
    return CauseTexts.firstCheck(this);
  }

  /**
   * What not to do yet while this cause is open.
   *
   * @return the items, possibly empty
   */
  public List<String> notYet() {
    return CauseTexts.notYet(this);
  }

  /**
   * The anchor of this cause in the troubleshooting guide: the lower-cased code.
   *
   * @return e.g. {@code wpd-401-header-stripped}
   */
  public String anchor() {
    return code.toLowerCase(Locale.ROOT);
  }

  /**
   * Where this cause is explained: an absolute URL of the published troubleshooting guide ({@link
   * #DOCS_URL}).
   *
   * @return e.g. {@code
   *     https://github.com/wp-rest/wp-rest/blob/main/docs/troubleshooting.md#wpd-401-header-stripped}
   */
  public String docLink() {
    return GUIDE + "#" + anchor();
  }
}
