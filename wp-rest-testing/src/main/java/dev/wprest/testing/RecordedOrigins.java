package dev.wprest.testing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the origins of the recording sites ({@code http://127.0.0.1:80xx} and the https site on
 * 8443) in a recorded answer onto a loopback server's, in plain and in JSON-escaped text alike.
 */
final class RecordedOrigins {
  private static final Pattern PLAIN =
      Pattern.compile("https?://(?:127\\.0\\.0\\.1|localhost):(80\\d\\d|8443)");
  private static final Pattern JSON_ESCAPED =
      Pattern.compile("https?:\\\\/\\\\/(?:127\\.0\\.0\\.1|localhost):(80\\d\\d|8443)");

  /** The port each recording site had, to tell a recording's own origin from the others. */
  private static final Map<String, String> SITE_PORTS =
      Map.of(
          "modphp", "8081",
          "stripped", "8082",
          "https", "8443",
          "production", "8084",
          "norewrite", "8085",
          "jwt", "8086",
          "redirect", "8087",
          "earlyuser", "8088");

  private RecordedOrigins() {}

  /**
   * Every recorded origin becomes {@code origin}: one fake stands in for all recording sites.
   *
   * @param text a header value or body
   * @param origin e.g. {@code http://127.0.0.1:43125}
   * @return the text with the origins moved
   */
  static String allOnto(String text, String origin) {
    return replace(text, port -> origin);
  }

  /**
   * The recording site's own origin becomes {@code http://127.0.0.1:<port>} and every other
   * recorded origin {@code http://localhost:<port>}: another origin for a client, as it was when
   * recorded (a redirect to another site stays a redirect to another origin).
   *
   * @param text a header value or body
   * @param site the recording's site, e.g. {@code redirect}
   * @param port the loopback server's port
   * @return the text with the origins moved
   */
  static String ownAndOthers(String text, String site, int port) {
    String own = SITE_PORTS.getOrDefault(site, "");
    return replace(
        text,
        recordedPort ->
            (recordedPort.equals(own) ? "http://127.0.0.1:" : "http://localhost:") + port);
  }

  private static String replace(String text, java.util.function.Function<String, String> onto) {
    String json =
        JSON_ESCAPED
            .matcher(text)
            .replaceAll(m -> Matcher.quoteReplacement(onto.apply(m.group(1)).replace("/", "\\/")));
    return PLAIN.matcher(json).replaceAll(m -> Matcher.quoteReplacement(onto.apply(m.group(1))));
  }
}
