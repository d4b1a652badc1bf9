package dev.wprest.diagnostics.doctor;

import dev.wprest.client.HttpMethod;
import java.net.URI;

/**
 * One run of the doctor, in the order a request meets the checks: the site and its index ({@link
 * SiteProbe}), the identity ({@link IdentityStage}), then, only once the identity is accepted, the
 * route asked about ({@link RouteStage}). Each failure starts from the passive diagnosis of the
 * failed call and is refined by the probes that can tell its candidates apart. OK means every call
 * the doctor was asked about succeeded (a write, which the doctor never sends, counts when {@code
 * Allow} lists it, and says so in a warning).
 */
final class Examination {
  private final ProbeSession s;
  private final URI site;
  private final String route;
  private final HttpMethod method;
  private final boolean xmlRpc;

  Examination(ProbeSession s, URI site, String route, HttpMethod method, boolean xmlRpc) {
    this.s = s;
    this.site = site;
    this.route = route;
    this.method = method;
    this.xmlRpc = xmlRpc;
  }

  DoctorReport run() {
    SiteView view = new SiteProbe(s).run(site);
    if (view.terminal) {
      // Discovery proved why no call can work: nothing sent with the credential would change it.
      return new ReportAssembly(s).verdict(view.problem, null, null, view.reachable);
    }
    if (view.anonymousRefusal != null) {
      // Not a verdict yet: an identity WordPress accepts gets past such a plugin.
      s.warn(
          DoctorWarning.Kind.ANONYMOUS_REST_BLOCKED,
          DoctorTexts.text("warning.anonymousRestBlocked", "refusal", view.anonymousRefusal));
    }
    IdentityStage identity = new IdentityStage(s, view, route, method, xmlRpc);
    ClientExchange me = identity.askUsersMe();
    if (me.ok()) {
      // The identity is accepted: only the route can still fail, never for an identity cause.
      return identity.accepted(me);
    }
    return identity.refused(me);
  }
}
