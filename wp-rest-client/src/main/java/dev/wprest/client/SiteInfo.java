package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wprest.client.internal.ApiRoots;
import dev.wprest.client.internal.WordPressJson;
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
  private final URI failedRoot;
  private final String failedRootAnswer;
  private final URI redirectedFrom;

  SiteInfo(
      URI apiRoot,
      RouteStyle routeStyle,
      DiscoveryMethod discoveredVia,
      URI advertisedApiRoot,
      URI siteUrl,
      JsonNode index,
      String indexProblem) {
    this(
        apiRoot,
        routeStyle,
        discoveredVia,
        advertisedApiRoot,
        siteUrl,
        index,
        indexProblem,
        null,
        null,
        null);
  }

  private SiteInfo(
      URI apiRoot,
      RouteStyle routeStyle,
      DiscoveryMethod discoveredVia,
      URI advertisedApiRoot,
      URI siteUrl,
      JsonNode index,
      String indexProblem,
      URI failedRoot,
      String failedRootAnswer,
      URI redirectedFrom) {
    this.apiRoot = requireNonNull(apiRoot, "apiRoot == null");
    this.routeStyle = requireNonNull(routeStyle, "routeStyle == null");
    this.discoveredVia = requireNonNull(discoveredVia, "discoveredVia == null");
    this.advertisedApiRoot = advertisedApiRoot;
    this.siteUrl = requireNonNull(siteUrl, "siteUrl == null");
    this.index = index == null ? MissingNode.getInstance() : index;
    this.indexProblem = indexProblem;
    this.failedRoot = failedRoot;
    this.failedRootAnswer = failedRootAnswer;
    this.redirectedFrom = redirectedFrom;
  }

  /** This information, noting a root that did not answer as WordPress's index. */
  SiteInfo withFailedRoot(URI root, String answer) {
    return new SiteInfo(
        apiRoot,
        routeStyle,
        discoveredVia,
        advertisedApiRoot,
        siteUrl,
        index,
        indexProblem,
        root,
        answer,
        redirectedFrom);
  }

  /** This information, noting the URL whose home page redirected to the site; null for none. */
  SiteInfo withRedirectFrom(URI from) {
    return new SiteInfo(
        apiRoot,
        routeStyle,
        discoveredVia,
        advertisedApiRoot,
        siteUrl,
        index,
        indexProblem,
        failedRoot,
        failedRootAnswer,
        from);
  }

  /**
   * The API root that was given or advertised but did not answer as WordPress's index, when
   * discovery fell back to {@code ?rest_route=/} ({@link DiscoveryMethod#REST_ROUTE_FALLBACK}).
   * Typically {@code /wp-json/} on a site whose web server has no rewrite rules for WordPress: the
   * client works, but anything else that trusts the advertised root (themes, apps, the block
   * editor's fetches) fails there. Worth a warning.
   *
   * @return the root that failed, if discovery had to fall back
   */
  public Optional<URI> failedApiRoot() {
    return Optional.ofNullable(failedRoot);
  }

  /**
   * What the {@link #failedApiRoot()} answered, e.g. {@code "404 html"}.
   *
   * @return the status and the kind of body, if a root failed
   */
  public Optional<String> failedApiRootAnswer() {
    return Optional.ofNullable(failedRootAnswer);
  }

  /**
   * The URL discovery started from when its home page redirected to another origin, e.g. {@code
   * http://example.com/} upgraded to {@code https://example.com/}. The client then uses the origin
   * it was redirected to; the redirected-to URL belongs in the configuration.
   *
   * @return the configured URL that redirected, if it did
   */
  public Optional<URI> redirectedFrom() {
    return Optional.ofNullable(redirectedFrom);
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
    RouteStyle style = ApiRoots.styleOf(apiRoot);
    JsonNode usable = WordPressJson.isIndex(index) ? index : null;
    return new SiteInfo(
        apiRoot,
        style,
        via,
        null,
        ApiRoots.siteUrl(apiRoot, usable),
        usable,
        usable == null ? "the index was not read" : null);
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
        + (failedRoot == null ? "" : ", failedRoot=" + failedRoot)
        + ", namespaces="
        + namespaces().size()
        + ", applicationPasswords="
        + applicationPasswordsAvailable().map(String::valueOf).orElse("unknown")
        + "}";
  }
}
