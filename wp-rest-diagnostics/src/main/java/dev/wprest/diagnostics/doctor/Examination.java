package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.WpRequest;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.net.URI;

/**
 * One run of the doctor, in the order a request meets the checks: the site and its index, the
 * identity, then (only once the identity is accepted) the permission. Each failure starts from the
 * passive diagnosis of the identity call and is refined by the probes that can tell its candidates
 * apart.
 */
final class Examination {
  private static final String ME = "/wp/v2/users/me";

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
      return report(view.problem.toDiagnosis(null, s.evidence()), null, view.reachable);
    }
    ClientCall me = ClientCall.run(s, "identity", view.apiRoot, WpRequest.get(ME).build());
    if (me.ok()) {
      return accepted(view, me);
    }
    String finding = "answered " + me.summary() + ", " + me.allowSummary() + anonymousNote(me);
    s.record("identity", me.request, me.status, finding);
    s.evidence("users/me with the credential", finding);
    if (s.auth.scheme().equals("none") && route != null) {
      PermissionProbe.Outcome open = new PermissionProbe(s, view, route, method).anonymously();
      if (open.verdict != null) {
        return report(open.verdict.toDiagnosis(me.passive, s.evidence()), null, true);
      }
      if (open.allowed && view.problem == null) {
        return report(null, null, true);
      }
    } else if (route != null && s.canSend(2)) {
      // Whether the route exists does not depend on the identity; its permission does.
      PermissionProbe.Outcome exists = new PermissionProbe(s, view, route, method).anonymously();
      if (exists.verdict != null) {
        s.evidence("route", "WordPress has no route " + route + " either");
      }
    }
    Verdict v = refine(view, me);
    if (view.problem != null) {
      view.problem.alternative(
          v != null ? v.cause : me.passive.cause(),
          "the credential failed too: " + (v != null ? v.summary : me.passive.summary()));
      v = view.problem;
    }
    if (v != null) {
      return report(v.toDiagnosis(me.passive, s.evidence()), null, true);
    }
    Diagnosis.Builder b = me.passive.toBuilder();
    s.evidence().forEach(b::evidence);
    return report(b.build(), null, true);
  }

  private Verdict refine(SiteView view, ClientCall me) {
    String scheme = s.auth.scheme();
    switch (scheme) {
      case "application-password":
        return new BasicRefinement(s, view, me, xmlRpc).refine();
      case "bearer":
        return new BearerRefinement(s, view, me).refine();
      case "cookie-nonce":
        return new CookieRefinement(s, view, me, xmlRpc).refine();
      case "none":
        if (me.status != 401) {
          return null;
        }
        return Verdict.confirmed(
                LikelyCause.NO_CREDENTIALS_SENT,
                "No credentials were sent, and "
                    + me.request
                    + " answered "
                    + me.summary()
                    + " ("
                    + me.allowSummary()
                    + "): WordPress saw an anonymous request"
                    + (route == null
                        ? "."
                        : ", and " + method + " " + route + " needs an identity."))
            .firstCheck(
                "Choose how the client proves who it is: for a script or service, an Application"
                    + " Password of a WordPress user (HTTP Basic, over HTTPS); then run the doctor"
                    + " again with it.");
      default:
        return null;
    }
  }

  private DoctorReport accepted(SiteView view, ClientCall me) {
    JsonNode user = me.json();
    String identity =
        user.path("slug").asText(user.path("name").asText("user"))
            + (user.has("id") ? " (id " + user.path("id").asText() + ")" : "");
    s.record(
        "identity", me.request, me.status, "accepted as " + identity + ", " + me.allowSummary());
    s.evidence("users/me with the credential", "accepted as " + identity);
    new AcceptedIdentityProbes(s, view, me).run();
    Verdict problem = view.problem;
    if (route != null) {
      PermissionProbe.Outcome p = new PermissionProbe(s, view, route, method).asIdentity(identity);
      if (p.verdict != null) {
        problem = p.verdict;
      }
    }
    if (problem != null) {
      return report(problem.toDiagnosis(null, s.evidence()), identity, true);
    }
    return report(null, identity, true);
  }

  private static String anonymousNote(ClientCall me) {
    return me.status == 401 && me.allow.equals("GET") ? ": WordPress saw an anonymous request" : "";
  }

  private DoctorReport report(Diagnosis diagnosis, String identity, boolean reachable) {
    DoctorReport.Builder b =
        DoctorReport.builder()
            .probes(s.probes())
            .requestsSent(s.http.sent())
            .siteReachable(reachable);
    if (identity != null) {
      b.identity(identity);
    }
    return diagnosis == null ? b.ok().build() : b.diagnosis(diagnosis).build();
  }
}
