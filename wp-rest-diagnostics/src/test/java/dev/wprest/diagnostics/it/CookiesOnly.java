package dev.wprest.diagnostics.it;

import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.CredentialFacts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real session cookies from a browser-style login, sent without a nonce (or with a chosen one):
 * what a program does when it reuses a browser's cookie jar.
 */
final class CookiesOnly implements AuthStrategy {
  private final Map<String, String> cookies;
  private final String nonce;

  CookiesOnly(String siteUrl, String login, String password) {
    this(logIn(siteUrl, login, password), null);
  }

  private CookiesOnly(Map<String, String> cookies, String nonce) {
    this.cookies = cookies;
    this.nonce = nonce;
  }

  CookiesOnly withNonce(String newNonce) {
    return new CookiesOnly(cookies, newNonce);
  }

  private static Map<String, String> logIn(String siteUrl, String login, String password) {
    try {
      String form =
          "log="
              + URLEncoder.encode(login, StandardCharsets.UTF_8)
              + "&pwd="
              + URLEncoder.encode(password, StandardCharsets.UTF_8)
              + "&wp-submit=Log+In&testcookie=1";
      HttpResponse<Void> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(siteUrl + "wp-login.php"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .header("Cookie", "wordpress_test_cookie=WP%20Cookie%20check")
                      .POST(HttpRequest.BodyPublishers.ofString(form))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      Map<String, String> out = new LinkedHashMap<>();
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (pair.startsWith("wordpress_") && !pair.startsWith("wordpress_test_cookie")) {
          out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("browser-style login failed", e);
    }
  }

  @Override
  public String scheme() {
    return "cookie-nonce";
  }

  @Override
  public boolean sendsCredentials() {
    return true;
  }

  @Override
  public Map<String, String> credentials(AuthContext context) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        "Cookie",
        cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; ")));
    if (nonce != null) {
      headers.put("X-WP-Nonce", nonce);
    }
    return headers;
  }

  @Override
  public CredentialFacts facts() {
    return CredentialFacts.builder()
        .cookieNames(cookies.keySet())
        .noncePresent(nonce != null)
        .build();
  }

  @Override
  public String redact(String text) {
    String out = text;
    for (String value : cookies.values()) {
      out = out == null ? null : out.replace(value, "[REDACTED]");
    }
    return out;
  }
}
