package dev.wprest.examples.doctor;

import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.har.HarEntry;
import java.util.List;
import java.util.Locale;

/**
 * Diagnoses a failed REST call whose response body the HAR file does not hold (browsers leave it
 * out when the page never read it or the export was made without content: {@code content.size} -1,
 * no {@code text}). WordPress's error code is then unknown, so the cause is read from the status,
 * the response headers and the request's credentials, at the confidence those allow, and the text
 * says the body is missing from the file: it never blames the server for it.
 */
final class UnrecordedBodyDiagnosis {
  static final String BODY_NOT_RECORDED =
      "not recorded in the HAR file (no content.text), so WordPress's error code is unknown";

  private UnrecordedBodyDiagnosis() {}

  static Diagnosis diagnose(HarEntry entry) {
    SessionComparison.AuthParts auth = new SessionComparison.AuthParts(entry);
    int status = entry.status();
    String call =
        entry.method()
            + " "
            + entry.url().getScheme()
            + "://"
            + entry.url().getHost()
            + (entry.url().getPort() < 0 ? "" : ":" + entry.url().getPort())
            + entry.url().getRawPath(); // the query is left out: it can hold a _wpnonce
    Verdict v = verdict(entry, auth, status);
    Diagnosis.Builder b =
        Diagnosis.builder(v.cause)
            .confidence(v.confidence)
            .summary(
                call
                    + " answered "
                    + status
                    + "; the HAR file does not hold the response body, so this is read from the"
                    + " status and the request's headers: "
                    + v.why
                    + ".")
            .evidence("status", String.valueOf(status))
            .evidence("response body", BODY_NOT_RECORDED)
            .evidence(
                "WordPress answered",
                entry.responseHeaders().getOrDefault("link", List.of()).stream()
                        .anyMatch(l -> l.contains("https://api.w.org/"))
                    ? "yes (Link rel=\"https://api.w.org/\")"
                    : "not shown by the headers")
            .evidence("request", auth.describe())
            .firstCheck(v.check)
            .notYet(
                List.of(
                    "WordPress's error code: export the HAR again after the page has read the"
                        + " answer (devtools: Network panel open before the call, then \"Export"
                        + " HAR\" with content), or run `wp-doctor check` against the site."));
    if (v.alternative != null) {
      b.alternative(v.alternative, v.alternativeWhy);
    }
    return b.build();
  }

  /** A cause, its confidence and the reason in words, before it is built into a diagnosis. */
  private static final class Verdict {
    LikelyCause cause = LikelyCause.UNKNOWN;
    Confidence confidence = Confidence.POSSIBLE;
    String why = "the status alone does not tell which cause it is";
    String check = "Look at the response body where the call is made (it is not in the file).";
    LikelyCause alternative;
    String alternativeWhy;

    Verdict is(LikelyCause cause, Confidence confidence, String why, String check) {
      this.cause = cause;
      this.confidence = confidence;
      this.why = why;
      this.check = check;
      return this;
    }

    Verdict or(LikelyCause alternative, String why) {
      this.alternative = alternative;
      this.alternativeWhy = why;
      return this;
    }
  }

  private static Verdict verdict(HarEntry entry, SessionComparison.AuthParts auth, int status) {
    Verdict v = new Verdict();
    String scheme = auth.authorization.toLowerCase(Locale.ROOT);
    if (status == 401 && entry.responseHeaders().containsKey("www-authenticate")) {
      return v.is(
          LikelyCause.SERVER_LEVEL_AUTH_CHALLENGE,
          Confidence.LIKELY,
          "the answer carries WWW-Authenticate, which WordPress never sends: a server-level"
              + " password protects the site",
          "Ask for the server-level (staging) password, or call the site where it is not"
              + " required.");
    }
    if (status != 401 && status != 403) {
      return byStatus(v, status);
    }
    if (auth.loggedInCookie && !auth.nonce) {
      return v.is(
          LikelyCause.COOKIES_WITHOUT_NONCE,
          Confidence.LIKELY,
          "the request sent WordPress's logged-in cookie without the REST nonce (X-WP-Nonce or"
              + " _wpnonce), and WordPress treats cookies without a nonce as no login",
          "Send the REST nonce with the cookies (X-WP-Nonce: wpApiSettings.nonce), or call"
              + " without cookies using an Application Password.");
    }
    if (auth.nonce && !auth.loggedInCookie) {
      return v.is(
          LikelyCause.NONCE_WITHOUT_COOKIES,
          Confidence.POSSIBLE,
          "the request sent a REST nonce without the logged-in cookie it belongs to",
          "Send the nonce together with the browser's logged-in cookies, or use an Application"
              + " Password instead.");
    }
    if (scheme.equals("basic")) {
      if (auth.appPasswordShaped.map(shaped -> !shaped).orElse(false)) {
        return v.is(
            LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
            Confidence.LIKELY,
            "the request sent Authorization: Basic with a password that is not shaped like an"
                + " Application Password (24 letters and digits), and WordPress's REST API"
                + " accepts only Application Passwords as Basic credentials",
            "Create an Application Password (Users > Profile) and send it instead of the login"
                + " password.");
      }
      return v.is(
              LikelyCause.CREDENTIALS_REJECTED,
              Confidence.POSSIBLE,
              "the request sent Authorization: Basic with a password shaped like an Application"
                  + " Password; without the error code the HAR cannot tell a wrong password from"
                  + " a header the server dropped",
              "Run `wp-doctor check` against the site with this user: it tells a wrong"
                  + " Application Password from a stripped Authorization header.")
          .or(
              LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
              "a server that drops Authorization before PHP gives the same status");
    }
    if (scheme.equals("bearer")) {
      return status == 403
          ? v.is(
              LikelyCause.BEARER_TOKEN_REJECTED,
              Confidence.POSSIBLE,
              "the request sent a bearer token and was refused",
              "Get a fresh token from the site's token plugin and check it is sent unchanged.")
          : v.is(
                  LikelyCause.BEARER_NOT_SUPPORTED,
                  Confidence.POSSIBLE,
                  "the request sent a bearer token and WordPress core does not read bearer"
                      + " tokens without a plugin",
                  "Check that a JWT or OAuth plugin is active on the site (its namespace is"
                      + " listed in the API index), or use an Application Password.")
              .or(LikelyCause.BEARER_TOKEN_REJECTED, "a token plugin refusing the token");
    }
    if (auth.authorization.equals("none") && !auth.loggedInCookie) {
      return v.is(
          LikelyCause.NO_CREDENTIALS_SENT,
          status == 401 ? Confidence.LIKELY : Confidence.POSSIBLE,
          "the request carried no credential (no Authorization, no logged-in cookie)",
          "Send credentials: an Application Password as Basic auth.");
    }
    return v;
  }

  private static Verdict byStatus(Verdict v, int status) {
    if (status == 404) {
      return v.is(
          LikelyCause.ROUTE_NOT_FOUND,
          Confidence.POSSIBLE,
          "the route or the item was not found",
          "Check the route against the API index and the item's id.");
    }
    if (status == 400) {
      return v.is(
          LikelyCause.INVALID_REQUEST,
          Confidence.POSSIBLE,
          "WordPress refused the request's parameters",
          "Check the parameters sent against the route's schema in the API index.");
    }
    if (status == 429) {
      return v.is(
          LikelyCause.RATE_LIMITED,
          Confidence.POSSIBLE,
          "something in front of WordPress limits the request rate",
          "Wait for the time in Retry-After, then call less often.");
    }
    if (status >= 500) {
      return v.is(
          LikelyCause.SERVER_ERROR,
          Confidence.POSSIBLE,
          "the server failed while answering",
          "Look at the PHP error log of the site for the time of the call.");
    }
    return v;
  }
}
