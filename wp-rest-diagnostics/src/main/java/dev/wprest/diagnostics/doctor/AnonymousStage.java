package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.internal.ApplicationPasswordAvailability;
import dev.wprest.diagnostics.internal.WordPressAnswers;
import java.util.EnumSet;

/**
 * No credentials under examination: whether the call asked about works anonymously, and if not,
 * whether core refused an anonymous request (an identity is needed) or a plugin refuses them all.
 */
final class AnonymousStage extends ExaminationStage {
  /** The namespace of JWT Authentication for WP REST API, which claims every Authorization. */
  private static final String JWT_AUTH = "jwt-auth/v1";

  AnonymousStage(ExaminationStage previous) {
    super(previous);
  }

  /** users/me was refused, as it is to every anonymous caller; the route decides. */
  DoctorReport run(ClientExchange me) {
    if (route == null) {
      return report.verdict(refusal(me, IdentityStage.ME), me.passive, null, true);
    }
    PermissionProbe probe = new PermissionProbe(s, view, route, method);
    if (PermissionProbe.isRead(method)) {
      // A read is simply made: its own answer decides.
      ClientExchange c = IdentityStage.isMe(route) ? me : probe.read();
      if (c.ok()) {
        return report.ok(null);
      }
      if (c.status == 404 && c.code.equals("rest_no_route")) {
        return report.verdict(probe.routeNotFound(c.request, c.summary()), c.passive, null, true);
      }
      if (c.status == 401) {
        return report.verdict(refusal(c, route), c.passive, null, true);
      }
      return report.passive(c, null);
    }
    // A write is never sent: OPTIONS says whether anonymous callers may make it.
    PermissionProbe.Outcome open = probe.anonymously();
    if (open.verdict != null) {
      return report.verdict(open.verdict, me.passive, null, true);
    }
    if (open.allowed) {
      WriteProbe.warnNotSent(s, method, route, "anonymous callers", false);
      return report.ok(null);
    }
    return report.verdict(refusal(me, route), me.passive, null, true);
  }

  /** An anonymous call refused: core's anonymous 401, or a plugin refusing anonymous requests. */
  private Verdict refusal(ClientExchange c, String asked) {
    String refused = c.request + " answered " + c.summary() + " (" + c.allowSummary() + ")";
    if (view.anonymousRefusal != null) {
      // The index is core's to everyone: refused there too, a plugin refuses all anonymous calls.
      return Verdict.proven(
              Proof.REST_API_DISABLED_INDEX,
              DoctorTexts.text(
                  "restApiDisabledIndex.summary",
                  "refused",
                  refused,
                  "refusal",
                  view.anonymousRefusal))
          .firstCheck(
              PluginStop.CODE.equals(view.anonymousRefusal)
                  ? PluginStop.firstCheck(c.message)
                  : DoctorTexts.text(
                      "restApiDisabledIndex.check", "refusal", view.anonymousRefusal));
    }
    boolean lockDown = WordPressAnswers.LOCK_DOWN_CODES.contains(c.code);
    if (!c.anonymous() || lockDown) {
      // Not core's anonymous answer: the passive reading stands, short of proof.
      return Verdict.of(
              lockDown ? LikelyCause.REST_API_DISABLED : c.passive.cause(),
              Confidence.LIKELY,
              DoctorTexts.text("anonymousRefused.summary", "refused", refused))
          .alternative(
              LikelyCause.NO_CREDENTIALS_SENT, DoctorTexts.text("anonymousRefused.alternative"));
    }
    EnumSet<LikelyCause> ruledOut = EnumSet.noneOf(LikelyCause.class);
    if (view.indexRead()) {
      ruledOut.add(LikelyCause.REST_API_DISABLED);
    }
    return Verdict.proven(
            Proof.NO_CREDENTIALS_ANONYMOUS,
            DoctorTexts.text(
                "noCredentials.summary",
                "refused",
                refused,
                "asked",
                IdentityStage.isMe(asked) ? "users/me" : method + " " + asked),
            ruledOut)
        .firstCheck(howToIdentify());
  }

  /**
   * How to prove an identity on this site, from its index: a token plugin that claims every
   * Authorization header (JWT Authentication for WP REST API) refuses an Application Password, and
   * an index whose authentication is [] means WordPress offers none to create.
   */
  private String howToIdentify() {
    if (view.tokenNamespace().filter(JWT_AUTH::equals).isPresent()) {
      return DoctorTexts.text("noCredentials.jwtAuth.check");
    }
    if (view.applicationPasswordsAvailable().map(available -> !available).orElse(false)) {
      return DoctorTexts.text(
          "noCredentials.appPasswordsOff.check",
          "offer",
          ApplicationPasswordAvailability.firstCheck(view.plainHttp()));
    }
    return DoctorTexts.text("noCredentials.check");
  }
}
