package dev.wprest.diagnostics;

import java.util.Optional;

/**
 * {@code wp_die} in WordPress's JSON envelope: a plugin or theme ended the request with {@code
 * wp_die()}, which core answers through {@code _json_wp_die_handler()} (500 unless the caller gave
 * another status). Core's REST code never does that with a plain message, and its fatal error
 * handler answers {@code internal_server_error}, so this is a plugin's refusal, not a crash; most
 * often All-In-One Security's "Disallow unauthorized REST requests", which stops every request
 * without a logged-in session on {@code rest_api_init}, Basic credentials included.
 */
final class PluginStopAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (f.status < 400 || !f.wordPressAnswered() || !"wp_die".equals(f.code)) {
      return Optional.empty();
    }
    Diagnosis.Builder d =
        f.diagnosis(LikelyCause.REST_API_DISABLED)
            .confidence(Confidence.POSSIBLE)
            .summary(
                f.what()
                    + ": a plugin or theme ended the request with wp_die() before WordPress"
                    + " answered it (WordPress's own failures answer internal_server_error), most"
                    + " likely a security plugin that stops REST requests without a logged-in"
                    + " session.")
            .firstCheck(
                "Call the site's /wp-json/ index without credentials: when it answers the same"
                    + " wp_die, a plugin stops every REST request (All-In-One Security's"
                    + " \"Disallow unauthorized REST requests\" does, Application Passwords"
                    + " included); ask the administrator to switch it off. When the index answers,"
                    + " the plugin stopped only this route: read its message.");
    d.alternative(
        LikelyCause.SERVER_ERROR,
        "a plugin may also call wp_die() when its own code fails; the server's PHP error log"
            + " shows it.");
    if (f.credentialsSent()) {
      d.alternative(
          LikelyCause.CREDENTIALS_REJECTED,
          "the plugin answers before WordPress looks at the credential, so it may be wrong too.");
    }
    return Optional.of(d.build());
  }
}
