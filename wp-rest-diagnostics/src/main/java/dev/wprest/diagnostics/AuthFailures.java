package dev.wprest.diagnostics;

import dev.wprest.client.FailedExchange;
import dev.wprest.client.LoginFailedException;
import dev.wprest.client.WordPressException;

/**
 * Which failures {@link AuthDiagnostics#call(java.util.function.Supplier)} throws as {@link
 * AuthDiagnosisException}: the one definition of "an auth failure", which the README's wiring table
 * states in words.
 */
final class AuthFailures {
  private AuthFailures() {}

  /** True when the failure is about who the caller is or what the caller may do. */
  static boolean isAuthFailure(WordPressException failure, Diagnosis diagnosis) {
    FailedExchange exchange = failure.exchange();
    int status = exchange.status().orElse(0);
    if (status == 401 || status == 403) {
      // Whoever sent it: WordPress, a firewall or the web server refused this caller.
      return true;
    }
    if (failure instanceof LoginFailedException
        || diagnosis.stage() == Stage.IDENTITY
        || diagnosis.stage() == Stage.PERMISSION) {
      return true;
    }
    if (diagnosis.cause() == LikelyCause.SERVER_LEVEL_AUTH_CHALLENGE
        || diagnosis.cause() == LikelyCause.BLOCKED_BY_SECURITY_LAYER) {
      // A challenge stops discovery before any credential is sent, so it has no 401 of the call's
      // own; a security layer may block with 406 or 503 as well as 403.
      return true;
    }
    // Security plugins and servers lock out an identity (or its address) with 429 after failed
    // logins; without credentials a 429 is plain rate limiting and keeps its type.
    return status == 429 && exchange.credentialsSent();
  }
}
