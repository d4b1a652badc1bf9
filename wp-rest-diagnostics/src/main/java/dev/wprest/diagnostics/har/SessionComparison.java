package dev.wprest.diagnostics.har;

import dev.wprest.client.CredentialFacts;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.util.Locale;
import java.util.Optional;

/**
 * "Works in the browser, fails in Postman": compares the auth-relevant parts of the same route's
 * request in a HAR where it worked and one where it failed, and names what the failing one lacks.
 * Only names, schemes and presence are compared and shown, never values.
 */
final class SessionComparison {
  private SessionComparison() {}

  /** The auth-relevant facts of one request. */
  static final class AuthParts {
    final boolean loggedInCookie;
    final boolean nonce;
    final String authorization;
    final String origin;

    /**
     * For Basic auth, whether the password is shaped like an Application Password; empty for other
     * schemes. Only the shape is kept, never the value.
     */
    final Optional<Boolean> appPasswordShaped;

    AuthParts(HarEntry e) {
      this.loggedInCookie =
          e.wordPressCookieNames().stream().anyMatch(n -> n.startsWith("wordpress_logged_in_"));
      this.nonce =
          e.requestHeader("x-wp-nonce").isPresent()
              || (e.url().getRawQuery() != null && e.url().getRawQuery().contains("_wpnonce="));
      this.authorization =
          e.requestHeader("authorization").map(v -> v.split(" ", 2)[0]).orElse("none");
      this.origin = e.requestHeader("origin").orElse("none");
      this.appPasswordShaped =
          RecordedFailure.auth(e)
              .facts()
              .passwordShape()
              .filter(shape -> shape != CredentialFacts.PasswordShape.MALFORMED)
              .map(shape -> shape == CredentialFacts.PasswordShape.APPLICATION_PASSWORD);
    }

    boolean ownCredential() {
      return !authorization.equals("none");
    }

    String describe() {
      return "logged-in cookie "
          + (loggedInCookie ? "yes" : "no")
          + ", nonce "
          + (nonce ? "yes" : "no")
          + ", Authorization "
          + authorization
          + ", Origin "
          + origin
          + appPasswordShaped
              .map(
                  shaped ->
                      ", Basic password shaped like an Application Password "
                          + (shaped ? "yes" : "no"))
              .orElse("");
    }
  }

  /** Compares a working and a failing call of the same route; empty when they do not differ. */
  static Optional<Diagnosis> compare(
      HarEntry worked, String workedFile, HarEntry failed, String failedFile) {
    AuthParts ok = new AuthParts(worked);
    AuthParts bad = new AuthParts(failed);
    String route = failed.method() + " " + failed.restRoute().orElse(failed.url().getPath());
    LikelyCause cause;
    String lacks;
    String check;
    if (bad.loggedInCookie && !bad.nonce) {
      cause = LikelyCause.COOKIES_WITHOUT_NONCE;
      lacks =
          "sent WordPress cookies without the REST nonce, so WordPress treated it as anonymous"
              + (bad.authorization.equals("none")
                  ? ""
                  : " (and cookies without a nonce override its "
                      + bad.authorization
                      + " credentials)");
      check =
          "Send no browser cookies from "
              + failedFile
              + ": clear its cookie jar for this site and "
              + "authenticate with an Application Password as Basic auth over HTTPS.";
    } else if (bad.nonce && !bad.loggedInCookie) {
      cause = LikelyCause.NONCE_WITHOUT_COOKIES;
      lacks = "sent a nonce without the login cookies it belongs to";
      check =
          "Drop the X-WP-Nonce header in "
              + failedFile
              + " and authenticate with an Application "
              + "Password as Basic auth over HTTPS.";
    } else if (bad.ownCredential()) {
      return ownCredentialRefused(worked, workedFile, ok, failed, failedFile, bad);
    } else if (ok.loggedInCookie && ok.nonce && ok.authorization.equals("none")) {
      cause = LikelyCause.BROWSER_SESSION_ONLY;
      lacks =
          "has no credential of its own: the browser was authenticated only by its logged-in "
              + "cookie session and nonce";
      check =
          "Give "
              + failedFile
              + " its own credential: an Application Password (Users > Profile) "
              + "sent with the username as Basic auth over HTTPS, in a clean request without browser cookies.";
    } else {
      return Optional.empty();
    }
    return Optional.of(
        Diagnosis.builder(cause)
            .confidence(Confidence.LIKELY)
            .summary(
                route
                    + " worked in "
                    + workedFile
                    + " ("
                    + worked.status()
                    + ") and failed in "
                    + failedFile
                    + " ("
                    + failed.status()
                    + "): the failing request "
                    + lacks
                    + ".")
            .evidence(workedFile.toLowerCase(Locale.ROOT), ok.describe())
            .evidence(failedFile.toLowerCase(Locale.ROOT), bad.describe())
            .firstCheck(check)
            .build());
  }

  /**
   * The failing request sent its own credential: what it lacks is not a credential, so the cause is
   * what its own answer says (the same diagnosis as {@code explain} on that file alone), told next
   * to the comparison. The summary names the scheme the evidence shows.
   */
  private static Optional<Diagnosis> ownCredentialRefused(
      HarEntry worked,
      String workedFile,
      AuthParts ok,
      HarEntry failed,
      String failedFile,
      AuthParts bad) {
    Optional<Diagnosis> alone = RecordedFailure.diagnose(failed);
    if (alone.isEmpty()) {
      return Optional.empty();
    }
    Diagnosis own = alone.get();
    String shape =
        bad.appPasswordShaped
            .map(
                shaped ->
                    "; its password is "
                        + (shaped ? "" : "not ")
                        + "shaped like an Application Password (24 letters and digits)")
            .orElse("");
    // The two files' lines first, as in every comparison; then the failing answer's own evidence.
    Diagnosis.Builder b =
        Diagnosis.builder(own.cause())
            .stage(own.stage())
            .confidence(own.confidence())
            .firstCheck(own.firstCheck())
            .notYet(own.notYet())
            .evidence(workedFile.toLowerCase(Locale.ROOT), ok.describe())
            .evidence(failedFile.toLowerCase(Locale.ROOT), bad.describe())
            .summary(
                failed.method()
                    + " "
                    + failed.restRoute().orElse(failed.url().getPath())
                    + " worked in "
                    + workedFile
                    + " ("
                    + worked.status()
                    + (ok.loggedInCookie ? ", with the browser's logged-in cookie session" : "")
                    + ") and failed in "
                    + failedFile
                    + " ("
                    + failed.status()
                    + "), where the request sent its own Authorization: "
                    + bad.authorization
                    + " credential"
                    + shape
                    + ". "
                    + own.summary());
    own.evidence().forEach(b::evidence);
    own.alternatives().forEach(a -> b.alternative(a.cause(), a.why()));
    return Optional.of(b.build());
  }
}
