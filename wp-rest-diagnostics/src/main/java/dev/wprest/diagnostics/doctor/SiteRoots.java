package dev.wprest.diagnostics.doctor;

import dev.wprest.client.internal.Origins;
import dev.wprest.diagnostics.WordPressAnswers;
import java.net.URI;

/** Where a site's home page and API roots are, given any URL of the site. */
final class SiteRoots {
  private SiteRoots() {}

  static boolean isApiRoot(URI uri) {
    return WordPressAnswers.isRestUri(uri);
  }

  static URI normalizedRoot(URI given) {
    String path = pathOf(given);
    if (RestRoutes.queryStyle(given)) {
      return URI.create(Origins.origin(given) + path + "?rest_route=/");
    }
    int at = path.indexOf("/wp-json");
    return URI.create(Origins.origin(given) + path.substring(0, at) + "/wp-json/");
  }

  static URI homeOf(URI given) {
    String path = pathOf(given);
    int admin = path.indexOf("/wp-admin");
    if (admin >= 0) {
      path = path.substring(0, admin + 1);
    } else if (!path.endsWith("/")) {
      path = path + "/";
    }
    return URI.create(Origins.origin(given) + path);
  }

  /** {@code /wp-json/} for a {@code ?rest_route=} root and the other way round. */
  static URI otherStyle(URI root) {
    URI site = RestRoutes.siteOf(root);
    return RestRoutes.queryStyle(root)
        ? site.resolve("wp-json/")
        : URI.create(site + "?rest_route=/");
  }

  /** The advertised root's path and query on the origin that answered. */
  static URI onOrigin(URI advertised, URI answered) {
    String query = advertised.getRawQuery() == null ? "" : "?" + advertised.getRawQuery();
    return URI.create(Origins.origin(answered) + pathOf(advertised) + query);
  }

  static String pathOf(URI uri) {
    return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
  }

  /**
   * The one redirect off the origin the doctor (like the client) follows: http to https on the same
   * host and the default https port. An upgrade onto another port is another origin.
   */
  static boolean allowedUpgrade(URI from, URI to) {
    return "http".equalsIgnoreCase(from.getScheme())
        && "https".equalsIgnoreCase(to.getScheme())
        && from.getHost() != null
        && from.getHost().equalsIgnoreCase(to.getHost())
        && (to.getPort() == -1 || to.getPort() == 443);
  }
}
