package dev.wprest.client.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The REST route a URI addresses, in both ways WordPress routes: a {@code /wp-json} path and the
 * {@code rest_route} query parameter. Defined once, the way WordPress itself reads it: {@code
 * rest_api_register_rewrites()} maps {@code ^wp-json/?$} and {@code ^wp-json/(.*)?} onto {@code
 * rest_route}, {@code WP::parse_request()} decodes the match, and {@code rest_api_loaded()} ignores
 * an empty {@code rest_route} and serves {@code untrailingslashit()} of it, {@code /} for the
 * index.
 */
public final class RestUris {
  private static final String PREFIX = "/wp-json";
  private static final String PARAMETER = "rest_route=";

  private RestUris() {}

  /**
   * Whether a URI is an API root or a route under one.
   *
   * @param uri the URI, or null
   * @return true for a REST URI
   */
  public static boolean isRestUri(URI uri) {
    return !routeOf(uri).isEmpty();
  }

  /**
   * The route a URI addresses, e.g. {@code /wp/v2/users/me}: decoded, without a trailing slash,
   * {@code /} for the index, "" for a URI that is not a REST URI.
   *
   * @param uri the URI, or null
   * @return the route
   */
  public static String routeOf(URI uri) {
    if (uri == null) {
      return "";
    }
    String fromQuery = routeParameter(uri);
    if (fromQuery != null) {
      // rest_api_loaded() returns early on an empty rest_route: the page is not a REST answer.
      return fromQuery.isEmpty() ? "" : untrailingSlash(fromQuery);
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    int at = prefixAt(path);
    return at < 0 ? "" : untrailingSlash(path.substring(at + PREFIX.length()));
  }

  /**
   * The decoded value of the {@code rest_route} query parameter, the last one when it repeats (as
   * PHP reads a query string), or null without one.
   *
   * @param uri the URI
   * @return the value, or null
   */
  static String routeParameter(URI uri) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    String value = null;
    for (String part : query.split("&")) {
      if (part.startsWith(PARAMETER)) {
        try {
          value = URLDecoder.decode(part.substring(PARAMETER.length()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
          value = part.substring(PARAMETER.length());
        }
      }
    }
    return value;
  }

  /** Where {@code /wp-json} starts as a whole path segment, or -1. */
  static int prefixAt(String path) {
    for (int at = path.indexOf(PREFIX); at >= 0; at = path.indexOf(PREFIX, at + 1)) {
      int end = at + PREFIX.length();
      if (end == path.length() || path.charAt(end) == '/') {
        return at;
      }
    }
    return -1;
  }

  private static String untrailingSlash(String route) {
    int end = route.length();
    while (end > 0 && route.charAt(end - 1) == '/') {
      end--;
    }
    // untrailingslashit() is rtrim($route, '/\\'): every trailing slash goes.
    return end == 0 ? "/" : route.substring(0, end);
  }
}
