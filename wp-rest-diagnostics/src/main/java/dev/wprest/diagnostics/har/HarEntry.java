package dev.wprest.diagnostics.har;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One request and its response from a HAR file, with header names folded to lower case. Holds the
 * secrets the HAR holds: never print it; print what a redacting renderer made of it.
 */
public final class HarEntry {
  private static final java.util.regex.Pattern API_ROOT_LINK =
      Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?https://api\\.w\\.org/\"?");

  private final String method;
  private final URI url;
  private final Map<String, List<String>> requestHeaders;
  private final int status;
  private final Map<String, List<String>> responseHeaders;
  private final byte[] responseBody;
  private final boolean bodyRecorded;

  HarEntry(
      String method,
      URI url,
      Map<String, List<String>> requestHeaders,
      int status,
      Map<String, List<String>> responseHeaders,
      byte[] responseBody,
      boolean bodyRecorded) {
    this.method = method;
    this.url = url;
    this.requestHeaders = Map.copyOf(requestHeaders);
    this.status = status;
    this.responseHeaders = Map.copyOf(responseHeaders);
    this.responseBody = responseBody.clone();
    this.bodyRecorded = bodyRecorded;
  }

  /**
   * Whether the HAR holds the response body; when it does not, {@link #responseBody()} is empty
   * because the file lacks it, not because the server sent nothing.
   *
   * @return true when the body is in the file
   */
  public boolean bodyRecorded() {
    return bodyRecorded;
  }

  /**
   * Whether WordPress's REST API answered or was asked: a {@code /wp-json/} or {@code rest_route}
   * URL, or a response carrying WordPress's {@code Link: <...>; rel="https://api.w.org/"} header
   * under whose API root the URL lies. Page loads, assets and third-party requests are not.
   *
   * @return true for a REST call
   */
  public boolean isRestCall() {
    return restRoute().isPresent();
  }

  /**
   * The request's method.
   *
   * @return e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The request's URL as recorded; it can hold secrets (a nonce in the query, userinfo).
   *
   * @return the URL
   */
  public URI url() {
    return url;
  }

  /**
   * The response's status.
   *
   * @return the status; 0 or below when no answer arrived
   */
  public int status() {
    return status;
  }

  /**
   * The request's headers by lower-case name, values unmasked.
   *
   * @return name to values
   */
  public Map<String, List<String>> requestHeaders() {
    return requestHeaders;
  }

  /**
   * The response's headers by lower-case name, values unmasked.
   *
   * @return name to values
   */
  public Map<String, List<String>> responseHeaders() {
    return responseHeaders;
  }

  /**
   * The response body as far as the file holds it.
   *
   * @return a copy of the bytes
   */
  public byte[] responseBody() {
    return responseBody.clone();
  }

  /** This entry without its response body, to be kept cheaply. */
  HarEntry withoutResponseBody() {
    return new HarEntry(
        method, url, requestHeaders, status, responseHeaders, new byte[0], bodyRecorded);
  }

  /**
   * The first value of a request header.
   *
   * @param name the header's name, any case
   * @return the value, if the request carried the header
   */
  public Optional<String> requestHeader(String name) {
    List<String> values = requestHeaders.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The REST route of this request ({@code /wp/v2/users/me}), from {@code /wp-json/...} or {@code
   * ?rest_route=...}.
   *
   * @return the route, if this is a REST call
   */
  public Optional<String> restRoute() {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    int wpJson = path.indexOf("/wp-json/");
    if (wpJson >= 0) {
      String route = path.substring(wpJson + "/wp-json".length());
      return Optional.of(
          route.endsWith("/") && route.length() > 1
              ? route.substring(0, route.length() - 1)
              : route);
    }
    String query = url.getRawQuery() == null ? "" : url.getRawQuery();
    for (String pair : query.split("&")) {
      if (pair.startsWith("rest_route=")) {
        return Optional.of(URLDecoder.decode(pair.substring(11), StandardCharsets.UTF_8));
      }
    }
    return advertisedRoot()
        .filter(root -> root.endsWith("/") && path.startsWith(root))
        .map(root -> "/" + path.substring(root.length()))
        .map(
            route ->
                route.length() > 1 && route.endsWith("/")
                    ? route.substring(0, route.length() - 1)
                    : route);
  }

  /**
   * The path of the API root a WordPress answer advertises in its {@code Link} header on the same
   * origin ({@code /api/} where a site moved {@code /wp-json/}).
   */
  private Optional<String> advertisedRoot() {
    for (String link : responseHeaders.getOrDefault("link", List.of())) {
      java.util.regex.Matcher m = API_ROOT_LINK.matcher(link);
      if (m.find()) {
        try {
          URI root = url.resolve(m.group(1));
          if (Objects.equals(root.getRawAuthority(), url.getRawAuthority())
              && root.getRawPath() != null) {
            return Optional.of(root.getRawPath());
          }
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The names of the WordPress cookies the request carried (never their values).
   *
   * @return e.g. {@code wordpress_logged_in_abc}
   */
  public List<String> wordPressCookieNames() {
    return requestHeader("cookie").map(HarEntry::cookieNames).orElse(List.of());
  }

  private static List<String> cookieNames(String header) {
    return Arrays.stream(header.split(";"))
        .map(String::strip)
        .map(pair -> pair.split("=", 2)[0])
        .filter(name -> name.startsWith("wordpress_") || name.startsWith("wp-settings"))
        .collect(Collectors.toList());
  }
}
