package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What discovery learned about a site: where its REST API lives and what its index says
 * (namespaces, whether Application Passwords are available).
 */
public final class SiteInfo {
  private final URI apiRoot;
  private final RouteStyle routeStyle;
  private final DiscoveryMethod discoveredVia;
  private final URI advertisedApiRoot;
  private final URI siteUrl;
  private final JsonNode index;
  private final String indexProblem;

  SiteInfo(
      URI apiRoot,
      RouteStyle routeStyle,
      DiscoveryMethod discoveredVia,
      URI advertisedApiRoot,
      URI siteUrl,
      JsonNode index,
      String indexProblem) {
    this.apiRoot = requireNonNull(apiRoot, "apiRoot == null");
    this.routeStyle = requireNonNull(routeStyle, "routeStyle == null");
    this.discoveredVia = requireNonNull(discoveredVia, "discoveredVia == null");
    this.advertisedApiRoot = advertisedApiRoot;
    this.siteUrl = requireNonNull(siteUrl, "siteUrl == null");
    this.index = index == null ? MissingNode.getInstance() : index;
    this.indexProblem = indexProblem;
  }

  /**
   * What discovery would learn from an index already read at {@code apiRoot}: the routing style
   * from the root ({@code ?rest_route=} or a path), the site URL from the index's {@code url} moved
   * onto the root's origin. For callers that fetched the index themselves (the diagnostics doctor),
   * so that a client built with {@link WordPressClient.Builder#siteInfo(SiteInfo)} does not fetch
   * it again.
   *
   * @param apiRoot the root that answered with the index, e.g. {@code https://example.com/wp-json/}
   * @param via how the root was found
   * @param index the index document, or null when it could not be read
   * @return the site information
   */
  public static SiteInfo fromIndex(URI apiRoot, DiscoveryMethod via, JsonNode index) {
    requireNonNull(apiRoot, "apiRoot == null");
    requireNonNull(via, "via == null");
    boolean query = apiRoot.getRawQuery() != null && apiRoot.getRawQuery().contains("rest_route=");
    RouteStyle style = query ? RouteStyle.QUERY : RouteStyle.PRETTY;
    JsonNode usable = index != null && index.path("namespaces").isArray() ? index : null;
    return new SiteInfo(
        apiRoot,
        style,
        via,
        null,
        siteUrlOf(apiRoot, style, usable),
        usable,
        usable == null ? "the index was not read" : null);
  }

  /** WordPress's {@code url} from the index on the root's origin, else the root's own path. */
  private static URI siteUrlOf(URI root, RouteStyle style, JsonNode index) {
    String origin = root.getScheme() + "://" + root.getRawAuthority();
    if (index != null && index.path("url").isTextual()) {
      try {
        URI url = URI.create(index.path("url").asText());
        String p = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return URI.create(origin + (p.endsWith("/") ? p : p + "/"));
      } catch (IllegalArgumentException ignored) {
        // fall through to the root's own path
      }
    }
    String p = root.getRawPath() == null || root.getRawPath().isEmpty() ? "/" : root.getRawPath();
    int wpJson = p.indexOf("/wp-json");
    if (style == RouteStyle.PRETTY && wpJson >= 0) {
      p = p.substring(0, wpJson + 1);
    } else if (p.endsWith("index.php")) {
      p = p.substring(0, p.length() - "index.php".length());
    }
    return URI.create(origin + (p.endsWith("/") ? p : p + "/"));
  }

  /**
   * The API root requests are sent to, e.g. {@code https://example.com/wp-json/} or {@code
   * https://example.com/?rest_route=/}.
   *
   * @return the root
   */
  public URI apiRoot() {
    return apiRoot;
  }

  /**
   * How routes are addressed.
   *
   * @return the style
   */
  public RouteStyle routeStyle() {
    return routeStyle;
  }

  /**
   * How the root was found.
   *
   * @return the method
   */
  public DiscoveryMethod discoveredVia() {
    return discoveredVia;
  }

  /**
   * The root the site advertised, when it named another origin than the one the client uses (a site
   * whose {@code siteurl} is {@code http://localhost:8080} behind a proxy, say). The client keeps
   * the caller's origin and uses only the advertised path.
   *
   * @return the advertised root, if it differed
   */
  public Optional<URI> advertisedApiRoot() {
    return Optional.ofNullable(advertisedApiRoot);
  }

  /**
   * WordPress's {@code siteurl} (where {@code wp-login.php} lives) on the client's origin.
   *
   * @return the site URL, ending in {@code /}
   */
  public URI siteUrl() {
    return siteUrl;
  }

  /**
   * The raw index document ({@code GET /wp-json/}).
   *
   * @return the index, or a missing node when it could not be read
   */
  public JsonNode index() {
    return index;
  }

  /**
   * Why the index could not be read (e.g. a plugin requires login for the whole API).
   *
   * @return the problem, if any
   */
  public Optional<String> indexProblem() {
    return Optional.ofNullable(indexProblem);
  }

  /**
   * The site's name from the index.
   *
   * @return the name, if the index was read
   */
  public Optional<String> name() {
    return text("name");
  }

  /**
   * The namespaces the site serves, e.g. {@code wp/v2}, {@code jwt-auth/v1}.
   *
   * @return them
   */
  public List<String> namespaces() {
    List<String> out = new ArrayList<>();
    index.path("namespaces").forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }

  /**
   * Whether the site serves a namespace.
   *
   * @param namespace e.g. {@code jwt-auth/v1}
   * @return true if the index lists it
   */
  public boolean hasNamespace(String namespace) {
    return namespaces().contains(namespace);
  }

  /**
   * The index's {@code authentication} methods. WordPress sends an empty array, not an object, when
   * Application Passwords are unavailable.
   *
   * @return the method names, e.g. {@code application-passwords}
   */
  public Set<String> authenticationMethods() {
    Set<String> out = new LinkedHashSet<>();
    JsonNode auth = index.path("authentication");
    if (auth.isObject()) {
      Iterator<String> names = auth.fieldNames();
      names.forEachRemaining(out::add);
    }
    return Set.copyOf(out);
  }

  /**
   * Whether Application Passwords can be used on this site: WordPress offers them over HTTPS or
   * when {@code WP_ENVIRONMENT_TYPE} is {@code local}, unless switched off.
   *
   * @return the answer, or empty when the index could not be read
   */
  public Optional<Boolean> applicationPasswordsAvailable() {
    if (!index.has("authentication")) {
      return Optional.empty();
    }
    return Optional.of(authenticationMethods().contains("application-passwords"));
  }

  /**
   * The page where a user can approve an Application Password for an app.
   *
   * @return the authorization endpoint, if advertised
   */
  public Optional<URI> authorizationEndpoint() {
    JsonNode node =
        index
            .path("authentication")
            .path("application-passwords")
            .path("endpoints")
            .path("authorization");
    try {
      return node.isTextual() ? Optional.of(URI.create(node.asText())) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<String> text(String field) {
    JsonNode node = index.path(field);
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }

  @Override
  public String toString() {
    return "SiteInfo{apiRoot="
        + apiRoot
        + ", style="
        + routeStyle
        + ", via="
        + discoveredVia
        + ", namespaces="
        + namespaces().size()
        + ", applicationPasswords="
        + applicationPasswordsAvailable().map(String::valueOf).orElse("unknown")
        + "}";
  }
}
