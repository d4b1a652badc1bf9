package dev.wprest.diagnostics;

import dev.wprest.client.AuthScheme;
import dev.wprest.client.CredentialFacts;
import dev.wprest.client.SiteInfo;
import dev.wprest.diagnostics.internal.TokenNamespaces;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The evidence every diagnosis shows, in a fixed order: the request and its answer, who answered,
 * the credential's scheme and shape, what the site's index said, and the headers that matter.
 */
final class StandardEvidence {
  private static final int BODY_EVIDENCE_LIMIT = 160;

  private StandardEvidence() {}

  static void addTo(Diagnosis.Builder b, FailureFacts f) {
    if (!f.isWordPressFailure()) {
      b.evidence("failure", f.thrown == null ? "null" : f.thrown.getClass().getName());
      b.evidence("answered by", "no WordPress call failed: this is not a wp-rest client failure");
      return;
    }
    b.evidence("failure", f.failure.getClass().getSimpleName());
    b.evidence("request", f.request());
    b.evidence("answer", f.answer());
    if (f.hasResponse()) {
      b.evidence("answered by", answeredBy(f));
      if (!f.message.isEmpty()) {
        b.evidence("WordPress message", f.message);
      }
      b.evidence(
          "api.w.org Link header",
          f.header("link").filter(l -> l.contains("api.w.org")).isPresent()
              ? "present (WordPress served this response)"
              : "absent");
    }
    b.evidence(
        "auth scheme",
        f.scheme() + (f.credentialsSent() ? " (credentials sent)" : " (no credentials sent)"));
    CredentialFacts credential = f.credential();
    credential
        .username()
        .ifPresent(
            u ->
                b.evidence(
                    "username",
                    u + credential.usernameKind().map(k -> " (" + lowerCase(k) + ")").orElse("")));
    credential.passwordShape().ifPresent(shape -> b.evidence("password shape", passwordShape(f)));
    if (!credential.cookieNames().isEmpty()) {
      b.evidence("cookies sent (names)", String.join(",", credential.cookieNames()));
    }
    credential.noncePresent().ifPresent(n -> b.evidence("nonce", n ? "present" : "absent"));
    credential.tokenShape().ifPresent(t -> b.evidence("token shape", lowerCase(t)));
    credential.jwtPlugin().ifPresent(p -> b.evidence("JWT plugin", p));
    f.site().ifPresent(site -> siteEvidence(b, f, site));
    for (String header : List.of("www-authenticate", "allow", "server", "retry-after")) {
      f.header(header).ifPresent(v -> b.evidence(header + " header", v));
    }
    if (!f.exchange.redirectChain().isEmpty()) {
      b.evidence("redirects", f.exchange.redirectChain() + " -> " + f.exchange.uri());
    }
    if (f.hasResponse() && !f.wordPressAnswered() && !f.body().isBlank()) {
      String body = f.body().replaceAll("\\s+", " ").strip();
      b.evidence(
          "body (start)",
          body.length() > BODY_EVIDENCE_LIMIT
              ? body.substring(0, BODY_EVIDENCE_LIMIT) + "..."
              : body);
    }
  }

  private static String answeredBy(FailureFacts f) {
    if (f.wordPressAnswered()) {
      return "WordPress (its JSON error envelope)";
    }
    switch (f.exchange.bodyKind()) {
      case NONE:
        return "unknown: the response body was not recorded, so WordPress's error code is unknown";
      case HTML:
        return "not WordPress's REST API: an HTML page"
            + f.htmlTitle().map(t -> " titled \"" + t + "\"").orElse("");
      case PHP_OUTPUT_BEFORE_JSON:
        return "WordPress, with PHP messages printed before the JSON";
      case EMPTY:
        return "unknown: the body was empty";
      case JSON:
        return "JSON without WordPress's error envelope";
      default:
        return "not WordPress's REST API: " + f.exchange.bodyKind().name().toLowerCase();
    }
  }

  private static String passwordShape(FailureFacts f) {
    OptionalInt characters = f.credential().passwordLength();
    String length = characters.isPresent() ? ", " + characters.getAsInt() + " characters" : "";
    return f.passwordShapedLikeApplicationPassword()
        ? "like an Application Password (24 letters and digits)" + length
        : "not like an Application Password" + length;
  }

  private static void siteEvidence(Diagnosis.Builder b, FailureFacts f, SiteInfo site) {
    b.evidence("API root", site.apiRoot() + " (found via " + site.discoveredVia() + ")");
    site.indexProblem().ifPresent(p -> b.evidence("index", p));
    site.applicationPasswordsAvailable()
        .ifPresent(
            available ->
                b.evidence(
                    "Application Passwords on the site",
                    available
                        ? "available (the index's authentication names application-passwords)"
                        : "unavailable (the index's authentication is [])"));
    if (f.scheme().equals(AuthScheme.BEARER)) {
      b.evidence(
          "token plugin namespace",
          TokenNamespaces.present(site)
              .orElse("none of " + TokenNamespaces.KNOWN + " in the index"));
    }
  }

  private static String lowerCase(Enum<?> fact) {
    return fact.name().toLowerCase(Locale.ROOT);
  }
}
