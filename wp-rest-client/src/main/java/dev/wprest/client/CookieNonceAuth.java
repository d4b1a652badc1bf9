package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.CookieSyntax;
import dev.wprest.client.internal.CredentialCheck;
import dev.wprest.client.internal.FailedExchanges;
import dev.wprest.client.internal.SecretSet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * WordPress cookies plus a REST nonce in {@code X-WP-Nonce}, either given (an existing session) or
 * obtained by logging in through {@code wp-login.php}.
 */
final class CookieNonceAuth implements AuthStrategy {
  private static final String NONCE_ROUTE = "wp-admin/admin-ajax.php?action=rest-nonce";

  private final String username;
  private final String loginPassword;
  private final Object lock = new Object();
  private volatile Map<String, String> cookies;
  private volatile String nonce;

  /**
   * Counts the nonces held; each thread remembers the one its last request carried, so that of many
   * calls failing on the same stale nonce only the first refreshes it and the rest retry with the
   * nonce it fetched. Calls run on one thread from {@code credentials} to {@code refreshAfter}.
   */
  private long generation;

  private final ThreadLocal<Long> generationSent = new ThreadLocal<>();

  /**
   * The login password and every cookie value and nonce ever held, in all their forms, so that
   * echoes of old ones stay masked.
   */
  private final SecretSet secrets = new SecretSet();

  private CookieNonceAuth(
      String username, String loginPassword, Map<String, String> cookies, String nonce) {
    this.username = username;
    this.loginPassword = loginPassword;
    if (loginPassword != null) {
      secrets.add(username, loginPassword);
    }
    adoptCookies(cookies);
    adoptNonce(nonce);
  }

  static CookieNonceAuth withSession(Map<String, String> cookies, String nonce) {
    requireNonNull(cookies, "cookies == null");
    requireNonNull(nonce, "nonce == null");
    if (cookies.keySet().stream().noneMatch(n -> n.startsWith("wordpress_logged_in_"))) {
      throw new IllegalArgumentException(
          "cookies hold no wordpress_logged_in_* cookie: " + cookies.keySet());
    }
    cookies.forEach(
        (name, value) ->
            CredentialCheck.headerValue(AuthScheme.COOKIE_NONCE, "cookie " + name, value));
    CredentialCheck.headerValue(AuthScheme.COOKIE_NONCE, "nonce", nonce);
    cookies.forEach((name, value) -> CookieSyntax.check(AuthScheme.COOKIE_NONCE, name, value));
    return new CookieNonceAuth(null, null, Map.copyOf(cookies), nonce);
  }

  static CookieNonceAuth withLogin(String username, String loginPassword) {
    requireNonNull(username, "username == null");
    requireNonNull(loginPassword, "loginPassword == null");
    CredentialCheck.sendable(AuthScheme.COOKIE_NONCE, "username", username);
    CredentialCheck.sendable(AuthScheme.COOKIE_NONCE, "password", loginPassword);
    return new CookieNonceAuth(username, loginPassword, null, null);
  }

  @Override
  public String scheme() {
    return AuthScheme.COOKIE_NONCE;
  }

  @Override
  public boolean sendsCredentials() {
    return true;
  }

  @Override
  public Map<String, String> credentials(AuthContext context) {
    synchronized (lock) {
      boolean freshLogin = cookies == null;
      if (freshLogin) {
        login(context);
      }
      if (nonce == null) {
        // Logging in again right after a fresh login would only repeat the same request.
        fetchNonce(context, !freshLogin);
      }
      generationSent.set(generation);
      return Map.of("Cookie", cookieHeader(cookies), "X-WP-Nonce", nonce);
    }
  }

  @Override
  public boolean refreshAfter(AuthContext context, WordPressApiException failure) {
    if (failure.status() != 403 || !failure.code().orElse("").equals("rest_cookie_invalid_nonce")) {
      return false;
    }
    Long sent = generationSent.get();
    synchronized (lock) {
      if (sent != null && sent != generation && nonce != null) {
        return true; // another call already replaced the nonce this one sent
      }
      nonce = null;
      fetchNonce(context, true);
      return true;
    }
  }

  @Override
  public void observe(HttpHeaders responseHeaders) {
    responseHeaders.firstValue("X-WP-Nonce").ifPresent(this::adoptNonce);
  }

  @Override
  public CredentialFacts facts() {
    CredentialFacts.Builder facts = CredentialFacts.builder();
    if (username != null) {
      facts.username(username);
    }
    if (cookies != null) {
      facts.cookieNames(cookies.keySet());
    }
    return facts.noncePresent(nonce != null).build();
  }

  @Override
  public String redact(String text) {
    return secrets.redact(text);
  }

  @Override
  public String toString() {
    return "CookieNonceAuth{"
        + (username != null ? "login=" + username + ", password=[REDACTED], " : "")
        + "cookies="
        + (cookies == null ? "[]" : cookies.keySet())
        + ", nonce=[REDACTED]}";
  }

  /** POST wp-login.php as a browser does, with the test cookie WordPress insists on. */
  private void login(AuthContext context) {
    if (loginPassword == null) {
      throw new IllegalStateException("no cookies and no login password to obtain them");
    }
    URI loginUri = context.siteUrl().resolve("wp-login.php");
    String form =
        "log="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&pwd="
            + URLEncoder.encode(loginPassword, StandardCharsets.UTF_8)
            + "&wp-submit=Log+In&testcookie=1&redirect_to="
            + URLEncoder.encode(
                context.siteUrl().resolve("wp-admin/").toString(), StandardCharsets.UTF_8);
    HttpRequest request =
        context
            .newRequest(loginUri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "wordpress_test_cookie=WP%20Cookie%20check")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<byte[]> response = context.send(request, true);
    Map<String, String> set = setCookies(response.headers());
    if (set.keySet().stream().noneMatch(n -> n.startsWith("wordpress_logged_in_"))) {
      throw new LoginFailedException(
          "WordPress login at "
              + loginUri
              + " answered "
              + response.statusCode()
              + " without a logged-in cookie: check the username and the login password "
              + "(an Application Password does not work on wp-login.php)",
          FailedExchanges.of(response, this, true, List.of(), false),
          null);
    }
    adoptCookies(set);
  }

  /**
   * GET admin-ajax.php?action=rest-nonce, which answers the nonce, or 400 "0" without a session.
   */
  private void fetchNonce(AuthContext context, boolean mayLogInAgain) {
    URI nonceUri = context.siteUrl().resolve(NONCE_ROUTE);
    HttpRequest request =
        context.newRequest(nonceUri).header("Cookie", cookieHeader(cookies)).GET().build();
    HttpResponse<byte[]> response = context.send(request, true);
    String body = new String(response.body(), StandardCharsets.UTF_8).strip();
    if (response.statusCode() == 200 && body.matches("[0-9a-f]{10}")) {
      adoptNonce(body);
      return;
    }
    if (mayLogInAgain && loginPassword != null) {
      login(context);
      fetchNonce(context, false);
      return;
    }
    throw new LoginFailedException(
        "WordPress refused to issue a REST nonce at "
            + nonceUri
            + " (status "
            + response.statusCode()
            + "): the session cookies are not (or no longer) logged in",
        FailedExchanges.of(response, this, true, List.of(), false),
        null);
  }

  private static Map<String, String> setCookies(HttpHeaders headers) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String header : headers.allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      boolean deleted =
          value.isEmpty()
              || value.equals("deleted")
              || header.toLowerCase(Locale.ROOT).contains("expires=thu, 01-jan-1970")
              || header.toLowerCase(Locale.ROOT).contains("max-age=0");
      // A cookie that cannot be sent back is dropped: without it the login fails, typed.
      if (!deleted && CookieSyntax.sendable(name, value)) {
        out.put(name, value);
      }
    }
    return out;
  }

  private void adoptCookies(Map<String, String> newCookies) {
    if (newCookies == null) {
      return;
    }
    newCookies.values().forEach(secrets::add);
    this.cookies = Map.copyOf(newCookies);
  }

  private void adoptNonce(String newNonce) {
    if (newNonce == null || newNonce.isBlank()) {
      return;
    }
    String fresh = newNonce.strip();
    synchronized (lock) {
      if (!fresh.equals(nonce)) {
        secrets.add(fresh);
        nonce = fresh;
        generation++;
      }
    }
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
