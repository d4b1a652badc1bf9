package dev.wprest.diagnostics.doctor;

import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.internal.ApiRoots;
import dev.wprest.client.internal.LinkHeaders;
import dev.wprest.client.internal.Origins;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Discovery from the site's address, as the client does it: the home page's {@code Link} header
 * names the API root, else {@code /wp-json/} is tried. A home page that loops is no stop (the REST
 * API may answer all the same); a root only reachable through {@code ?rest_route=} is a warning.
 */
final class HomePageDiscovery {
  private final ProbeSession s;
  private final SiteView view;
  private final SafeRedirectFollower redirects;
  private final DiscoveryStops stops;

  HomePageDiscovery(
      ProbeSession s, SiteView view, SafeRedirectFollower redirects, DiscoveryStops stops) {
    this.s = s;
    this.view = view;
    this.redirects = redirects;
    this.stops = stops;
  }

  /** The API root to read the index at, or empty when discovery stopped at the home page. */
  Optional<URI> apiRoot(URI given) {
    URI home = ApiRoots.homeOf(given);
    SafeRedirectFollower.Fetch f =
        redirects.get(ProbeName.DISCOVERY, home, "text/html,application/xhtml+xml,*/*");
    if (f.loop && f.answer.answered()) {
      // Only the home page loops: the REST API may still answer at /wp-json/.
      loopingHome(f.answer);
      return Optional.of(home.resolve("wp-json/"));
    }
    if (stops.stopped(f, true)) {
      return Optional.empty();
    }
    RawExchange a = f.answer;
    view.front = ServerInFrontOfPhp.of(a);
    if (stops.challenge(a)) {
      return Optional.empty();
    }
    Optional<URI> advertised =
        Optional.ofNullable(
            LinkHeaders.relations(a.headers("Link"), a.uri).get(LinkHeaders.API_REL));
    view.linked = advertised.isPresent();
    view.via = view.linked ? DiscoveryMethod.LINK_HEADER : DiscoveryMethod.WP_JSON_PROBE;
    // The client keeps an advertised root on the origin it was given, and so does the doctor.
    URI root =
        advertised.map(adv -> ApiRoots.onOrigin(adv, a.uri)).orElse(a.uri.resolve("wp-json/"));
    s.record(
        ProbeName.DISCOVERY,
        a,
        advertised
            .map(adv -> "the home page names the REST API root " + adv + " in its Link header")
            .orElse(
                "the home page answered "
                    + a.summary()
                    + " without WordPress's Link header; trying "
                    + root));
    advertised.filter(adv -> !Origins.sameOrigin(adv, a.uri)).ifPresent(adv -> otherOrigin(adv, a));
    return Optional.of(root);
  }

  private void otherOrigin(URI advertised, RawExchange a) {
    s.evidence(
        "advertised API root",
        advertised + " is on another origin; the doctor keeps " + Origins.origin(a.uri));
    s.warn(
        DoctorWarning.Kind.ADVERTISED_ROOT_ON_OTHER_ORIGIN,
        DoctorTexts.text(
            "warning.advertisedRootOnOtherOrigin",
            "advertised",
            advertised,
            "origin",
            Origins.origin(a.uri)));
  }

  private void loopingHome(RawExchange a) {
    view.front = ServerInFrontOfPhp.of(a);
    view.via = DiscoveryMethod.WP_JSON_PROBE;
    String to = a.header("Location").orElse("?");
    s.record(
        ProbeName.DISCOVERY,
        a,
        "the home page redirects back to itself (" + to + "); trying /wp-json/");
    s.evidence("home page", a.method + " " + a.uri + " -> " + a.status + " " + to + " (a loop)");
    s.warn(
        DoctorWarning.Kind.HOME_PAGE_REDIRECT_LOOP,
        DoctorTexts.text(
            "warning.homePageRedirectLoop",
            "uri",
            a.uri,
            "to",
            to,
            "redirectBy",
            a.header("X-Redirect-By").map(by -> " (X-Redirect-By: " + by + ")").orElse(""),
            "root",
            a.uri.resolve("wp-json/")));
  }

  /** The Link named a {@code ?rest_route=} root: would {@code /wp-json/} work too? */
  void checkPrettyRoot(URI queryRoot) {
    URI pretty = ApiRoots.otherStyle(queryRoot);
    RawExchange a = s.send(HttpMethod.GET, pretty, Map.of("Accept", "application/json"), null);
    if (a.isWordPressIndex()) {
      s.record(ProbeName.DISCOVERY, a, "/wp-json/ works too");
      return;
    }
    String finding =
        "/wp-json/ answered "
            + a.summary()
            + ": the REST API is only at "
            + queryRoot
            + ", so clients that hard-code /wp-json/ fail here";
    s.record(ProbeName.DISCOVERY, a, finding);
    s.evidence("/wp-json/", finding);
    s.warn(
        DoctorWarning.Kind.REST_ROUTE_ONLY,
        DoctorTexts.text("warning.prettyRootNotServed", "summary", a.summary(), "root", queryRoot));
  }
}
