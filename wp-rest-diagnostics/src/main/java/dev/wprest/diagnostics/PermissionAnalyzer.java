package dev.wprest.diagnostics;

import dev.wprest.diagnostics.internal.CoreCapabilities;
import java.util.Optional;

/**
 * A 403 from WordPress: core answers 403 (not 401) when an identity was accepted and lacks the
 * capability, with the same codes it uses for anonymous requests.
 */
final class PermissionAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (f.status != 403 || !f.wordPressAnswered()) {
      return Optional.empty();
    }
    String allowed =
        f.header("allow")
            .map(a -> " (the Allow header lists " + a + " for this identity)")
            .orElse("");
    if (f.credentialsSent()) {
      return Optional.of(
          f.diagnosis(LikelyCause.INSUFFICIENT_CAPABILITY)
              .stage(Stage.PERMISSION)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.what()
                      + ": WordPress accepted the "
                      + f.scheme()
                      + " identity (403, not 401) but it may not "
                      + f.method()
                      + " "
                      + f.route()
                      + allowed
                      + ".")
              .firstCheck(
                  f.method()
                      + " "
                      + f.route()
                      + " needs "
                      + CoreCapabilities.needed(f.method(), f.route())
                      + ": use a user whose role has it, or give this user that role in wp-admin;"
                      + " never open the route to the public to get past this.")
              .build());
    }
    return Optional.of(
        f.diagnosis(LikelyCause.INSUFFICIENT_CAPABILITY)
            .stage(Stage.PERMISSION)
            .confidence(Confidence.POSSIBLE)
            .summary(
                f.what()
                    + " without credentials: WordPress core answers 401 to anonymous requests, so a"
                    + " plugin or the route itself refuses them"
                    + allowed
                    + ".")
            .alternative(
                LikelyCause.REST_API_DISABLED,
                "a plugin restricting the REST API may answer 403 to anonymous requests.")
            .alternative(LikelyCause.NO_CREDENTIALS_SENT, "no credentials were sent.")
            .build());
  }
}
