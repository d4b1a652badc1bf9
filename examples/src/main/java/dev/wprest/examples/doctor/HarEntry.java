package dev.wprest.examples.doctor;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its response from a HAR file, with header names folded to lower case. Holds the
 * secrets the HAR holds: never print it; print what a redacting renderer made of it.
 */
final class HarEntry {
  private final String method;
  private final URI url;
  private final Map<String, List<String>> requestHeaders;
  private final int status;
  private final Map<String, List<String>> responseHeaders;
  private final byte[] responseBody;

  HarEntry(
      String method,
      URI url,
      Map<String, List<String>> requestHeaders,
      int status,
      Map<String, List<String>> responseHeaders,
      byte[] responseBody) {
    this.method = method;
    this.url = url;
    this.requestHeaders = Map.copyOf(requestHeaders);
    this.status = status;
    this.responseHeaders = Map.copyOf(responseHeaders);
    this.responseBody = responseBody.clone();
  }

  String method() {
    return method;
  }

  URI url() {
    return url;
  }

  int status() {
    return status;
  }

  Map<String, List<String>> requestHeaders() {
    return requestHeaders;
  }

  Map<String, List<String>> responseHeaders() {
    return responseHeaders;
  }

  byte[] responseBody() {
    return responseBody.clone();
  }

  Optional<String> requestHeader(String name) {
    List<String> values = requestHeaders.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The REST route of this request ({@code /wp/v2/users/me}), from {@code /wp-json/...} or {@code
   * ?rest_route=...}.
   */
  Optional<String> restRoute() {
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
        return Optional.of(
            java.net.URLDecoder.decode(
                pair.substring(11), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  /** The names of the WordPress cookies the request carried (never their values). */
  List<String> wordPressCookieNames() {
    return requestHeader("cookie").map(HarEntry::cookieNames).orElse(List.of());
  }

  private static List<String> cookieNames(String header) {
    return java.util.Arrays.stream(header.split(";"))
        .map(String::strip)
        .map(pair -> pair.split("=", 2)[0])
        .filter(name -> name.startsWith("wordpress_") || name.startsWith("wp-settings"))
        .collect(java.util.stream.Collectors.toList());
  }
}
