package dev.wprest.diagnostics.doctor;

import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.RouteStyle;
import dev.wprest.client.internal.ApiRoots;
import java.net.URI;
import java.util.Optional;

/**
 * Reachability, discovery and the index, all without credentials: the home page and its {@code
 * Link} header ({@link HomePageDiscovery}), {@code /wp-json/} against {@code ?rest_route=/}, JSON
 * against an HTML page, and redirects (followed by {@link SafeRedirectFollower} as the client
 * does). What ends discovery is a verdict ({@link DiscoveryStops}); what does not stop a client (a
 * root only reachable through {@code ?rest_route=}, an https upgrade) becomes a warning.
 */
final class SiteProbe {
  private final ProbeSession s;
  private final SiteView view = new SiteView();
  private final SafeRedirectFollower redirects;
  private final DiscoveryStops stops;
  private final HomePageDiscovery home;

  SiteProbe(ProbeSession session) {
    this.s = session;
    this.redirects = new SafeRedirectFollower(session);
    this.stops = new DiscoveryStops(session, view, redirects);
    this.home = new HomePageDiscovery(session, view, redirects, stops);
  }

  SiteView run(URI given) {
    Optional<URI> givenRoot = ApiRoots.givenRoot(given);
    if (givenRoot.isPresent()) {
      // A root given is used as given: the client does not discover it either.
      view.via = DiscoveryMethod.GIVEN;
      index(givenRoot.get(), true);
    } else {
      home.apiRoot(given).ifPresent(root -> index(root, false));
    }
    return view;
  }

  private void index(URI root, boolean rootGiven) {
    SafeRedirectFollower.Fetch f = redirects.get(ProbeName.INDEX, root, "application/json");
    // The first request of a given root stands where the home page stands in discovery.
    if (stops.stopped(f, rootGiven)) {
      return;
    }
    RawExchange a = f.answer;
    view.front = view.front.or(ServerInFrontOfPhp.of(a));
    if (rootGiven && stops.challenge(a)) {
      return;
    }
    if (a.isWordPressIndex()) {
      accept(a);
      if (view.linked && ApiRoots.styleOf(root) == RouteStyle.QUERY && s.canSend(8)) {
        home.checkPrettyRoot(root);
      }
      return;
    }
    if (a.isWordPressError()) {
      refusedIndex(a);
      return;
    }
    boolean notHere = a.status == 404 || (a.status / 100 == 2 && !a.isJson());
    if (!notHere) {
      // A block page (WAF, host, maintenance): the identity call will meet it too, and the
      // diagnosis of that call says who answered.
      view.apiRoot = a.uri;
      s.record(ProbeName.INDEX, a, "not WordPress's JSON: " + a.summary());
      s.evidence("index without credentials", a.summary() + ", not WordPress's JSON index");
      return;
    }
    s.record(ProbeName.INDEX, a, "no WordPress index here: " + a.summary());
    otherRouteStyle(a, rootGiven);
  }

  /** WordPress answered at the root with an error instead of its index. */
  private void refusedIndex(RawExchange a) {
    view.apiRoot = a.uri;
    if (a.status == 401 || a.status == 403 || PluginStop.is(a.status, a.code())) {
      // Core serves its index to everyone: a refusal there (or a wp_die()) is a plugin's.
      view.anonymousRefusal = a.code();
      s.record(
          ProbeName.INDEX,
          a,
          "the index refuses anonymous requests ("
              + a.summary()
              + "): a plugin blocks anonymous REST access");
      s.evidence(
          "index without credentials",
          a.summary() + ", a plugin's refusal: WordPress core serves its index to everyone");
    } else {
      s.record(
          ProbeName.INDEX,
          a,
          "WordPress's REST API answers here but refused its index: " + a.summary());
      s.evidence("index", a.summary() + " (the REST API answers, but not with its index)");
    }
  }

  /** No index at the root: the other style ({@code ?rest_route=} or {@code /wp-json/}) may work. */
  private void otherRouteStyle(RawExchange a, boolean rootGiven) {
    if (!s.canSend(3)) {
      stops.notFound(a, null);
      return;
    }
    SafeRedirectFollower.Fetch g =
        redirects.get(ProbeName.INDEX, ApiRoots.otherStyle(a.uri), "application/json");
    if (g.stoppedAtRedirect() || !g.answer.isWordPressIndex()) {
      if (!g.stoppedAtRedirect()) {
        s.record(
            ProbeName.INDEX, g.answer, "no WordPress index here either: " + g.answer.summary());
      }
      stops.notFound(a, g.answer);
      return;
    }
    view.via = DiscoveryMethod.REST_ROUTE_FALLBACK;
    accept(g.answer);
    // A client that discovers from the home page finds this root itself: no warning then.
    if (rootGiven || view.linked) {
      s.evidence(
          "API root",
          "the REST API is not served at "
              + a.uri
              + " (it answered "
              + a.summary()
              + "), but "
              + g.answer.uri
              + " answered WordPress's index");
      s.warn(
          DoctorWarning.Kind.REST_ROUTE_ONLY,
          DoctorTexts.text(
              "warning.restRouteOnly",
              "which",
              DoctorTexts.text(rootGiven ? "label.apiRootGiven" : "label.apiRootAdvertised"),
              "uri",
              a.uri,
              "summary",
              a.summary(),
              "other",
              g.answer.uri));
    }
  }

  private void accept(RawExchange a) {
    view.apiRoot = a.uri;
    view.index = a.json();
    String finding = view.indexFinding();
    if (!view.securityPlugins().isEmpty()) {
      s.evidence(
          "security plugin in the index",
          String.join(", ", view.securityPlugins())
              + " (such plugins can block Application Passwords or XML-RPC logins)");
    }
    s.record(ProbeName.INDEX, a, finding);
    s.evidence("index", finding);
  }
}
