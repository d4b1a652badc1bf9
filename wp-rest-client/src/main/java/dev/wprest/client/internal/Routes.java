package dev.wprest.client.internal;

import dev.wprest.client.RouteStyle;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds request URIs from an API root, a route and query parameters. */
public final class Routes {
  private Routes() {}

  /**
   * The URI of {@code route} on the API root, in the root's own routing style (see {@link
   * ApiRoots#styleOf}).
   *
   * @param apiRoot the root
   * @param route a route starting with {@code /}
   * @return the URI
   */
  public static URI resolve(URI apiRoot, String route) {
    return resolve(apiRoot, ApiRoots.styleOf(apiRoot), route, Map.of());
  }

  /** The URI of {@code route} with {@code query} on the API root, in the site's routing style. */
  public static URI resolve(
      URI apiRoot, RouteStyle style, String route, Map<String, List<String>> query) {
    // Sized for the usual URI: no regrowth on the per-call path.
    StringBuilder uri = new StringBuilder(apiRoot.toString().length() + route.length() + 64);
    if (style == RouteStyle.PRETTY) {
      String root = apiRoot.toString();
      uri.append(root.endsWith("/") ? root : root + "/").append(encodePath(route.substring(1)));
      appendQuery(uri, query, '?');
    } else {
      String base = apiRoot.toString();
      int q = base.indexOf('?');
      uri.append(q >= 0 ? base.substring(0, q) : base)
          .append("?rest_route=")
          .append(encodePath(route));
      appendQuery(uri, query, '&');
    }
    return URI.create(uri.toString());
  }

  private static void appendQuery(StringBuilder uri, Map<String, List<String>> query, char first) {
    char sep = first;
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      for (String value : e.getValue()) {
        uri.append(sep).append(encode(e.getKey())).append('=').append(encode(value));
        sep = '&';
      }
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Whether a route needs no encoding at all (the usual case: nothing to copy). */
  private static boolean plain(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "/-._~:@!$'()*+,;=".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** Percent-encodes a route, keeping {@code /} and the characters routes use. */
  private static String encodePath(String path) {
    if (plain(path)) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "/-._~:@!$'()*+,;=".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
