package dev.wprest.diagnostics;

import java.util.Optional;

/** The anonymous 401 for a scheme this library does not know (a custom auth strategy). */
final class OtherSchemeAnonymousAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!AnonymousAnswer.is(f) || !f.credentialsSent()) {
      return Optional.empty();
    }
    return Optional.of(
        f.diagnosis(LikelyCause.CREDENTIALS_REJECTED)
            .confidence(Confidence.POSSIBLE)
            .summary(
                f.what()
                    + " although "
                    + f.scheme()
                    + " credentials were sent: WordPress accepted no identity.")
            .firstCheck(
                "Check that the plugin handling the "
                    + f.scheme()
                    + " scheme is active and that the server forwards its headers to PHP.")
            .alternative(
                LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
                "a server that drops the Authorization header gives the same 401.")
            .build());
  }
}
