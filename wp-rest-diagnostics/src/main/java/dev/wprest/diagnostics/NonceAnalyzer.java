package dev.wprest.diagnostics;

import java.util.Optional;

/**
 * {@code 403 rest_cookie_invalid_nonce}: a 403, but an identity failure. With the login cookies the
 * nonce belongs to another session; without them, the nonce came alone.
 */
final class NonceAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!f.codeIs("rest_cookie_invalid_nonce")) {
      return Optional.empty();
    }
    if (!f.cookieNames().isEmpty()) {
      return Optional.of(
          f.diagnosis(LikelyCause.NONCE_INVALID)
              .stage(Stage.IDENTITY)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.what()
                      + ": the cookie check failed, so the nonce sent does not belong to the login"
                      + " session of the cookies sent (a 403 here is an identity failure).")
              .alternative(
                  LikelyCause.CREDENTIALS_REJECTED,
                  "if the cookies' session has ended (logged out, expired, another site), no nonce"
                      + " can match it.")
              .build());
    }
    return Optional.of(
        f.diagnosis(LikelyCause.NONCE_WITHOUT_COOKIES)
            .stage(Stage.IDENTITY)
            .confidence(Confidence.LIKELY)
            .summary(
                f.what()
                    + ": a nonce reached WordPress without any login cookie, and WordPress refuses a"
                    + " nonce without its session, even on public routes.")
            .alternative(
                LikelyCause.NONCE_INVALID,
                "a cache or proxy that removes the Cookie header leaves the nonce alone in the same"
                    + " way.")
            .build());
  }
}
