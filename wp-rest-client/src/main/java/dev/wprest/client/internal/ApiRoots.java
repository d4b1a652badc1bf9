package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.RouteStyle;
import java.net.URI;
import java.util.Optional;

/**
 * Where a site's REST API root and home page are, given any URL of the site, for both routing
 * styles: {@code /wp-json/} and {@code ?rest_route=/} (which WordPress serves on its home URL and
 * on {@code /index.php} alike, so a root given with {@code index.php} keeps it, while the site's
 * home URL never ends in it). Defined once for the client's discovery, {@code SiteInfo} and the
 * doctor.
 */
public final class ApiRoots {
  private static final String PRETTY = "wp-json/";
  private static final String QUERY = "?rest_route=/";
  private static final String INDEX_PHP = "index.php";

  private ApiRoots() {}

  /**
   * How routes go on an API root: a {@code rest_route} query parameter, or a path.
   *
   * @param apiRoot the root
   * @return the style
   */
  public static RouteStyle styleOf(URI apiRoot) {
    return RestUris.routeParameter(apiRoot) != null ? RouteStyle.QUERY : RouteStyle.PRETTY;
  }

  /**
   * The API root a URL addresses, when it addresses one (a {@code /wp-json} path or a {@code
   * rest_route} parameter, a route under the root included): {@code /wp-json/} under the site's
   * path, or the URL's own path (with {@code index.php}, if given) and {@code ?rest_route=/}.
   *
   * @param given any URL of the site
   * @return the root, or empty for a URL that addresses no API root
   */
  public static Optional<URI> givenRoot(URI given) {
    String path = pathOf(given);
    if (styleOf(given) == RouteStyle.QUERY) {
      return Optional.of(URI.create(Origins.origin(given) + path + QUERY));
    }
    int at = RestUris.prefixAt(path);
    if (at < 0) {
      return Optional.empty();
    }
    return Optional.of(URI.create(Origins.origin(given) + path.substring(0, at + 1) + PRETTY));
  }

  /**
   * The home page of the site a URL that is not an API root belongs to: an admin URL's site, or the
   * URL's path as a directory.
   *
   * @param given the URL
   * @return the home page, ending in {@code /}
   */
  public static URI homeOf(URI given) {
    String path = pathOf(given);
    int admin = path.indexOf("/wp-admin");
    if (admin >= 0) {
      path = path.substring(0, admin + 1);
    } else if (!path.endsWith("/")) {
      path = path + "/";
    }
    return URI.create(Origins.origin(given) + path);
  }

  /**
   * The home URL of the site whose API root is {@code apiRoot}: the path before {@code /wp-json},
   * or the root's path without {@code index.php}.
   *
   * @param apiRoot the root
   * @return the home URL, ending in {@code /}
   */
  public static URI siteOf(URI apiRoot) {
    String path = pathOf(apiRoot);
    int at = RestUris.prefixAt(path);
    if (styleOf(apiRoot) == RouteStyle.PRETTY && at >= 0) {
      path = path.substring(0, at + 1);
    } else if (path.endsWith(INDEX_PHP)) {
      path = path.substring(0, path.length() - INDEX_PHP.length());
    }
    return URI.create(Origins.origin(apiRoot) + (path.endsWith("/") ? path : path + "/"));
  }

  /**
   * The site's URL: WordPress's {@code url} from the index moved onto the root's origin (the
   * address the client was given wins over the one WordPress believes in), else {@link #siteOf}.
   *
   * @param apiRoot the root that answered
   * @param index the index, or null when it was not read
   * @return the site URL, ending in {@code /}
   */
  public static URI siteUrl(URI apiRoot, JsonNode index) {
    if (index != null && index.path("url").isTextual()) {
      try {
        String p = pathOf(URI.create(index.path("url").asText()));
        return URI.create(Origins.origin(apiRoot) + (p.endsWith("/") ? p : p + "/"));
      } catch (IllegalArgumentException notAUrl) {
        // fall through to the root's own path
      }
    }
    return siteOf(apiRoot);
  }

  /**
   * The root in the other style on the same site: {@code ?rest_route=/} for {@code /wp-json/} and
   * the other way round.
   *
   * @param apiRoot a root
   * @return the other root
   */
  public static URI otherStyle(URI apiRoot) {
    URI site = siteOf(apiRoot);
    return styleOf(apiRoot) == RouteStyle.QUERY
        ? URI.create(site + PRETTY)
        : URI.create(site + QUERY);
  }

  /**
   * An advertised root's path and query on the origin that answered: the site's own {@code Link}
   * may name the address WordPress believes in, not the one the client reached it by.
   *
   * @param advertised the advertised root
   * @param answered the URI that advertised it
   * @return the root on the answering origin
   */
  public static URI onOrigin(URI advertised, URI answered) {
    String query = advertised.getRawQuery() == null ? "" : "?" + advertised.getRawQuery();
    return URI.create(Origins.origin(answered) + pathOf(advertised) + query);
  }

  /**
   * The raw path, {@code /} when there is none.
   *
   * @param uri the URI
   * @return the path
   */
  public static String pathOf(URI uri) {
    return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
  }
}
