package dev.wprest.diagnostics.doctor;

import dev.wprest.client.HttpMethod;
import dev.wprest.client.RedirectRefusedException.Reason;
import dev.wprest.client.internal.ApiRoots;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.RedirectRules;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Discovery's GETs, with their redirects followed by the client's {@link RedirectRules} plus the
 * rule for a site that credentials go to later: only on the same origin, or from http to https on
 * the same host and the default port. It decides nothing about the site; it says where it stopped.
 */
final class SafeRedirectFollower {
  private static final int MAX_HOPS = 3;

  private final ProbeSession s;
  private boolean answeredOnce;

  SafeRedirectFollower(ProbeSession session) {
    this.s = session;
  }

  /** A GET that followed safe redirects, or stopped at one it may not follow. */
  static final class Fetch {
    final RawExchange answer;

    /** The target of a redirect the doctor may not follow (another origin, plain http), or null. */
    final URI refused;

    /** A Location that is no usable URL, or null. */
    final String unusableLocation;

    /** The redirect led back to a URL already asked. */
    final boolean loop;

    private Fetch(RawExchange answer, URI refused, String unusableLocation, boolean loop) {
      this.answer = answer;
      this.refused = refused;
      this.unusableLocation = unusableLocation;
      this.loop = loop;
    }

    static Fetch answered(RawExchange answer) {
      return new Fetch(answer, null, null, false);
    }

    boolean stoppedAtRedirect() {
      return refused != null || unusableLocation != null || loop;
    }
  }

  /** Whether any request of discovery got an answer (a site that answered once is reachable). */
  boolean answeredOnce() {
    return answeredOnce;
  }

  Fetch get(ProbeName probe, URI uri, String accept) {
    URI current = uri;
    Set<URI> asked = new HashSet<>();
    for (int hop = 0; ; hop++) {
      asked.add(current);
      RawExchange a = s.send(HttpMethod.GET, current, Map.of("Accept", accept), null);
      answeredOnce |= a.answered();
      if (!a.isRedirect() || hop >= MAX_HOPS) {
        return Fetch.answered(a);
      }
      String location = a.header("Location").orElseThrow();
      Optional<URI> parsed = RedirectRules.target(current, location);
      if (parsed.isEmpty()) {
        return new Fetch(a, null, location, false);
      }
      URI target = parsed.get();
      // The client's rules first (userinfo, https to http), then the rule for a site that
      // credentials go to later: the same origin, or the upgrade to https.
      Optional<RedirectRules.Refusal> refusal =
          RedirectRules.refusal(HttpMethod.GET, a.status, current, target, 0, MAX_HOPS, false);
      if (refusal.isPresent() && refusal.get().reason == Reason.USERINFO_IN_LOCATION) {
        // A Location with a user and password in it is no address a client may use.
        return new Fetch(a, null, location, false);
      }
      if (asked.contains(target) || s.askedBefore(target)) {
        // Asking again would only bring the same answer back.
        return new Fetch(a, null, null, true);
      }
      if (refusal.isPresent() || !RedirectRules.credentialsMayFollow(current, target)) {
        return new Fetch(a, target, null, false);
      }
      if (!Origins.sameOrigin(current, target)) {
        upgradeToHttps(current, target);
      }
      s.record(probe, a, "redirects to " + Redaction.uri(target) + " on the same site; followed");
      if (!s.canSend(1)) {
        return Fetch.answered(a);
      }
      current = target;
    }
  }

  /** The one cross-origin move allowed: the same host on https, which the budget then admits. */
  private void upgradeToHttps(URI from, URI to) {
    s.budget.allowOrigin(to);
    s.evidence("redirect", from + " -> " + to + " (an upgrade to https, followed)");
    s.warn(
        DoctorWarning.Kind.HTTPS_UPGRADE,
        DoctorTexts.text(
            "warning.httpsUpgrade",
            "from",
            from,
            "to",
            Redaction.uri(to),
            "address",
            Origins.origin(to) + ApiRoots.pathOf(to)));
  }
}
