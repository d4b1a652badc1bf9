package dev.wprest.diagnostics.doctor;

import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.RedirectRefusedException.Reason;
import dev.wprest.client.RouteStyle;
import dev.wprest.client.internal.ApiRoots;
import dev.wprest.client.internal.LinkHeaders;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.RedirectRules;
import dev.wprest.diagnostics.LikelyCause;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * Reachability, discovery and the index, all without credentials: the home page and its {@code
 * Link} header, {@code /wp-json/} against {@code ?rest_route=/}, JSON against an HTML page, and
 * redirects (followed only on the same origin, or from http to https on the same host and the
 * default port, as the client does). What does not stop a client (a root only reachable through
 * {@code ?rest_route=}, an https upgrade) becomes a warning, never the verdict.
 */
final class SiteProbe {
  private static final int MAX_HOPS = 3;

  private final ProbeSession s;
  private final SiteView view = new SiteView();
  private boolean answeredOnce;

  SiteProbe(ProbeSession session) {
    this.s = session;
  }

  /** A GET that followed safe redirects, or stopped at one it may not follow. */
  private static final class Fetch {
    final Answer answer;
    final URI refused;
    final String refusedLocation;
    final boolean loop;

    Fetch(Answer answer, URI refused, String refusedLocation) {
      this(answer, refused, refusedLocation, false);
    }

    Fetch(Answer answer, URI refused, String refusedLocation, boolean loop) {
      this.answer = answer;
      this.refused = refused;
      this.refusedLocation = refusedLocation;
      this.loop = loop;
    }

    boolean stoppedAtRedirect() {
      return refused != null || refusedLocation != null || loop;
    }
  }

  SiteView run(URI given) {
    Optional<URI> givenRoot = ApiRoots.givenRoot(given);
    boolean rootGiven = givenRoot.isPresent();
    URI root;
    if (rootGiven) {
      root = givenRoot.get();
      view.via = DiscoveryMethod.GIVEN;
    } else {
      URI home = ApiRoots.homeOf(given);
      Fetch f = get("discovery", home, "text/html,application/xhtml+xml,*/*");
      if (f.loop && f.answer.answered()) {
        // Only the home page loops: the REST API may still answer at /wp-json/.
        loopingHome(f.answer);
        index(home.resolve("wp-json/"), false);
        return view;
      }
      if (stopped(f, true)) {
        return view;
      }
      Answer a = f.answer;
      view.front = FrontEnd.of(a);
      if (challenge(a)) {
        return view;
      }
      Optional<URI> advertised =
          Optional.ofNullable(
              LinkHeaders.relations(a.headers("Link"), a.uri).get(LinkHeaders.API_REL));
      view.linked = advertised.isPresent();
      view.via = view.linked ? DiscoveryMethod.LINK_HEADER : DiscoveryMethod.WP_JSON_PROBE;
      root = advertised.map(adv -> ApiRoots.onOrigin(adv, a.uri)).orElse(a.uri.resolve("wp-json/"));
      s.record(
          "discovery",
          a,
          advertised
              .map(adv -> "the home page names the REST API root " + adv + " in its Link header")
              .orElse(
                  "the home page answered "
                      + a.summary()
                      + " without WordPress's Link header; trying "
                      + root));
      advertised.ifPresent(
          adv -> {
            if (!Origins.sameOrigin(adv, a.uri)) {
              s.evidence(
                  "advertised API root",
                  adv + " is on another origin; the doctor keeps " + Origins.origin(a.uri));
              s.warn(
                  DoctorWarning.Kind.ADVERTISED_ROOT_ON_OTHER_ORIGIN,
                  "The site advertises its REST API at "
                      + adv
                      + ", another origin than "
                      + Origins.origin(a.uri)
                      + ": WordPress's site URL setting does not match the address clients use.");
            }
          });
    }
    index(root, rootGiven);
    return view;
  }

  private void index(URI root, boolean rootGiven) {
    Fetch f = get("index", root, "application/json");
    if (stopped(f, rootGiven)) {
      return;
    }
    Answer a = f.answer;
    view.front = view.front.or(FrontEnd.of(a));
    if (rootGiven && challenge(a)) {
      return;
    }
    if (a.isWordPressIndex()) {
      accept(a);
      if (view.linked && ApiRoots.styleOf(root) == RouteStyle.QUERY && s.canSend(8)) {
        checkPrettyRoot(root);
      }
      return;
    }
    if (a.isWordPressError()) {
      view.apiRoot = a.uri;
      if (a.status == 401 || a.status == 403 || PluginStop.is(a.status, a.code())) {
        // Core serves its index to everyone: a refusal there (or a wp_die()) is a plugin's.
        view.anonymousRefusal = a.code();
        s.record(
            "index",
            a,
            "the index refuses anonymous requests ("
                + a.summary()
                + "): a plugin blocks anonymous REST access");
        s.evidence(
            "index without credentials",
            a.summary() + ", a plugin's refusal: WordPress core serves its index to everyone");
      } else {
        s.record(
            "index", a, "WordPress's REST API answers here but refused its index: " + a.summary());
        s.evidence("index", a.summary() + " (the REST API answers, but not with its index)");
      }
      return;
    }
    boolean notHere = a.status == 404 || (a.status / 100 == 2 && !a.isJson());
    if (!notHere) {
      // A block page (WAF, host, maintenance): the identity call will meet it too, and the
      // diagnosis of that call says who answered.
      view.apiRoot = a.uri;
      s.record("index", a, "not WordPress's JSON: " + a.summary());
      s.evidence("index without credentials", a.summary() + ", not WordPress's JSON index");
      return;
    }
    s.record("index", a, "no WordPress index here: " + a.summary());
    URI other = ApiRoots.otherStyle(a.uri);
    if (!s.canSend(3)) {
      notFound(a, null);
      return;
    }
    Fetch g = get("index", other, "application/json");
    if (g.stoppedAtRedirect() || !g.answer.isWordPressIndex()) {
      if (!g.stoppedAtRedirect()) {
        s.record("index", g.answer, "no WordPress index here either: " + g.answer.summary());
      }
      notFound(a, g.answer);
      return;
    }
    view.via = DiscoveryMethod.REST_ROUTE_FALLBACK;
    accept(g.answer);
    if (rootGiven || view.linked) {
      String finding =
          "the REST API is not served at "
              + a.uri
              + " (it answered "
              + a.summary()
              + "), but "
              + g.answer.uri
              + " answered WordPress's index";
      s.evidence("API root", finding);
      s.warn(
          DoctorWarning.Kind.REST_ROUTE_ONLY,
          (rootGiven ? "The API root given, " : "The advertised API root, ")
              + a.uri
              + ", is not served ("
              + a.summary()
              + "); "
              + g.answer.uri
              + " is: configure "
              + g.answer.uri
              + " (or the site URL, and let the client discover it), or enable pretty permalinks"
              + " and the web server's rewrite rules so that /wp-json/ works.");
    }
  }

  private void notFound(Answer first, Answer second) {
    view.terminal = true;
    EnumSet<LikelyCause> ruledOut = EnumSet.noneOf(LikelyCause.class);
    if (view.linked) {
      ruledOut.add(LikelyCause.NOT_WORDPRESS_RESPONSE);
    }
    if (first.status == 404 && (second == null || second.status == 404 || second.status == 200)) {
      ruledOut.add(LikelyCause.BLOCKED_BY_SECURITY_LAYER);
    }
    view.problem =
        Verdict.proven(
                Proof.REST_API_NOT_FOUND_BOTH_ROOTS,
                "No WordPress REST API answered: "
                    + first.method
                    + " "
                    + first.uri
                    + " got "
                    + first.summary()
                    + (second == null
                        ? ""
                        : " and " + second.method + " " + second.uri + " got " + second.summary())
                    + ".",
                ruledOut)
            .firstCheck(
                "Check that the URL is the WordPress site's address and that its REST API is"
                    + " not switched off; open "
                    + (second == null ? first.uri : second.uri)
                    + " in a browser: WordPress answers with a JSON index.");
    s.evidence(
        "REST API",
        "no WordPress index at " + first.uri + (second == null ? "" : " nor " + second.uri));
  }

  private void loopingHome(Answer a) {
    view.front = FrontEnd.of(a);
    view.via = DiscoveryMethod.WP_JSON_PROBE;
    String to = a.header("Location").orElse("?");
    s.record(
        "discovery", a, "the home page redirects back to itself (" + to + "); trying /wp-json/");
    s.evidence("home page", a.method + " " + a.uri + " -> " + a.status + " " + to + " (a loop)");
    s.warn(
        DoctorWarning.Kind.HOME_PAGE_REDIRECT_LOOP,
        a.uri
            + " redirects to "
            + to
            + ", itself"
            + a.header("X-Redirect-By").map(by -> " (X-Redirect-By: " + by + ")").orElse("")
            + ": clients that discover the API from the site URL loop there. Configure the API"
            + " root (e.g. "
            + a.uri.resolve("wp-json/")
            + ") instead, and check WordPress's site URL against the address the server reports"
            + " to PHP (its port and scheme).");
  }

  /** A 401 challenge outside WordPress's JSON: something in front of it asks for credentials. */
  private boolean challenge(Answer a) {
    Optional<String> realm = a.header("WWW-Authenticate");
    if (a.status != 401 || realm.isEmpty() || a.isWordPressError()) {
      return false;
    }
    s.record("discovery", a, "401 with WWW-Authenticate: " + realm.get());
    s.evidence("WWW-Authenticate", a.method + " " + a.uri + " -> 401 " + realm.get());
    view.terminal = true;
    view.problem =
        Verdict.proven(
                Proof.CHALLENGE_AT_HOME,
                a.method
                    + " "
                    + a.uri
                    + " answered 401 with WWW-Authenticate: "
                    + realm.get()
                    + " and no WordPress JSON: WordPress never sends that header, so a password"
                    + " protection in front of WordPress (an .htpasswd, a staging password, a"
                    + " proxy) refuses every request before WordPress sees it.")
            .firstCheck(
                "Find what asks for credentials (realm "
                    + realm.get()
                    + ": an .htpasswd-protected directory, a host's staging password, a proxy) and"
                    + " exempt /wp-json/ and /xmlrpc.php from it, or ask the host; the Authorization"
                    + " header cannot carry both its password and the Application Password.");
    return true;
  }

  private void accept(Answer a) {
    view.apiRoot = a.uri;
    view.index = a.json();
    StringBuilder finding = new StringBuilder("WordPress's index: ");
    finding.append(view.namespaces().size()).append(" namespaces");
    Optional<String> token = view.tokenNamespace();
    finding.append(token.map(t -> ", token plugin " + t).orElse(", no token plugin namespace"));
    if (!view.securityPlugins().isEmpty()) {
      finding.append(", security plugin ").append(String.join(", ", view.securityPlugins()));
      s.evidence(
          "security plugin in the index",
          String.join(", ", view.securityPlugins())
              + " (such plugins can block Application Passwords or XML-RPC logins)");
    }
    Optional<Boolean> apps = view.applicationPasswordsAvailable();
    finding.append(
        apps.map(
                available ->
                    available
                        ? ", Application Passwords available"
                        : ", authentication is [] (Application Passwords unavailable)")
            .orElse(", no authentication entry"));
    s.record("index", a, finding.toString());
    s.evidence("index", finding.toString());
  }

  /** The Link named a {@code ?rest_route=} root: would {@code /wp-json/} work too? */
  private void checkPrettyRoot(URI queryRoot) {
    URI pretty = ApiRoots.otherStyle(queryRoot);
    Answer a = s.send(HttpMethod.GET, pretty, Map.of("Accept", "application/json"), null);
    if (a.isWordPressIndex()) {
      s.record("discovery", a, "/wp-json/ works too");
      return;
    }
    String finding =
        "/wp-json/ answered "
            + a.summary()
            + ": the REST API is only at "
            + queryRoot
            + ", so clients that hard-code /wp-json/ fail here";
    s.record("discovery", a, finding);
    s.evidence("/wp-json/", finding);
    s.warn(
        DoctorWarning.Kind.REST_ROUTE_ONLY,
        "/wp-json/ is not served ("
            + a.summary()
            + "); the site advertises "
            + queryRoot
            + ": configure the site URL (the client follows the advertised root) or "
            + queryRoot
            + ", never a hard-coded /wp-json/.");
  }

  /** Whether discovery ends at this fetch: no answer, or a redirect it may not follow. */
  private boolean stopped(Fetch f, boolean first) {
    Answer a = f.answer;
    if (!a.answered()) {
      unreachable(a, first);
      return true;
    }
    if (!f.stoppedAtRedirect()) {
      return false;
    }
    view.terminal = true;
    URI from = a.uri;
    if (f.refused == null && f.loop) {
      s.record(first ? "discovery" : "index", a, "redirects back to a URL already asked");
      s.evidence("redirect", a.method + " " + from + " -> " + a.status + " (a loop)");
      view.problem =
          Verdict.proven(
                  Proof.REDIRECT_LOOP,
                  a.method
                      + " "
                      + from
                      + " answered "
                      + a.status
                      + " with a redirect back to a URL already asked: the redirects loop, and no"
                      + " client gets an answer.")
              .firstCheck(
                  "Fix the redirect rules in the web server, proxy or WordPress's site URL"
                      + " settings (Settings > General) so that the site's URL answers itself.");
      return true;
    }
    if (f.refused == null) {
      s.record(first ? "discovery" : "index", a, "redirects to an unusable Location; not followed");
      s.evidence("redirect", a.method + " " + from + " -> " + a.status + " (unusable Location)");
      view.problem =
          Verdict.proven(
                  Proof.MALFORMED_REDIRECT,
                  a.method
                      + " "
                      + from
                      + " answered "
                      + a.status
                      + " with a Location that is no usable URL: no client can follow it.")
              .firstCheck("Fix the redirect in the site's web server or proxy configuration.");
      return true;
    }
    URI to = f.refused;
    boolean downgrade = RedirectRules.isDowngrade(from, to);
    String finding =
        "redirects to " + Redaction.uri(to) + ", " + (downgrade ? "plain http" : "another origin");
    s.record(first ? "discovery" : "index", a, finding + "; not followed");
    s.evidence("redirect", a.method + " " + from + " -> " + a.status + " " + Redaction.uri(to));
    if (downgrade) {
      view.problem =
          Verdict.proven(
                  Proof.DOWNGRADE_REDIRECT,
                  a.method
                      + " "
                      + from
                      + " redirects to plain http ("
                      + Redaction.uri(to)
                      + "): credentials would travel unencrypted.")
              .firstCheck("Fix the site's URL settings or proxy so that it stays on https.");
      return true;
    }
    String configure = Origins.origin(to) + ApiRoots.pathOf(to);
    boolean upgradeElsewhere = RedirectRules.isUpgradeElsewhere(from, to);
    view.problem =
        Verdict.proven(
                Proof.CROSS_ORIGIN_REDIRECT,
                a.method
                    + " "
                    + from
                    + " answered "
                    + a.status
                    + " with a redirect to "
                    + Redaction.uri(to)
                    + (upgradeElsewhere
                        ? ", an upgrade to https onto another port: the client and the doctor"
                            + " follow an upgrade only on the same host and the default port,"
                            + " so they refuse to carry credentials there."
                        : ", another origin: a client following it either drops the credentials"
                            + " or (the JDK's own redirect handling) sends them to "
                            + Origins.origin(to)
                            + ". The doctor did not follow it."))
            .firstCheck(
                "If "
                    + configure
                    + " is the site's real address, configure "
                    + configure
                    + " as the site URL (and run the doctor with it); otherwise remove the"
                    + " redirect in front of the REST API.");
    return true;
  }

  private void unreachable(Answer a, boolean first) {
    s.record(first ? "discovery" : "index", a, "no answer: " + a.failure);
    view.terminal = true;
    view.reachable = answeredOnce;
    String check =
        a.tlsFailure
            ? "The site's TLS certificate is not trusted by this Java (a self-signed or private-CA"
                + " certificate: \"PKIX path building failed\"). Pass the site's certificate: save"
                + " it as PEM (openssl s_client -showcerts -connect "
                + a.uri.getHost()
                + ":"
                + (a.uri.getPort() < 0 ? 443 : a.uri.getPort())
                + ") and run wp-doctor check --trust-cert site.pem (in code:"
                + " AuthDoctor.Builder.trustCertificates, WordPressClient.Builder.trustCertificates);"
                + " never switch certificate checks off."
            : "Check the site URL, and that the site is up and reachable from this machine"
                + " (DNS, firewall, VPN, proxy); then run the doctor again.";
    view.problem =
        Verdict.proven(
                Proof.NO_ANSWER,
                (a.tlsFailure
                        ? "The TLS handshake with the site failed: "
                        : "The site could not be reached: ")
                    + a.method
                    + " "
                    + a.uri
                    + " got "
                    + a.failure
                    + ".")
            .firstCheck(check);
    s.evidence("reachability", a.method + " " + a.uri + ": " + a.failure);
  }

  private Fetch get(String probe, URI uri, String accept) {
    URI current = uri;
    java.util.Set<URI> asked = new java.util.HashSet<>();
    for (int hop = 0; ; hop++) {
      asked.add(current);
      Answer a = s.send(HttpMethod.GET, current, Map.of("Accept", accept), null);
      answeredOnce |= a.answered();
      if (!a.isRedirect() || hop >= MAX_HOPS) {
        return new Fetch(a, null, null);
      }
      String location = a.header("Location").orElseThrow();
      Optional<URI> parsed = RedirectRules.target(current, location);
      if (parsed.isEmpty()) {
        return new Fetch(a, null, location);
      }
      URI target = parsed.get();
      // The client's rules first (userinfo, https to http), then the rule for a site that
      // credentials go to later: the same origin, or the upgrade to https.
      Optional<RedirectRules.Refusal> refusal =
          RedirectRules.refusal(HttpMethod.GET, a.status, current, target, 0, MAX_HOPS, false);
      if (refusal.isPresent() && refusal.get().reason == Reason.USERINFO_IN_LOCATION) {
        return new Fetch(a, null, location);
      }
      if (asked.contains(target) || s.askedBefore(target)) {
        return new Fetch(a, null, null, true);
      }
      if (refusal.isPresent() || !RedirectRules.credentialsMayFollow(current, target)) {
        return new Fetch(a, target, null);
      }
      boolean httpsUpgrade = !Origins.sameOrigin(current, target);
      if (httpsUpgrade) {
        s.budget.allowOrigin(target);
        s.evidence("redirect", current + " -> " + target + " (an upgrade to https, followed)");
        s.warn(
            DoctorWarning.Kind.HTTPS_UPGRADE,
            current
                + " redirects to "
                + Redaction.uri(target)
                + ": configure "
                + Origins.origin(target)
                + ApiRoots.pathOf(target)
                + " as the site URL, so that no request (nor a credential) goes to plain http"
                + " first.");
      }
      s.record(probe, a, "redirects to " + Redaction.uri(target) + " on the same site; followed");
      if (!s.canSend(1)) {
        return new Fetch(a, null, null);
      }
      current = target;
    }
  }
}
