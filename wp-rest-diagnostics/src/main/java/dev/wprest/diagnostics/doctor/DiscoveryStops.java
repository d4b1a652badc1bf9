package dev.wprest.diagnostics.doctor;

import dev.wprest.client.internal.ApiRoots;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.RedirectRules;
import dev.wprest.diagnostics.LikelyCause;
import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;

/**
 * The answers at which discovery ends with a verdict before any credential is sent: no answer, a
 * redirect the doctor may not follow, a password prompt in front of WordPress. Each sets the view's
 * problem and marks it terminal: nothing a later probe could ask would change the verdict.
 */
final class DiscoveryStops {
  private final ProbeSession s;
  private final SiteView view;
  private final SafeRedirectFollower redirects;

  DiscoveryStops(ProbeSession s, SiteView view, SafeRedirectFollower redirects) {
    this.s = s;
    this.view = view;
    this.redirects = redirects;
  }

  /** Whether discovery ends at this fetch: no answer, or a redirect it may not follow. */
  boolean stopped(SafeRedirectFollower.Fetch f, boolean first) {
    RawExchange a = f.answer;
    ProbeName probe = first ? ProbeName.DISCOVERY : ProbeName.INDEX;
    if (!a.answered()) {
      unreachable(a, probe);
      return true;
    }
    if (!f.stoppedAtRedirect()) {
      return false;
    }
    view.terminal = true;
    if (f.refused == null && f.loop) {
      s.record(probe, a, "redirects back to a URL already asked");
      s.evidence("redirect", a.method + " " + a.uri + " -> " + a.status + " (a loop)");
      view.problem = proven(Proof.REDIRECT_LOOP, "redirectLoop.summary", "redirectLoop.check", a);
      return true;
    }
    if (f.refused == null) {
      s.record(probe, a, "redirects to an unusable Location; not followed");
      s.evidence("redirect", a.method + " " + a.uri + " -> " + a.status + " (unusable Location)");
      view.problem =
          proven(
              Proof.MALFORMED_REDIRECT, "malformedRedirect.summary", "malformedRedirect.check", a);
      return true;
    }
    refusedRedirect(a, f.refused, probe);
    return true;
  }

  private void refusedRedirect(RawExchange a, URI to, ProbeName probe) {
    URI from = a.uri;
    boolean downgrade = RedirectRules.isDowngrade(from, to);
    String finding =
        "redirects to " + Redaction.uri(to) + ", " + (downgrade ? "plain http" : "another origin");
    s.record(probe, a, finding + "; not followed");
    s.evidence("redirect", a.method + " " + from + " -> " + a.status + " " + Redaction.uri(to));
    if (downgrade) {
      // Never follow https to http: the credentials a client sends next would travel in clear.
      view.problem =
          Verdict.proven(
                  Proof.DOWNGRADE_REDIRECT,
                  DoctorTexts.text(
                      "downgradeRedirect.summary",
                      "method",
                      a.method,
                      "uri",
                      from,
                      "to",
                      Redaction.uri(to)))
              .firstCheck(DoctorTexts.text("downgradeRedirect.check"));
      return;
    }
    // An upgrade onto another port is another origin for the client as well: refused alike.
    String summaryKey =
        RedirectRules.isUpgradeElsewhere(from, to)
            ? "upgradeElsewhereRedirect.summary"
            : "crossOriginRedirect.summary";
    view.problem =
        Verdict.proven(
                Proof.CROSS_ORIGIN_REDIRECT,
                DoctorTexts.text(
                    summaryKey,
                    "method",
                    a.method,
                    "uri",
                    from,
                    "status",
                    a.status,
                    "to",
                    Redaction.uri(to),
                    "origin",
                    Origins.origin(to)))
            .firstCheck(
                DoctorTexts.text(
                    "crossOriginRedirect.check",
                    "address",
                    Origins.origin(to) + ApiRoots.pathOf(to)));
  }

  private Verdict proven(Proof proof, String summaryKey, String checkKey, RawExchange a) {
    return Verdict.proven(
            proof,
            DoctorTexts.text(summaryKey, "method", a.method, "uri", a.uri, "status", a.status))
        .firstCheck(DoctorTexts.text(checkKey));
  }

  private void unreachable(RawExchange a, ProbeName probe) {
    s.record(probe, a, "no answer: " + a.failure);
    view.terminal = true;
    // A site that answered an earlier request is up: what failed is this request, not the site.
    view.reachable = redirects.answeredOnce();
    // The transport's reading of the failure (TLS reason, unknown host, refused port) fits the
    // first check to it; the generic check is for failures it could not read.
    String check = a.check != null ? a.check : DoctorTexts.text("noAnswer.check");
    view.problem =
        Verdict.proven(
                Proof.NO_ANSWER,
                DoctorTexts.text(
                    a.tlsFailure ? "tlsFailed.summary" : "noAnswer.summary",
                    "method",
                    a.method,
                    "uri",
                    a.uri,
                    "failure",
                    a.failure))
            .firstCheck(check);
    s.evidence("reachability", a.method + " " + a.uri + ": " + a.failure);
  }

  /** A 401 challenge outside WordPress's JSON: something in front of it asks for credentials. */
  boolean challenge(RawExchange a) {
    Optional<String> realm = a.header("WWW-Authenticate");
    // WordPress never sends WWW-Authenticate; its own 401s carry its JSON error instead.
    if (a.status != 401 || realm.isEmpty() || a.isWordPressError()) {
      return false;
    }
    s.record(ProbeName.DISCOVERY, a, "401 with WWW-Authenticate: " + realm.get());
    s.evidence("WWW-Authenticate", a.method + " " + a.uri + " -> 401 " + realm.get());
    view.terminal = true;
    view.problem =
        Verdict.proven(
                Proof.CHALLENGE_AT_HOME,
                DoctorTexts.text(
                    "challengeAtHome.summary",
                    "method",
                    a.method,
                    "uri",
                    a.uri,
                    "realm",
                    realm.get()))
            .firstCheck(DoctorTexts.text("challengeAtHome.check", "realm", realm.get()));
    return true;
  }

  /** Neither root style answered WordPress's index: there is no REST API to call. */
  void notFound(RawExchange first, RawExchange second) {
    view.terminal = true;
    EnumSet<LikelyCause> ruledOut = EnumSet.noneOf(LikelyCause.class);
    if (view.linked) {
      // The home page carried WordPress's own Link header: WordPress runs there.
      ruledOut.add(LikelyCause.NOT_WORDPRESS_RESPONSE);
    }
    if (first.status == 404 && (second == null || second.status == 404 || second.status == 200)) {
      ruledOut.add(LikelyCause.BLOCKED_BY_SECURITY_LAYER);
    }
    String summary =
        second == null
            ? DoctorTexts.text(
                "restApiNotFound.summary",
                "method",
                first.method,
                "uri",
                first.uri,
                "summary",
                first.summary())
            : DoctorTexts.text(
                "restApiNotFound.bothRoots.summary",
                "method",
                first.method,
                "uri",
                first.uri,
                "summary",
                first.summary(),
                "otherMethod",
                second.method,
                "otherUri",
                second.uri,
                "otherSummary",
                second.summary());
    view.problem =
        Verdict.proven(Proof.REST_API_NOT_FOUND_BOTH_ROOTS, summary, ruledOut)
            .firstCheck(
                DoctorTexts.text(
                    "restApiNotFound.check", "uri", second == null ? first.uri : second.uri));
    s.evidence(
        "REST API",
        "no WordPress index at " + first.uri + (second == null ? "" : " nor " + second.uri));
  }
}
