package dev.wprest.diagnostics;

import java.util.Optional;

/** WordPress said outright that Application Passwords are off, for the site or for this user. */
final class ApplicationPasswordsDisabledAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (f.codeIs("application_passwords_disabled")) {
      return Optional.of(
          f.diagnosis(LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE)
              .confidence(Confidence.LIKELY)
              .summary(f.what() + ": Application Passwords are not available on this site.")
              .build());
    }
    if (f.codeIs("application_passwords_disabled_for_user")) {
      return Optional.of(
          f.diagnosis(LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.what()
                      + ": Application Passwords are switched off for "
                      + f.username().map(u -> "the user " + u).orElse("this user")
                      + ".")
              .build());
    }
    return Optional.empty();
  }
}
