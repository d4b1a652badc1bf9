package dev.wprest.diagnostics.doctor;

import dev.wprest.client.AuthScheme;
import java.util.Map;

/**
 * The refinement of a refused identity for each auth scheme, registered by the scheme's name: the
 * probes that tell apart the causes a scheme's refusal shares. A scheme without one keeps the
 * passive diagnosis of its failed call.
 */
final class Refinements {
  /** Refines the refused {@code users/me} call of one scheme; null when no probe decided. */
  interface Refinement {
    Verdict refine(ProbeSession s, SiteView view, ClientExchange me, boolean xmlRpc);
  }

  private static final Map<String, Refinement> BY_SCHEME =
      Map.of(
          AuthScheme.APPLICATION_PASSWORD,
          (s, view, me, xmlRpc) -> new BasicRefinement(s, view, me, xmlRpc).refine(),
          AuthScheme.BEARER,
          (s, view, me, xmlRpc) -> new BearerRefinement(s, view, me).refine(),
          AuthScheme.COOKIE_NONCE,
          (s, view, me, xmlRpc) -> new CookieRefinement(s, view, me, xmlRpc).refine());

  private Refinements() {}

  /**
   * The verdict of the session's scheme's refinement, or null when there is none or it found none.
   */
  static Verdict refine(ProbeSession s, SiteView view, ClientExchange me, boolean xmlRpc) {
    Refinement r = BY_SCHEME.get(s.auth.scheme());
    return r == null ? null : r.refine(s, view, me, xmlRpc);
  }
}
