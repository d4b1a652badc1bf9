package dev.wprest.diagnostics;

import dev.wprest.client.BodyKind;
import java.util.Optional;

/**
 * An answer that is not WordPress's JSON and carries no firewall's marks: the web server's 404 for
 * {@code /wp-json/}, a PHP error page, a maintenance page, or another application.
 */
final class NonWordPressAnswerAnalyzer implements Analyzer {
  /**
   * nginx's own 503 page: a failed PHP-FPM or upstream gives 502 or 504, while 503 is the default
   * status of its request and connection limits (limit_req, limit_conn), so a rate limit comes
   * first.
   */
  static final String NGINX_503 =
      "nginx answered with its own 503 page, the status its rate limits (limit_req, limit_conn)"
          + " send by default: this is most likely a rate limit, above all when the first calls"
          + " passed and the later ones fail. Wait about a minute, retry with backoff and send"
          + " fewer requests; ask the host which limit applies to the REST API (nginx's error log"
          + " then shows \"limiting requests\" or \"limiting connections\"). Only if it names no"
          + " limit, read that log for the failing upstream.";

  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!f.hasResponse() || f.status == 429 || f.bodyUnrecorded()) {
      return Optional.empty();
    }
    BodyKind kind = f.exchange.bodyKind();
    // PHP's notices in front of WordPress's intact JSON: WordPress answered, PHP spoiled it.
    if (f.wordPressAnswered() && kind != BodyKind.PHP_OUTPUT_BEFORE_JSON) {
      return Optional.empty();
    }
    if (kind == BodyKind.JSON || kind == BodyKind.EMPTY) {
      return Optional.empty();
    }
    String body = f.bodyLower();
    if (kind == BodyKind.PHP_OUTPUT_BEFORE_JSON
        || body.contains("<b>fatal error</b>")
        || body.contains("php fatal error")
        || body.contains("there has been a critical error on this website")) {
      return Optional.of(
          f.diagnosis(LikelyCause.PHP_OUTPUT_IN_RESPONSE)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.what()
                      + ", and PHP printed "
                      + (kind == BodyKind.PHP_OUTPUT_BEFORE_JSON
                          ? "notices or warnings before the JSON."
                          : "an error page instead of the JSON."))
              .build());
    }
    if (f.status == 404 && f.isRestUri() && kind == BodyKind.HTML) {
      return Optional.of(
          f.diagnosis(LikelyCause.REST_API_NOT_FOUND)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.request()
                      + " answered the web server's HTML 404, not WordPress's JSON: the REST API is"
                      + " not served at this address.")
              .alternative(
                  LikelyCause.NOT_WORDPRESS_RESPONSE,
                  "the base URL may point at a server that does not run this WordPress.")
              .build());
    }
    if (body.contains("briefly unavailable for scheduled maintenance")) {
      return Optional.of(
          f.diagnosis(LikelyCause.NOT_WORDPRESS_RESPONSE)
              .confidence(Confidence.LIKELY)
              .summary(f.what() + " with WordPress's maintenance page: an update is running.")
              .firstCheck(
                  "Wait for the update to finish (a stale .maintenance file in the WordPress"
                      + " directory keeps the site in maintenance mode) and retry.")
              .build());
    }
    if (f.status == 401 || f.status == 403) {
      return Optional.of(
          f.diagnosis(LikelyCause.BLOCKED_BY_SECURITY_LAYER)
              .confidence(Confidence.POSSIBLE)
              .summary(
                  f.request()
                      + " answered "
                      + f.status
                      + " with "
                      + (kind == BodyKind.HTML ? "an HTML page" : "a non-JSON body")
                      + " instead of WordPress's JSON: something in front of WordPress refused it.")
              .alternative(
                  LikelyCause.NOT_WORDPRESS_RESPONSE,
                  "the base URL may point at a server that does not run this WordPress.")
              .build());
    }
    if (f.status >= 500) {
      Diagnosis.Builder d =
          f.diagnosis(LikelyCause.SERVER_ERROR)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.request() + " answered " + f.status + " with a page from the server or proxy.");
      if (f.status == 503 && nginxPage(f, body)) {
        d.firstCheck(NGINX_503);
      }
      return Optional.of(d.build());
    }
    return Optional.of(
        f.diagnosis(LikelyCause.NOT_WORDPRESS_RESPONSE)
            .confidence(Confidence.LIKELY)
            .summary(
                f.request()
                    + " answered "
                    + f.status
                    + " with "
                    + (kind == BodyKind.HTML ? "an HTML page" : "a non-JSON body")
                    + f.htmlTitle().map(t -> " titled \"" + t + "\"").orElse("")
                    + " instead of WordPress's REST JSON.")
            .build());
  }

  private static boolean nginxPage(FailureFacts f, String body) {
    return f.header("Server")
            .map(v -> v.toLowerCase(java.util.Locale.ROOT).contains("nginx"))
            .orElse(false)
        || body.contains("<center>nginx");
  }
}
