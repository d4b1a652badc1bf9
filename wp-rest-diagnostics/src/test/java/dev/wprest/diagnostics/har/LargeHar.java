package dev.wprest.diagnostics.har;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large, realistic HAR: one logged-in browser session of page loads and REST calls with
 * large bodies, where every thousandth call is a 401 for cookies sent without the nonce, and one
 * body is longer than what is kept of a text. Run as a program to make the file for a manual heap
 * measurement: {@code LargeHar <file> <megabytes>}.
 */
final class LargeHar {
  static final String COOKIE = "wordpress_logged_in_5c9b=ed%7C1765432100%7CsEcReTsEsSiOnToKeN1";
  static final String NONCE = "a1b2c3d4e5";
  static final int FAILED_EVERY = 100;

  private LargeHar() {}

  /** Writes about {@code megabytes} MB; returns the number of 401 calls written. */
  static long write(Path file, long megabytes) throws IOException {
    long target = megabytes * 1024 * 1024;
    String page = "<p>" + "lorem ipsum dolor sit amet ".repeat(800) + "</p>";
    String posts = "[" + "{\"id\":1,\"title\":{\"rendered\":\"Hello\"}},".repeat(300) + "{}]";
    long written = 0;
    long failed = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"WebInspector\"},\"entries\":[");
      // One body longer than what is kept, to show the cut.
      String huge = "x".repeat(HarReader.KEPT_TEXT_CHARS + 1000);
      written += entry(out, "GET", "https://example.com/big/", true, 200, "text/html", huge, false);
      for (long i = 1; written < target; i++) {
        out.write(',');
        if (i % FAILED_EVERY == 0) {
          written +=
              entry(
                  out,
                  "GET",
                  "https://example.com/wp-json/wp/v2/users/me",
                  false,
                  401,
                  "application/json",
                  "{\"code\":\"rest_not_logged_in\",\"message\":\"You are not currently logged"
                      + " in.\",\"data\":{\"status\":401}}",
                  false);
          failed++;
        } else if (i % 2 == 0) {
          written +=
              entry(
                  out,
                  "GET",
                  "https://example.com/p" + i + "/",
                  true,
                  200,
                  "text/html",
                  page,
                  false);
        } else {
          written +=
              entry(
                  out,
                  "GET",
                  "https://example.com/wp-json/wp/v2/posts?page=" + i,
                  true,
                  200,
                  "application/json",
                  posts,
                  false);
        }
      }
      out.write("]}}");
    }
    return failed;
  }

  private static long entry(
      BufferedWriter out,
      String method,
      String url,
      boolean withNonce,
      int status,
      String type,
      String body,
      boolean base64)
      throws IOException {
    String text =
        "{\"request\":{\"method\":\""
            + method
            + "\",\"url\":\""
            + url
            + "\",\"headers\":[{\"name\":\"Cookie\",\"value\":\""
            + COOKIE
            + "\"}"
            + (withNonce ? ",{\"name\":\"X-WP-Nonce\",\"value\":\"" + NONCE + "\"}" : "")
            + "]},\"response\":{\"status\":"
            + status
            + ",\"headers\":[{\"name\":\"Content-Type\",\"value\":\""
            + type
            + "\"},{\"name\":\"Link\",\"value\":\"<https://example.com/wp-json/>; rel=\\\"https://api.w.org/\\\"\"}],"
            + "\"content\":{\"mimeType\":\""
            + type
            + "\""
            + (base64 ? ",\"encoding\":\"base64\"" : "")
            + ",\"text\":\""
            + body.replace("\"", "\\\"")
            + "\"}}}";
    out.write(text);
    return text.length();
  }

  /**
   * Makes the file for a manual measurement.
   *
   * @param args the file and its size in megabytes
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long failed = write(Path.of(args[0]), Long.parseLong(args[1]));
    System.out.println("wrote " + args[0] + " with " + failed + " failed calls");
  }
}
