package dev.wprest.diagnostics.doctor;

import dev.wprest.client.AuthScheme;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.WpRequest;
import dev.wprest.diagnostics.LikelyCause;

/**
 * The identity: {@code users/me} with the credential under examination. Accepted, the route stage
 * follows; refused, the passive diagnosis of that call is refined by the probes of its scheme.
 */
final class IdentityStage extends ExaminationStage {
  static final String ME = "/wp/v2/users/me";

  IdentityStage(ProbeSession s, SiteView view, String route, HttpMethod method, boolean xmlRpc) {
    super(s, view, route, method, xmlRpc);
  }

  /** Whether a route is users/me, however many slashes end it. */
  static boolean isMe(String route) {
    return route.replaceAll("/+$", "").equals(ME);
  }

  /** Asks users/me with the credential; the call, accepted or not. */
  ClientExchange askUsersMe() {
    return ClientExchange.run(s, ProbeName.IDENTITY, view, WpRequest.get(ME).build());
  }

  /** users/me accepted the credential: the route asked about decides. */
  DoctorReport accepted(ClientExchange me) {
    return new RouteStage(this).afterAccepted(me);
  }

  /** users/me did not accept the credential: why. */
  DoctorReport refused(ClientExchange me) {
    String finding =
        "answered "
            + me.summary()
            + ", "
            + me.allowSummary()
            + (me.anonymous() ? ": WordPress saw an anonymous request" : "");
    s.record(ProbeName.IDENTITY, me.request, me.status, finding);
    s.evidence("users/me with the credential", finding);
    if (me.redirectLoop()) {
      // The call never reached an answer: no refinement of a refusal applies.
      return report.verdict(
          Verdict.proven(
                  Proof.REDIRECT_LOOP_ON_CALL,
                  DoctorTexts.text("redirectLoopOnCall.summary", "request", me.request))
              .firstCheck(DoctorTexts.text("redirectLoopOnCall.check")),
          me.passive,
          null,
          true);
    }
    if (s.auth.scheme().equals(AuthScheme.NONE)) {
      // Nothing was sent to refuse: the question is whether the call works anonymously.
      return new AnonymousStage(this).run(me);
    }
    if (route != null && s.canSend(2)) {
      // Whether the route exists does not depend on the identity; its permission does.
      PermissionProbe.Outcome exists = new PermissionProbe(s, view, route, method).anonymously();
      if (exists.verdict != null) {
        s.evidence("route", "WordPress has no route " + route + " either");
      }
    }
    Verdict v = Refinements.refine(s, view, me, xmlRpc);
    if (v == null) {
      // No probe of the scheme decided: the passive diagnosis stands, with what the probes saw.
      return report.passive(me, null);
    }
    // Lock-down plugins answer with rest_authorization_required_code(): a 401 says WordPress saw
    // no identity, which a confirmed verdict explains; only a 403 is a refused identity.
    if (view.anonymousRefusal != null && !(v.confirmed() && me.status == 401)) {
      v.alternative(
          LikelyCause.REST_API_DISABLED,
          DoctorTexts.text("anonymousRestBlocked.alternative", "refusal", view.anonymousRefusal));
    }
    return report.verdict(v, me.passive, null, true);
  }
}
