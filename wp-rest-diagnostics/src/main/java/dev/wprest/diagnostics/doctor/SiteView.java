package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wprest.client.internal.Origins;
import dev.wprest.diagnostics.TokenNamespaces;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What discovery learned: where the REST API answers, its index, the server, and any problem. */
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
  String server = "";
  boolean reachable = true;

  /** Discovery found the end of the road: nothing else is probed. */
  boolean terminal;

  /** A problem discovery proved or suspects, or null. */
  Verdict problem;

  boolean indexRead() {
    return index.has("namespaces");
  }

  List<String> namespaces() {
    List<String> out = new ArrayList<>();
    index.path("namespaces").forEach(n -> out.add(n.asText()));
    return out;
  }

  Optional<String> tokenNamespace() {
    List<String> ns = namespaces();
    return TOKEN_NAMESPACES.stream().filter(ns::contains).findFirst();
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

  /** From the index's {@code authentication}: an object naming them, or {@code []}. */
  Optional<Boolean> applicationPasswordsAvailable() {
    JsonNode auth = index.path("authentication");
    if (auth.isObject()) {
      return Optional.of(auth.has("application-passwords"));
    }
    if (auth.isArray()) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** WordPress's site URL on the API root's origin, where wp-login.php and xmlrpc.php live. */
  URI siteUrl() {
    JsonNode url = index.path("url");
    if (url.isTextual()) {
      try {
        URI u = URI.create(url.asText());
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return URI.create(Origins.origin(apiRoot) + (p.endsWith("/") ? p : p + "/"));
      } catch (IllegalArgumentException ignored) {
        // fall back to the root's own path
      }
    }
    return RestRoutes.siteOf(apiRoot);
  }

  boolean plainHttp() {
    return apiRoot != null && Origins.isPlainHttp(apiRoot);
  }
}
