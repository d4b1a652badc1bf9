package dev.wprest.client.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The checks a client's builder makes on one setting at a time, so that a bad value fails when it
 * is set, with the value in the message, instead of at the first call.
 */
public final class SettingChecks {
  private SettingChecks() {}

  /**
   * A site URL as the builder accepts it.
   *
   * @param url an absolute http(s) URL without credentials
   * @return it as a URI
   * @throws IllegalArgumentException naming the URL (redacted when it carries credentials)
   */
  public static URI baseUrl(String url) {
    requireNonNull(url, "url == null");
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("baseUrl is not a URL: " + url, e);
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + url);
    }
    // Credentials in the URL would travel in logs and exception messages: they go in auth().
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "baseUrl must not carry credentials; use auth(AuthStrategy): " + Redaction.uri(uri));
    }
    return uri;
  }

  /**
   * A caller's JDK client, refused when it would undo a safety rule of the library.
   *
   * @param httpClient the client
   * @return the same client
   * @throws IllegalArgumentException saying which setting is in the way
   */
  public static HttpClient usable(HttpClient httpClient) {
    requireNonNull(httpClient, "httpClient == null");
    if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException(
          "the HttpClient must use Redirect.NEVER (the library follows redirects safely itself): "
              + httpClient.followRedirects());
    }
    if (httpClient.authenticator().isPresent()) {
      throw new IllegalArgumentException(
          "the HttpClient must have no Authenticator: set credentials with auth(AuthStrategy)");
    }
    if (httpClient.cookieHandler().isPresent()) {
      throw new IllegalArgumentException(
          "the HttpClient must have no CookieHandler: use AuthStrategy.cookieNonce or cookieLogin");
    }
    return httpClient;
  }

  /**
   * A duration that must be positive.
   *
   * @param d the duration
   * @param name the setting's name, for the message
   * @return the same duration
   * @throws IllegalArgumentException when it is zero or negative
   */
  public static Duration positive(Duration d, String name) {
    requireNonNull(d, name + " == null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }

  /**
   * A count that must be at least 1.
   *
   * @param n the count
   * @param name the setting's name, for the message
   * @return {@code n}
   * @throws IllegalArgumentException when below 1
   */
  public static int atLeastOne(int n, String name) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + n);
    }
    return n;
  }
}
