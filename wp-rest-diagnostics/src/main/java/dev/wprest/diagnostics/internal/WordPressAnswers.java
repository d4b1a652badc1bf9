package dev.wprest.diagnostics.internal;

import java.util.Set;

/**
 * The WordPress facts the passive analyzers and the doctor both reason from, defined once: which
 * answer is the anonymous 401 and which codes report a bad credential. (What counts as the index
 * and the route a URI addresses are the client's: {@code WordPressJson}, {@code RestUris}.) Not
 * API: it may change in any release.
 */
public final class WordPressAnswers {
  /**
   * Codes with which WordPress reports the credential itself (only where a plugin looks the user up
   * early): they are not the anonymous answer.
   */
  public static final Set<String> CREDENTIAL_CODES =
      Set.of(
          "incorrect_password",
          "invalid_username",
          "invalid_email",
          "application_passwords_disabled",
          "application_passwords_disabled_for_user");

  /**
   * Codes of plugins that refuse anonymous REST requests outright (via {@code
   * rest_authentication_errors}), on every route, the index included.
   */
  public static final Set<String> LOCK_DOWN_CODES =
      Set.of(
          "rest_login_required",
          "rest_cannot_access",
          "rest_unauthorized",
          "rest_disabled",
          "rest_api_disabled");

  /** The namespaces of WordPress core itself; anything else in the index is a plugin's. */
  public static final Set<String> CORE_NAMESPACES =
      Set.of("oembed/1.0", "wp/v2", "wp-site-health/v1", "wp-block-editor/v1");

  private WordPressAnswers() {}

  /**
   * Whether WordPress answered as it does to a request it sees as anonymous: 401 in its own JSON
   * envelope with a route's or a lock-down plugin's code, not a code that reports the credential.
   *
   * @param status the HTTP status
   * @param code WordPress's error code, or ""
   * @param wordPressEnvelope whether the body is WordPress's error envelope
   * @return true for the anonymous 401
   */
  public static boolean isAnonymous(int status, String code, boolean wordPressEnvelope) {
    return status == 401
        && wordPressEnvelope
        && !CREDENTIAL_CODES.contains(code)
        && !code.startsWith("jwt_auth_")
        && !code.startsWith("[jwt_auth]");
  }
}
