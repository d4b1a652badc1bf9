package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.WordPressJson;
import dev.wprest.diagnostics.internal.TokenNamespaces;
import dev.wprest.diagnostics.internal.WordPressAnswers;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What discovery learned: where the REST API answers, its index (read through the client's own
 * {@link SiteInfo}, so that the doctor and the client agree on what it says), what runs in front of
 * WordPress, and any problem.
 */
final class SiteView {
  /** Namespaces of plugins that accept bearer tokens. */
  static final List<String> TOKEN_NAMESPACES = TokenNamespaces.KNOWN;

  /** Namespace prefixes of security plugins that may block Application Passwords or XML-RPC. */
  private static final List<String> SECURITY_PREFIXES =
      List.of(
          "wordfence",
          "ithemes-security",
          "solid-security",
          "sucuri",
          "defender",
          "aios",
          "all-in-one-wp-security",
          "shield",
          "malcare",
          "limit-login",
          "wp-2fa",
          "two-factor");

  /** The API root to use, or null when none answered. */
  URI apiRoot;

  JsonNode index = MissingNode.getInstance();
  DiscoveryMethod via = DiscoveryMethod.GIVEN;
  ServerInFrontOfPhp front = ServerInFrontOfPhp.UNKNOWN;
  boolean reachable = true;

  /** The home page carried WordPress's {@code rel="https://api.w.org/"} Link header. */
  boolean linked;

  /** The code with which the index refused an anonymous request (a lock-down plugin), or null. */
  String anonymousRefusal;

  /** Discovery found the end of the road: nothing else is probed. */
  boolean terminal;

  /** A problem discovery proved or suspects, or null. */
  Verdict problem;

  private SiteInfo site;

  boolean indexRead() {
    return WordPressJson.isIndex(index);
  }

  /** The client's view of the same site, built from the index already read. */
  SiteInfo site() {
    if (site == null || !site.apiRoot().equals(apiRoot)) {
      site = SiteInfo.fromIndex(apiRoot, via, indexRead() ? index : null);
    }
    return site;
  }

  List<String> namespaces() {
    return apiRoot == null ? List.of() : site().namespaces();
  }

  Optional<String> tokenNamespace() {
    List<String> ns = namespaces();
    return TOKEN_NAMESPACES.stream().filter(ns::contains).findFirst();
  }

  /** Namespaces beyond WordPress core's own. */
  List<String> pluginNamespaces() {
    List<String> out = new ArrayList<>(namespaces());
    out.removeAll(WordPressAnswers.CORE_NAMESPACES);
    return out;
  }

  List<String> securityPlugins() {
    List<String> out = new ArrayList<>();
    for (String ns : namespaces()) {
      String lower = ns.toLowerCase(Locale.ROOT);
      if (SECURITY_PREFIXES.stream().anyMatch(lower::startsWith)) {
        out.add(ns);
      }
    }
    return out;
  }

  /** From the index's {@code authentication}, as the client reads it. */
  Optional<Boolean> applicationPasswordsAvailable() {
    return apiRoot == null ? Optional.empty() : site().applicationPasswordsAvailable();
  }

  /** The index in one line: namespaces, token plugin, security plugins, Application Passwords. */
  String indexFinding() {
    StringBuilder finding = new StringBuilder("WordPress's index: ");
    finding.append(namespaces().size()).append(" namespaces");
    finding.append(
        tokenNamespace().map(t -> ", token plugin " + t).orElse(", no token plugin namespace"));
    if (!securityPlugins().isEmpty()) {
      finding.append(", security plugin ").append(String.join(", ", securityPlugins()));
    }
    finding.append(
        applicationPasswordsAvailable()
            .map(
                available ->
                    available
                        ? ", Application Passwords available"
                        : ", authentication is [] (Application Passwords unavailable)")
            .orElse(", no authentication entry"));
    return finding.toString();
  }

  /** WordPress's site URL on the API root's origin, where wp-login.php and xmlrpc.php live. */
  URI siteUrl() {
    return site().siteUrl();
  }

  boolean plainHttp() {
    return apiRoot != null && Origins.isPlainHttp(apiRoot);
  }
}
