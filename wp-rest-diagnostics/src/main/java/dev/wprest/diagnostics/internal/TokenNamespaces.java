package dev.wprest.diagnostics.internal;

import dev.wprest.client.SiteInfo;
import java.util.List;
import java.util.Optional;

/**
 * The REST namespaces that plugins accepting bearer tokens add to the index: shared by the passive
 * analyzers and the doctor. Not API: it may change in any release.
 */
public final class TokenNamespaces {
  /** The known namespaces, the most common first. */
  public static final List<String> KNOWN =
      List.of("jwt-auth/v1", "simple-jwt-login/v1", "wp-oauth/v1", "oauth2");

  private TokenNamespaces() {}

  /**
   * The first known namespace the site's index lists.
   *
   * @param site the site
   * @return the namespace, if any
   */
  public static Optional<String> present(SiteInfo site) {
    return KNOWN.stream().filter(site::hasNamespace).findFirst();
  }

  /**
   * Whether the index was read and lists none of them.
   *
   * @param site the site
   * @return true when the index lists no known namespace
   */
  public static boolean knownAbsent(SiteInfo site) {
    return !site.namespaces().isEmpty() && present(site).isEmpty();
  }
}
