package dev.wprest.diagnostics;

import java.util.Optional;

/**
 * {@code incorrect_password}, {@code invalid_username}, {@code invalid_email}: WordPress reports a
 * bad credential only where a plugin looks the user up early, but when it does, the code is exact.
 */
final class CredentialCodeAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    String user = f.username().map(u -> "\"" + u + "\"").orElse("the user");
    if (f.codeIs("incorrect_password")) {
      if (f.passwordShapedOtherwise()) {
        return Optional.of(
            f.diagnosis(LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD)
                .confidence(Confidence.LIKELY)
                .summary(
                    f.what()
                        + ": WordPress refused the password, which is not shaped like an"
                        + " Application Password.")
                .alternative(
                    LikelyCause.CREDENTIALS_REJECTED,
                    "any wrong password gets incorrect_password; if this is an Application"
                        + " Password typed with extra characters, it is simply wrong.")
                .build());
      }
      return Optional.of(
          f.diagnosis(LikelyCause.CREDENTIALS_REJECTED)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.what()
                      + ": the Authorization header arrived and WordPress refused the password for "
                      + user
                      + ".")
              .firstCheck(
                  "WordPress found "
                      + user
                      + ", so the username is right: check that this password is listed under "
                      + user
                      + "'s own Profile > Application Passwords (not another user's) and not"
                      + " revoked, and that it was pasted whole (WordPress ignores only spaces and"
                      + " dashes); if it is not listed, create one for "
                      + user
                      + " and use it.")
              .build());
    }
    if (f.codeIs("invalid_username", "invalid_email")) {
      return Optional.of(
          f.diagnosis(LikelyCause.UNKNOWN_USER)
              .confidence(Confidence.LIKELY)
              .summary(f.what() + ": WordPress knows no user " + user + ".")
              .build());
    }
    return Optional.empty();
  }
}
