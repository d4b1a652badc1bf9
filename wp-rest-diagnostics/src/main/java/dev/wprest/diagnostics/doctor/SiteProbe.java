package dev.wprest.diagnostics.doctor;

import dev.wprest.client.HttpMethod;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.Redaction;
import dev.wprest.diagnostics.LikelyCause;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reachability, discovery and the index, all without credentials: the home page and its {@code
 * Link} header, {@code /wp-json/} against {@code ?rest_route=/}, JSON against an HTML page, and
 * redirects (followed only on the same origin, or from http to https on the same host).
 */
final class SiteProbe {
  private static final Pattern LINK =
      Pattern.compile("<([^>]+)>\\s*;[^,]*rel=\"?https://api\\.w\\.org/\"?");
  private static final int MAX_HOPS = 3;

  private final ProbeSession s;
  private final SiteView view = new SiteView();
  private boolean answeredOnce;

  SiteProbe(ProbeSession session) {
    this.s = session;
  }

  /** A GET that followed safe redirects, or stopped at one that leaves the origin. */
  private static final class Fetch {
    final Answer answer;
    final URI offOrigin;

    Fetch(Answer answer, URI offOrigin) {
      this.answer = answer;
      this.offOrigin = offOrigin;
    }
  }

  SiteView run(URI given) {
    boolean rootGiven = isApiRoot(given);
    URI root;
    boolean linked = false;
    if (rootGiven) {
      root = normalizedRoot(given);
    } else {
      URI home = homeOf(given);
      Fetch f = get("discovery", home, "text/html,application/xhtml+xml,*/*");
      if (stopped(f, true)) {
        return view;
      }
      Answer a = f.answer;
      view.server = a.header("Server").orElse("");
      Optional<URI> advertised = linkedRoot(a);
      linked = advertised.isPresent();
      root = advertised.map(adv -> onOrigin(adv, a.uri)).orElse(a.uri.resolve("wp-json/"));
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
            }
          });
    }
    index(root, rootGiven, linked);
    return view;
  }

  private void index(URI root, boolean rootGiven, boolean linked) {
    Fetch f = get("index", root, "application/json");
    if (stopped(f, rootGiven)) {
      return;
    }
    Answer a = f.answer;
    if (view.server.isEmpty()) {
      view.server = a.header("Server").orElse("");
    }
    if (a.isWordPressIndex()) {
      accept(a);
      if (linked && RestRoutes.queryStyle(root) && s.canSend(8)) {
        checkPrettyRoot(root);
      }
      return;
    }
    if (a.isWordPressError()) {
      view.apiRoot = a.uri;
      s.record(
          "index", a, "WordPress's REST API answers here but refused its index: " + a.summary());
      s.evidence("index", a.summary() + " (the REST API answers, but not with its index)");
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
    URI other = otherStyle(a.uri);
    if (!s.canSend(3)) {
      notFound(a, null);
      return;
    }
    Fetch g = get("index", other, "application/json");
    if (g.offOrigin != null || !g.answer.isWordPressIndex()) {
      if (g.offOrigin == null) {
        s.record("index", g.answer, "no WordPress index here either: " + g.answer.summary());
      }
      notFound(a, g.answer);
      return;
    }
    accept(g.answer);
    if (rootGiven || linked) {
      view.problem =
          Verdict.confirmed(
                  LikelyCause.REST_API_NOT_FOUND,
                  "The REST API is not served at "
                      + a.uri
                      + " (it answered "
                      + a.summary()
                      + "), but "
                      + g.answer.uri
                      + " answered WordPress's index: the site has no pretty permalinks or no"
                      + " rewrite rules, so /wp-json/ does not reach WordPress.")
              .firstCheck(
                  "Use "
                      + g.answer.uri
                      + " as the API root (or let the client discover it from the site URL), or"
                      + " enable pretty permalinks and the web server's rewrite rules (Apache:"
                      + " AllowOverride for WordPress's .htaccess, mod_rewrite) so that /wp-json/"
                      + " works.");
    }
  }

  private void notFound(Answer first, Answer second) {
    view.terminal = true;
    view.problem =
        Verdict.confirmed(
                LikelyCause.REST_API_NOT_FOUND,
                "No WordPress REST API answered: "
                    + first.method
                    + " "
                    + first.uri
                    + " got "
                    + first.summary()
                    + (second == null
                        ? ""
                        : " and " + second.method + " " + second.uri + " got " + second.summary())
                    + ".")
            .firstCheck(
                "Check that the URL is the WordPress site's address and that its REST API is"
                    + " not switched off; open "
                    + (second == null ? first.uri : second.uri)
                    + " in a browser: WordPress answers with a JSON index.");
    s.evidence(
        "REST API",
        "no WordPress index at " + first.uri + (second == null ? "" : " nor " + second.uri));
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
    URI pretty = RestRoutes.siteOf(queryRoot).resolve("wp-json/");
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
  }

  /** Whether discovery ends at this fetch: no answer, or a redirect off the origin. */
  private boolean stopped(Fetch f, boolean first) {
    Answer a = f.answer;
    if (!a.answered()) {
      s.record(first ? "discovery" : "index", a, "no answer: " + a.failure);
      view.terminal = true;
      view.reachable = answeredOnce;
      view.problem =
          Verdict.confirmed(
                  LikelyCause.TRANSPORT_FAILED,
                  "The site could not be reached: "
                      + a.method
                      + " "
                      + a.uri
                      + " got "
                      + a.failure
                      + ".")
              .firstCheck(
                  "Check the site URL, and that the site is up and reachable from this machine"
                      + " (DNS, firewall, VPN, proxy); then run the doctor again.");
      s.evidence("reachability", a.method + " " + a.uri + ": " + a.failure);
      return true;
    }
    if (f.offOrigin == null) {
      return false;
    }
    URI from = a.uri;
    URI to = f.offOrigin;
    boolean downgrade =
        from.getScheme().equalsIgnoreCase("https") && to.getScheme().equalsIgnoreCase("http");
    String finding =
        "redirects to " + Redaction.uri(to) + ", " + (downgrade ? "plain http" : "another origin");
    s.record(first ? "discovery" : "index", a, finding + "; not followed");
    s.evidence("redirect", a.method + " " + from + " -> " + a.status + " " + Redaction.uri(to));
    view.terminal = true;
    if (downgrade) {
      view.problem =
          Verdict.confirmed(
                  LikelyCause.REDIRECT_REFUSED,
                  a.method
                      + " "
                      + from
                      + " redirects to plain http ("
                      + Redaction.uri(to)
                      + "): credentials would travel unencrypted.")
              .firstCheck("Fix the site's URL settings or proxy so that it stays on https.");
    } else {
      view.problem =
          Verdict.confirmed(
                  LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT,
                  a.method
                      + " "
                      + from
                      + " answered "
                      + a.status
                      + " with a redirect to "
                      + Redaction.uri(to)
                      + ", another origin: a client following it either drops the credentials or"
                      + " (the JDK's own redirect handling) sends them to "
                      + Origins.origin(to)
                      + ". The doctor did not follow it.")
              .firstCheck(
                  "If "
                      + Origins.origin(to)
                      + " is the site's real address, use it as the site URL; otherwise remove"
                      + " the redirect in front of the REST API.");
    }
    return true;
  }

  private Fetch get(String probe, URI uri, String accept) {
    URI current = uri;
    for (int hop = 0; ; hop++) {
      Answer a = s.send(HttpMethod.GET, current, Map.of("Accept", accept), null);
      answeredOnce |= a.answered();
      if (!a.isRedirect() || hop >= MAX_HOPS) {
        return new Fetch(a, null);
      }
      URI target = current.resolve(a.header("Location").orElseThrow().strip());
      boolean httpsUpgrade =
          current.getScheme().equalsIgnoreCase("http")
              && target.getScheme().equalsIgnoreCase("https")
              && current.getHost().equalsIgnoreCase(target.getHost());
      if (!Origins.sameOrigin(current, target) && !httpsUpgrade) {
        return new Fetch(a, target);
      }
      if (httpsUpgrade) {
        s.http.allowOrigin(target);
        s.evidence("redirect", current + " -> " + target + " (an upgrade to https, followed)");
      }
      s.record(probe, a, "redirects to " + Redaction.uri(target) + " on the same site; followed");
      if (!s.canSend(1)) {
        return new Fetch(a, null);
      }
      current = target;
    }
  }

  static boolean isApiRoot(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    return path.contains("/wp-json") || query.contains("rest_route=");
  }

  private static URI normalizedRoot(URI given) {
    String query = given.getRawQuery() == null ? "" : given.getRawQuery();
    String path =
        given.getRawPath() == null || given.getRawPath().isEmpty() ? "/" : given.getRawPath();
    if (query.contains("rest_route=")) {
      return URI.create(Origins.origin(given) + path + "?rest_route=/");
    }
    int at = path.indexOf("/wp-json");
    return URI.create(Origins.origin(given) + path.substring(0, at) + "/wp-json/");
  }

  private static URI homeOf(URI given) {
    String path =
        given.getRawPath() == null || given.getRawPath().isEmpty() ? "/" : given.getRawPath();
    int admin = path.indexOf("/wp-admin");
    if (admin >= 0) {
      path = path.substring(0, admin + 1);
    } else if (!path.endsWith("/")) {
      path = path + "/";
    }
    return URI.create(Origins.origin(given) + path);
  }

  private static URI otherStyle(URI root) {
    URI site = RestRoutes.siteOf(root);
    return RestRoutes.queryStyle(root)
        ? site.resolve("wp-json/")
        : URI.create(site + "?rest_route=/");
  }

  private static Optional<URI> linkedRoot(Answer a) {
    for (String link : a.headers("Link")) {
      Matcher m = LINK.matcher(link);
      if (m.find()) {
        try {
          return Optional.of(a.uri.resolve(m.group(1).strip()));
        } catch (IllegalArgumentException bad) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static URI onOrigin(URI advertised, URI answered) {
    String path = advertised.getRawPath() == null ? "/" : advertised.getRawPath();
    String query = advertised.getRawQuery() == null ? "" : "?" + advertised.getRawQuery();
    return URI.create(Origins.origin(answered) + path + query);
  }
}
