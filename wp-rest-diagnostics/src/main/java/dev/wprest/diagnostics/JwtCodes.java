package dev.wprest.diagnostics;

import java.util.Optional;
import java.util.Set;

/**
 * The error codes of the two common JWT plugins. "JWT Authentication for WP REST API" answers
 * {@code jwt_auth_*} codes and, on its token route, WordPress's login codes prefixed with {@code
 * [jwt_auth] }; "JWT Auth" wraps its codes in an envelope that also uses {@code invalid_token} and
 * {@code obsolete_token}.
 */
final class JwtCodes {
  private static final String PREFIX = "[jwt_auth] ";
  private static final Set<String> BARE_TOKEN_CODES = Set.of("invalid_token", "obsolete_token");

  private JwtCodes() {}

  /** Whether a code is a JWT plugin's; bare envelope codes count only for bearer calls. */
  static boolean isJwtCode(String code, boolean bearer) {
    return code.startsWith("jwt_auth_")
        || code.startsWith(PREFIX)
        || (bearer && BARE_TOKEN_CODES.contains(code));
  }

  /** The cause a JWT plugin's code names, when it names one. */
  static Optional<LikelyCause> cause(String code) {
    String c = code.startsWith(PREFIX) ? code.substring(PREFIX.length()) : code;
    if (c.contains("bad_config")) {
      return Optional.of(LikelyCause.BEARER_PLUGIN_MISCONFIGURED);
    }
    if (c.equals("jwt_auth_no_auth_header")) {
      return Optional.of(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    }
    if (c.contains("incorrect_password") || c.equals("jwt_auth_failed")) {
      return Optional.of(LikelyCause.CREDENTIALS_REJECTED);
    }
    if (c.contains("invalid_username") || c.contains("invalid_email")) {
      return Optional.of(LikelyCause.UNKNOWN_USER);
    }
    if (isJwtCode(code, true)) {
      return Optional.of(LikelyCause.BEARER_TOKEN_REJECTED);
    }
    return Optional.empty();
  }
}
