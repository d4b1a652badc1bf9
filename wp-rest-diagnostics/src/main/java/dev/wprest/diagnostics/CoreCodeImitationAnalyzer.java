package dev.wprest.diagnostics;

import dev.wprest.diagnostics.internal.CoreSignature;
import java.util.Map;
import java.util.Optional;

/**
 * Core WordPress's code with a status core never sends with it (see {@link
 * dev.wprest.diagnostics.internal.CoreSignatures}): a plugin or a proxy answered with core's code,
 * so the code does not name core's cause. Tried before the analyzers that read those codes.
 */
final class CoreCodeImitationAnalyzer implements Analyzer {
  /** What core means by each of its codes: the cause an imitation must not be taken for. */
  static final Map<String, LikelyCause> CORE_CAUSE =
      Map.of(
          "rest_not_logged_in", LikelyCause.NO_CREDENTIALS_SENT,
          "incorrect_password", LikelyCause.CREDENTIALS_REJECTED,
          "invalid_username", LikelyCause.UNKNOWN_USER,
          "invalid_email", LikelyCause.UNKNOWN_USER,
          "application_passwords_disabled", LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE,
          "application_passwords_disabled_for_user",
              LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER,
          "rest_cookie_invalid_nonce", LikelyCause.NONCE_INVALID,
          "rest_no_route", LikelyCause.ROUTE_NOT_FOUND,
          "rest_invalid_param", LikelyCause.INVALID_REQUEST,
          "rest_post_invalid_id", LikelyCause.OBJECT_NOT_FOUND);

  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (f.coreFit() != CoreSignature.Fit.NOT_CORE) {
      return Optional.empty();
    }
    String who =
        f.header("server").map(s -> " (Server: " + s + ")").orElse("")
            + f.header("via").map(v -> " (Via: " + v + ")").orElse("");
    LikelyCause core = CORE_CAUSE.getOrDefault(f.code, LikelyCause.UNKNOWN);
    return Optional.of(
        f.diagnosis(LikelyCause.UNKNOWN)
            .confidence(Confidence.POSSIBLE)
            .summary(
                f.what()
                    + who
                    + ", but not as core WordPress answers it: "
                    + f.coreMismatch()
                    + ". A plugin or a proxy answered with core's code.")
            .doesNotFit(f.answer() + ": " + f.coreMismatch() + ".")
            .alternative(
                core,
                "what core means by "
                    + f.code
                    + ", if whatever answered passes core's answer on with another status.")
            .alternative(
                LikelyCause.BLOCKED_BY_SECURITY_LAYER,
                "a security plugin, firewall or proxy answering with core's code.")
            .firstCheck(
                "Find who answered "
                    + f.answer()
                    + who
                    + ": switch the security and REST plugins off one at a time (or ask the host"
                    + " whether a firewall or proxy rewrites answers) and call again; the layer"
                    + " whose removal changes the answer produced it.")
            .build());
  }
}
