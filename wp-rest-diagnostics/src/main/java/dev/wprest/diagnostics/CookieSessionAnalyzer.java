package dev.wprest.diagnostics;

import java.util.Optional;

/**
 * The anonymous 401 for a cookie session: without a nonce WordPress ignores the cookies; with one,
 * the cookies were no longer a logged-in session.
 */
final class CookieSessionAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    boolean cookieScheme =
        f.scheme().startsWith("cookie") || !f.cookieNames().isEmpty() || f.sentHeader("cookie");
    if (!AnonymousAnswer.is(f) || !cookieScheme) {
      return Optional.empty();
    }
    if (!f.sentNonce()) {
      return Optional.of(
          f.diagnosis(LikelyCause.COOKIES_WITHOUT_NONCE)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.what()
                      + ": WordPress cookies were sent without the REST nonce, and WordPress treats"
                      + " cookies without a nonce as no login"
                      + (f.sentHeader("authorization")
                          ? ", even when valid credentials travel in the Authorization header next"
                              + " to them."
                          : "."))
              .alternative(
                  LikelyCause.BROWSER_SESSION_ONLY,
                  "cookies taken from a browser work only together with that page's nonce.")
              .build());
    }
    return Optional.of(
        f.diagnosis(LikelyCause.CREDENTIALS_REJECTED)
            .confidence(Confidence.POSSIBLE)
            .summary(
                f.what()
                    + " although cookies and a nonce were sent: the cookies are most likely no"
                    + " longer a logged-in session.")
            .firstCheck(
                "Log in again and send the cookies and nonce of that new session; for an external"
                    + " program, use an Application Password instead.")
            .alternative(
                LikelyCause.BROWSER_SESSION_ONLY,
                "cookies copied from a browser expire and are bound to that browser's login.")
            .alternative(
                LikelyCause.COOKIES_WITHOUT_NONCE,
                "a proxy or cache may drop the X-WP-Nonce header on its way to WordPress.")
            .build());
  }
}
