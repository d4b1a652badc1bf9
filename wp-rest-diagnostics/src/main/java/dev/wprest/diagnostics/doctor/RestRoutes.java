package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.WordPressAnswers;
import java.net.URI;

/** REST route arithmetic for both ways WordPress serves its API: pretty and {@code rest_route}. */
final class RestRoutes {
  private RestRoutes() {}

  /** Whether the API root addresses routes as {@code ?rest_route=}. */
  static boolean queryStyle(URI apiRoot) {
    return apiRoot.getRawQuery() != null && apiRoot.getRawQuery().contains("rest_route=");
  }

  /** The URI of {@code route} (starting with {@code /}) under the API root. */
  static URI resolve(URI apiRoot, String route) {
    String root = apiRoot.toString();
    if (queryStyle(apiRoot)) {
      int at = root.indexOf("rest_route=");
      int end = root.indexOf('&', at);
      String rest = end < 0 ? "" : root.substring(end);
      return URI.create(root.substring(0, at) + "rest_route=" + route + rest);
    }
    return URI.create((root.endsWith("/") ? root : root + "/") + route.substring(1));
  }

  /** The REST route a URI addresses, e.g. {@code /wp/v2/users/me}; empty for other URIs. */
  static String routeOf(URI uri) {
    return WordPressAnswers.routeOf(uri);
  }

  /** The home URL of a site whose API root is {@code apiRoot}, ending in {@code /}. */
  static URI siteOf(URI apiRoot) {
    String path = apiRoot.getRawPath() == null ? "/" : apiRoot.getRawPath();
    int at = path.indexOf("/wp-json");
    if (at >= 0) {
      path = path.substring(0, at + 1);
    } else if (path.endsWith("index.php")) {
      path = path.substring(0, path.length() - "index.php".length());
    }
    if (!path.endsWith("/")) {
      path = path + "/";
    }
    return apiRoot.resolve(path.startsWith("/") ? path : "/" + path).normalize();
  }
}
