package dev.wprest.examples.doctor;

import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthStrategy;
import java.util.Map;

/**
 * Sends fixed headers, to reproduce what a hand-written script sends (a nonce without its cookies,
 * a browser's cookie jar next to Basic auth). Shows that {@link AuthStrategy} is pluggable; a real
 * program should use the built-in strategies.
 */
final class HeaderAuth implements AuthStrategy {
  private final String scheme;
  private final Map<String, String> headers;

  HeaderAuth(String scheme, Map<String, String> headers) {
    this.scheme = scheme;
    this.headers = Map.copyOf(headers);
  }

  @Override
  public String scheme() {
    return scheme;
  }

  @Override
  public boolean sendsCredentials() {
    return true;
  }

  @Override
  public Map<String, String> credentials(AuthContext context) {
    return headers;
  }

  @Override
  public Map<String, String> describe() {
    return Map.of(
        "headers", String.join(",", new java.util.TreeSet<>(headers.keySet())),
        "cookies", headers.containsKey("Cookie") ? "wordpress_logged_in_*" : "",
        "nonce", headers.containsKey("X-WP-Nonce") ? "present" : "absent");
  }

  @Override
  public String redact(String text) {
    String out = text;
    for (String value : headers.values()) {
      out = out.replace(value, "[REDACTED]");
    }
    return out;
  }

  @Override
  public String toString() {
    return "HeaderAuth{" + scheme + ", headers=" + headers.keySet() + "}";
  }
}
