package dev.wprest.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.internal.LinkHeaders;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.ResponseBodies;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a site's REST API root and reads its index, the way WordPress documents it: the home page's
 * {@code Link} header, then its HTML {@code <link>}, then {@code /wp-json/}, then {@code
 * ?rest_route=/} for sites without pretty permalinks. Discovery sends no credentials.
 */
final class SiteDiscovery {
  private final URI base;
  private final Transport transport;
  private final ObjectMapper mapper;
  private final AuthStrategy auth;

  SiteDiscovery(URI base, Transport transport, ObjectMapper mapper, AuthStrategy auth) {
    this.base = base;
    this.transport = transport;
    this.mapper = mapper;
    this.auth = auth;
  }

  SiteInfo discover() throws Transport.Failure {
    String path =
        base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    String query = base.getRawQuery();
    if (query != null && query.contains("rest_route=")) {
      URI root = URI.create(Origins.origin(base) + path + "?rest_route=/");
      return withIndex(root, RouteStyle.QUERY, DiscoveryMethod.GIVEN, null);
    }
    int wpJson = path.indexOf("/wp-json");
    if (wpJson >= 0) {
      URI root = URI.create(Origins.origin(base) + path.substring(0, wpJson) + "/wp-json/");
      return withIndex(root, RouteStyle.PRETTY, DiscoveryMethod.GIVEN, null);
    }
    int admin = path.indexOf("/wp-admin");
    String sitePath =
        admin >= 0 ? path.substring(0, admin + 1) : path.endsWith("/") ? path : path + "/";
    URI site = URI.create(Origins.origin(base) + sitePath);

    List<URI> tried = new ArrayList<>();
    tried.add(site);
    Transport.Sent home = get(site, "text/html,application/xhtml+xml,*/*");
    URI answered = home.response.uri();
    refuseCredentialedOriginChange(site, answered, home);
    Optional<URI> advertised =
        Optional.ofNullable(
            LinkHeaders.relations(home.response.headers().allValues("Link"), answered)
                .get(LinkHeaders.API_REL));
    DiscoveryMethod via = DiscoveryMethod.LINK_HEADER;
    if (advertised.isEmpty()) {
      advertised =
          LinkHeaders.apiRootInHtml(
              new String(home.response.body(), StandardCharsets.UTF_8), answered);
      via = DiscoveryMethod.HTML_LINK;
    }
    if (advertised.isPresent()) {
      URI adv = advertised.get();
      URI root = onOrigin(adv, answered);
      RouteStyle style =
          adv.getRawQuery() != null && adv.getRawQuery().contains("rest_route=")
              ? RouteStyle.QUERY
              : RouteStyle.PRETTY;
      return withIndex(root, style, via, root.equals(adv) ? null : adv);
    }
    URI siteRoot = answered.resolve(sitePath);
    URI wpJsonRoot = siteRoot.resolve("wp-json/");
    tried.add(wpJsonRoot);
    Transport.Sent probe = get(wpJsonRoot, "application/json");
    if (isWordPressJson(probe.response)) {
      return build(
          wpJsonRoot, RouteStyle.PRETTY, DiscoveryMethod.WP_JSON_PROBE, null, probe.response);
    }
    URI queryRoot = URI.create(siteRoot + "?rest_route=/");
    tried.add(queryRoot);
    Transport.Sent fallback = get(queryRoot, "application/json");
    if (isWordPressJson(fallback.response)) {
      return build(
          queryRoot,
          RouteStyle.QUERY,
          DiscoveryMethod.REST_ROUTE_FALLBACK,
          null,
          fallback.response);
    }
    throw new RestApiNotFoundException(
        "no WordPress REST API found at "
            + site
            + ": the home page has no rel=\"https://api.w.org/\" link, and neither "
            + wpJsonRoot
            + " nor "
            + queryRoot
            + " answered with WordPress's index",
        FailedExchanges.of(fallback.response, NoAuth.INSTANCE, false, fallback.chain, false),
        tried);
  }

  private SiteInfo withIndex(URI root, RouteStyle style, DiscoveryMethod via, URI advertised)
      throws Transport.Failure {
    Transport.Sent index = get(root, "application/json");
    return build(root, style, via, advertised, index.response);
  }

  private SiteInfo build(
      URI root, RouteStyle style, DiscoveryMethod via, URI advertised, HttpResponse<byte[]> index) {
    JsonNode json = null;
    String problem = null;
    try {
      json =
          ResponseBodies.parse(
              mapper, index.body(), false, index.headers().firstValue("Content-Type"));
      if (index.statusCode() / 100 != 2 || !json.has("namespaces")) {
        problem =
            "the index answered "
                + index.statusCode()
                + (json.path("code").isTextual() ? " " + json.path("code").asText() : "");
        json = null;
      }
    } catch (ResponseBodies.Failure f) {
      problem = "the index answered " + index.statusCode() + ": " + f.getMessage();
    }
    URI siteUrl = siteUrl(root, style, json);
    return new SiteInfo(root, style, via, advertised, siteUrl, json, problem);
  }

  /** WordPress's {@code url} (siteurl) from the index, moved onto the root's origin. */
  private static URI siteUrl(URI root, RouteStyle style, JsonNode index) {
    if (index != null && index.path("url").isTextual()) {
      try {
        URI url = URI.create(index.path("url").asText());
        String p = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return URI.create(Origins.origin(root) + (p.endsWith("/") ? p : p + "/"));
      } catch (IllegalArgumentException ignored) {
        // fall through to the root-derived guess
      }
    }
    String p = root.getRawPath();
    if (style == RouteStyle.PRETTY && p.endsWith("/wp-json/")) {
      p = p.substring(0, p.length() - "wp-json/".length());
    }
    return URI.create(Origins.origin(root) + p);
  }

  private boolean isWordPressJson(HttpResponse<byte[]> response) {
    try {
      JsonNode json =
          ResponseBodies.parse(
              mapper, response.body(), true, response.headers().firstValue("Content-Type"));
      return json.has("namespaces") || (json.path("code").isTextual() && json.has("message"));
    } catch (ResponseBodies.Failure f) {
      return false;
    }
  }

  /**
   * The home page may redirect (http to https, a www host). Credentials are later sent to where the
   * API was found, so with a credentialed strategy only an upgrade to https on the same host is
   * accepted here; anything else is the cross-origin redirect the transport refuses too.
   */
  private void refuseCredentialedOriginChange(URI asked, URI answered, Transport.Sent home) {
    if (!auth.sendsCredentials() || Origins.sameOrigin(asked, answered)) {
      return;
    }
    boolean httpsUpgrade =
        asked.getScheme().equalsIgnoreCase("http")
            && answered.getScheme().equalsIgnoreCase("https")
            && asked.getHost().equalsIgnoreCase(answered.getHost());
    if (!httpsUpgrade) {
      throw new RedirectRefusedException(
          "the site at "
              + asked
              + " redirected to "
              + answered
              + ", another origin: credentials are only sent to the origin you configured. "
              + "If "
              + Origins.origin(answered)
              + " is the site's address, use it as the base URL.",
          FailedExchanges.of(home.response, auth, false, home.chain, false),
          asked,
          answered,
          RedirectRefusedException.Reason.CROSS_ORIGIN);
    }
  }

  private Transport.Sent get(URI uri, String accept) throws Transport.Failure {
    return transport.send(
        HttpMethod.GET, uri, Map.of("Accept", accept), null, NoAuth.INSTANCE, false);
  }

  private static URI onOrigin(URI advertised, URI answered) {
    String path = advertised.getRawPath() == null ? "/" : advertised.getRawPath();
    String query = advertised.getRawQuery() == null ? "" : "?" + advertised.getRawQuery();
    return URI.create(Origins.origin(answered) + path + query);
  }
}
