package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.RedirectRefusedException;
import dev.wprest.client.RestApiNotFoundException;
import dev.wprest.client.RouteStyle;
import dev.wprest.client.SiteInfo;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a site's REST API root and reads its index, the way WordPress documents it: the home page's
 * {@code Link} header, then its HTML {@code <link>}, then {@code /wp-json/}, then {@code
 * ?rest_route=/} for sites without pretty permalinks. Discovery sends no credentials.
 */
public final class SiteDiscovery {
  private final URI base;
  private final Transport transport;
  private final ObjectMapper mapper;
  private final AuthStrategy auth;

  /** Discovery as a whole runs under one call deadline, as a call does. */
  private final long deadlineNanos;

  /** Discovery of the site at {@code base}, under one deadline. */
  public SiteDiscovery(
      URI base, Transport transport, ObjectMapper mapper, AuthStrategy auth, Duration deadline) {
    this.deadlineNanos = System.nanoTime() + deadline.toNanos();
    this.base = base;
    this.transport = transport;
    this.mapper = mapper;
    this.auth = auth;
  }

  /** Finds the API root and reads the index. */
  public SiteInfo discover() throws Transport.Failure {
    Optional<URI> given = ApiRoots.givenRoot(base);
    if (given.isPresent()) {
      URI root = given.get();
      RouteStyle style = ApiRoots.styleOf(root);
      // A query-style root is the fallback already: there is no other root to try.
      return withIndex(
          root,
          style,
          DiscoveryMethod.GIVEN,
          null,
          style == RouteStyle.QUERY ? null : ApiRoots.siteOf(root));
    }
    URI site = ApiRoots.homeOf(base);
    String sitePath = ApiRoots.pathOf(site);

    List<URI> tried = new ArrayList<>();
    tried.add(site);
    Transport.Sent home = get(site, "text/html,application/xhtml+xml,*/*");
    URI answered = home.response.uri();
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
    refuseCredentialedOriginChange(site, answered, home);
    URI redirectedFrom = Origins.sameOrigin(site, answered) ? null : site;
    URI siteRoot = answered.resolve(sitePath);
    if (advertised.isPresent()) {
      URI adv = advertised.get();
      URI root = ApiRoots.onOrigin(adv, answered);
      RouteStyle style = ApiRoots.styleOf(adv);
      return redirected(
          withIndex(root, style, via, root.equals(adv) ? null : adv, siteRoot), redirectedFrom);
    }
    URI wpJsonRoot = siteRoot.resolve("wp-json/");
    tried.add(wpJsonRoot);
    Transport.Sent probe = get(wpJsonRoot, "application/json");
    if (isWordPressJson(probe.response)) {
      return redirected(
          build(wpJsonRoot, RouteStyle.PRETTY, DiscoveryMethod.WP_JSON_PROBE, null, probe.response),
          redirectedFrom);
    }
    URI queryRoot = URI.create(siteRoot + "?rest_route=/");
    tried.add(queryRoot);
    Transport.Sent fallback = get(queryRoot, "application/json");
    if (isWordPressJson(fallback.response)) {
      return redirected(
          build(
              queryRoot,
              RouteStyle.QUERY,
              DiscoveryMethod.REST_ROUTE_FALLBACK,
              null,
              fallback.response),
          redirectedFrom);
    }
    throw new RestApiNotFoundException(
        "no WordPress REST API found at "
            + site
            + ": the home page has no rel=\"https://api.w.org/\" link, and neither "
            + wpJsonRoot
            + " nor "
            + queryRoot
            + " answered with WordPress's index",
        FailedExchanges.of(fallback.response, AuthStrategy.none(), false, fallback.chain, false),
        tried);
  }

  /**
   * Reads the index at a root that was given or advertised, verifying that WordPress answers there.
   * A pretty root that does not ({@code /wp-json/} is the web server's 404 on a site whose rewrite
   * rules are missing) falls back to {@code ?rest_route=/} on the site, which WordPress serves
   * without rewriting; the root that failed is kept on the {@link SiteInfo}.
   *
   * @param siteRoot the site's URL, for the fallback; null to try none
   */
  private SiteInfo withIndex(
      URI root, RouteStyle style, DiscoveryMethod via, URI advertised, URI siteRoot)
      throws Transport.Failure {
    Transport.Sent index = get(root, "application/json");
    if (style == RouteStyle.QUERY || siteRoot == null || isWordPressJson(index.response)) {
      return build(root, style, via, advertised, index.response);
    }
    URI queryRoot = URI.create(siteRoot + "?rest_route=/");
    Transport.Sent fallback = get(queryRoot, "application/json");
    if (!isWordPressJson(fallback.response)) {
      return build(root, style, via, advertised, index.response);
    }
    return ApiAccess.get()
        .withFailedRoot(
            build(
                queryRoot,
                RouteStyle.QUERY,
                DiscoveryMethod.REST_ROUTE_FALLBACK,
                advertised,
                fallback.response),
            root,
            index.response.statusCode()
                + " "
                + ResponseBodies.classify(
                        index.response.body(), index.response.headers().firstValue("Content-Type"))
                    .name()
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '));
  }

  private SiteInfo build(
      URI root, RouteStyle style, DiscoveryMethod via, URI advertised, HttpResponse<byte[]> index) {
    JsonNode json = null;
    String problem = null;
    try {
      json =
          ResponseBodies.parse(
              mapper, index.body(), false, index.headers().firstValue("Content-Type"));
      if (index.statusCode() / 100 != 2 || !WordPressJson.isIndex(json)) {
        problem =
            "the index answered "
                + index.statusCode()
                + (json.path("code").isTextual() ? " " + json.path("code").asText() : "");
        json = null;
      }
    } catch (ResponseBodies.Failure f) {
      problem = "the index answered " + index.statusCode() + ": " + f.getMessage();
    }
    URI siteUrl = ApiRoots.siteUrl(root, json);
    return ApiAccess.get().siteInfo(root, style, via, advertised, siteUrl, json, problem);
  }

  private static SiteInfo redirected(SiteInfo site, URI from) {
    return ApiAccess.get().withRedirectFrom(site, from);
  }

  private boolean isWordPressJson(HttpResponse<byte[]> response) {
    return ResponseBodies.readableJson(mapper, response.body())
        .filter(WordPressJson::isRestApiAnswer)
        .isPresent();
  }

  /**
   * The home page may redirect (http to https, a www host). Credentials are later sent to where the
   * API was found, so with a credentialed strategy only an upgrade to https on the same host is
   * accepted here, and only onto port 443. A port the page redirected to advertises for itself (its
   * {@code Link: rel="https://api.w.org/"}) does not count: whatever answers there would vouch for
   * itself. Anything else is refused with the https URL to configure instead.
   */
  private void refuseCredentialedOriginChange(URI asked, URI answered, Transport.Sent home) {
    if (!auth.sendsCredentials() || RedirectRules.credentialsMayFollow(asked, answered)) {
      return;
    }
    int port = answered.getPort() == -1 ? 443 : answered.getPort();
    if (RedirectRules.isUpgradeElsewhere(asked, answered)) {
      throw new RedirectRefusedException(
          "the site at "
              + asked
              + " redirected to https on port "
              + port
              + ", not 443: "
              + "credentials are only sent to the origin you configured. If "
              + Origins.origin(answered)
              + "/ is the site's address, configure it as the base URL.",
          FailedExchanges.of(home.response, auth, false, home.chain, false),
          asked,
          answered,
          RedirectRefusedException.Reason.HTTPS_UPGRADE_ELSEWHERE);
    }
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

  private Transport.Sent get(URI uri, String accept) throws Transport.Failure {
    return transport.send(
        HttpMethod.GET,
        uri,
        Map.of("Accept", accept),
        null,
        AuthStrategy.none(),
        false,
        Math.min(transport.attemptDeadline(), deadlineNanos));
  }
}
