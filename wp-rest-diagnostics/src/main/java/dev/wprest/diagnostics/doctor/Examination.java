package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.AuthScheme;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.WpRequest;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.Stage;
import dev.wprest.diagnostics.internal.WordPressAnswers;
import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One run of the doctor, in the order a request meets the checks: the site and its index, the
 * identity, then (only once the identity is accepted) the route asked about. Each failure starts
 * from the passive diagnosis of the failed call and is refined by the probes that can tell its
 * candidates apart. OK means every call the doctor was asked about succeeded (a write, which the
 * doctor never sends, counts when {@code Allow} lists it, and says so in a warning).
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
      return report(view.problem.reviewed(s).toDiagnosis(null, s.evidence()), null, view.reachable);
    }
    if (view.anonymousRefusal != null) {
      s.warn(
          DoctorWarning.Kind.ANONYMOUS_REST_BLOCKED,
          "A plugin refuses anonymous REST requests (the index answered "
              + view.anonymousRefusal
              + "): only requests with an identity WordPress accepts get through.");
    }
    ClientCall me = ClientCall.run(s, "identity", view, WpRequest.get(ME).build());
    if (me.ok()) {
      return accepted(view, me);
    }
    String finding = "answered " + me.summary() + ", " + me.allowSummary() + anonymousNote(me);
    s.record("identity", me.request, me.status, finding);
    s.evidence("users/me with the credential", finding);
    if (me.redirectLoop()) {
      return report(
          Verdict.proven(
                  Proof.REDIRECT_LOOP_ON_CALL,
                  me.request
                      + " was redirected back to a URL the doctor had already asked: the redirects"
                      + " loop, and no client gets WordPress's answer.")
              .firstCheck(
                  "Fix the redirect rules in the web server or proxy so that REST requests are"
                      + " answered where they are sent.")
              .reviewed(s)
              .toDiagnosis(me.passive, s.evidence()),
          null,
          true);
    }
    if (s.auth.scheme().equals(AuthScheme.NONE)) {
      return anonymous(view, me);
    }
    if (route != null && s.canSend(2)) {
      // Whether the route exists does not depend on the identity; its permission does.
      PermissionProbe.Outcome exists = new PermissionProbe(s, view, route, method).anonymously();
      if (exists.verdict != null) {
        s.evidence("route", "WordPress has no route " + route + " either");
      }
    }
    Verdict v = refine(view, me);
    if (v != null) {
      // Lock-down plugins answer with rest_authorization_required_code(): a 401 says WordPress
      // saw no identity, which a confirmed verdict explains; only a 403 is a refused identity.
      if (view.anonymousRefusal != null && !(v.confirmed() && me.status == 401)) {
        v.alternative(
            LikelyCause.REST_API_DISABLED,
            "a plugin refuses anonymous REST requests ("
                + view.anonymousRefusal
                + " on the index), so whatever WordPress did not accept meets its refusal.");
      }
      return report(v.reviewed(s).toDiagnosis(me.passive, s.evidence()), null, true);
    }
    Diagnosis.Builder b = me.passive.toBuilder();
    s.evidence().forEach(b::evidence);
    return report(b.build(), null, true);
  }

  /** No credentials: the question is whether the call works anonymously. */
  private DoctorReport anonymous(SiteView view, ClientCall me) {
    if (route == null) {
      return report(
          anonymousRefusal(view, me, ME).reviewed(s).toDiagnosis(me.passive, s.evidence()),
          null,
          true);
    }
    PermissionProbe probe = new PermissionProbe(s, view, route, method);
    if (PermissionProbe.isRead(method)) {
      ClientCall c = isMe(route) ? me : probe.read();
      if (c.ok()) {
        return report(null, null, true);
      }
      if (c.status == 404 && c.code.equals("rest_no_route")) {
        return report(
            probe
                .routeNotFound(c.request, c.summary())
                .reviewed(s)
                .toDiagnosis(c.passive, s.evidence()),
            null,
            true);
      }
      if (c.status == 401) {
        return report(
            anonymousRefusal(view, c, route).reviewed(s).toDiagnosis(c.passive, s.evidence()),
            null,
            true);
      }
      return passive(c);
    }
    PermissionProbe.Outcome open = probe.anonymously();
    if (open.verdict != null) {
      return report(open.verdict.reviewed(s).toDiagnosis(me.passive, s.evidence()), null, true);
    }
    if (open.allowed) {
      warnWriteNotSent("anonymous callers");
      return report(null, null, true);
    }
    return report(
        anonymousRefusal(view, me, route).reviewed(s).toDiagnosis(me.passive, s.evidence()),
        null,
        true);
  }

  /** An anonymous call refused: core's anonymous 401, or a plugin refusing anonymous requests. */
  private Verdict anonymousRefusal(SiteView view, ClientCall c, String asked) {
    String rest = c.request + " answered " + c.summary() + " (" + c.allowSummary() + ")";
    if (view.anonymousRefusal != null) {
      return Verdict.proven(
              Proof.REST_API_DISABLED_INDEX,
              rest
                  + ", and the index, which WordPress core serves to everyone, answered "
                  + view.anonymousRefusal
                  + " too: a plugin refuses every anonymous REST request.")
          .firstCheck(
              PluginStop.CODE.equals(view.anonymousRefusal)
                  ? PluginStop.firstCheck(c.message)
                  : "Send credentials WordPress accepts (an Application Password over HTTPS): the"
                      + " plugin answering "
                      + view.anonymousRefusal
                      + " lets identified requests through. Do not open the REST API to"
                      + " anonymous visitors to get past it.");
    }
    if (!c.anonymous() || WordPressAnswers.LOCK_DOWN_CODES.contains(c.code)) {
      return Verdict.of(
              WordPressAnswers.LOCK_DOWN_CODES.contains(c.code)
                  ? LikelyCause.REST_API_DISABLED
                  : c.passive.cause(),
              Confidence.LIKELY,
              rest + ": WordPress refused the anonymous request.")
          .alternative(LikelyCause.NO_CREDENTIALS_SENT, "no credentials were sent.");
    }
    EnumSet<LikelyCause> ruledOut = EnumSet.noneOf(LikelyCause.class);
    if (view.indexRead()) {
      ruledOut.add(LikelyCause.REST_API_DISABLED);
    }
    return Verdict.proven(
            Proof.NO_CREDENTIALS_ANONYMOUS,
            "No credentials were sent, and "
                + rest
                + ": WordPress saw an anonymous request, and "
                + (isMe(asked) ? "users/me" : method + " " + asked)
                + " needs an identity.",
            ruledOut)
        .firstCheck(
            "Choose how the client proves who it is: for a script or service, an Application"
                + " Password of a WordPress user (HTTP Basic, over HTTPS); then run the doctor"
                + " again with it.");
  }

  private Verdict refine(SiteView view, ClientCall me) {
    switch (s.auth.scheme()) {
      case AuthScheme.APPLICATION_PASSWORD:
        return new BasicRefinement(s, view, me, xmlRpc).refine();
      case AuthScheme.BEARER:
        return new BearerRefinement(s, view, me).refine();
      case AuthScheme.COOKIE_NONCE:
        return new CookieRefinement(s, view, me, xmlRpc).refine();
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
    if (route == null || (isMe(route) && PermissionProbe.isRead(method))) {
      return report(null, identity, true);
    }
    PermissionProbe probe = new PermissionProbe(s, view, route, method);
    PermissionProbe.Outcome p =
        PermissionProbe.isRead(method)
            ? probe.readAsIdentity(identity)
            : probe.asIdentity(identity);
    if (p.verdict != null) {
      return report(p.verdict.reviewed(s).toDiagnosis(null, s.evidence()), identity, true);
    }
    if (p.allowed) {
      if (!PermissionProbe.isRead(method)) {
        WriteProbe write = new WriteProbe(s, view, route, method);
        Optional<String> argument =
            p.call == null ? Optional.empty() : write.spoilableArgument(p.call.json());
        ClientCall w = argument.map(write::send).orElse(null);
        if (w != null && !WriteProbe.reachedWordPress(w, argument.get())) {
          return writeNotReached(w, argument.get(), identity);
        }
        warnWriteNotSent(identity, w != null);
      }
      return report(null, identity, true);
    }
    if (p.call == null) {
      return report(
          Verdict.of(
                  LikelyCause.UNKNOWN,
                  Confidence.POSSIBLE,
                  "WordPress accepted the identity "
                      + identity
                      + ", but the doctor could not ask about "
                      + method
                      + " "
                      + route
                      + " within its budget.")
              .reviewed(s)
              .toDiagnosis(null, s.evidence()),
          identity,
          true);
    }
    return accepted(p.call, identity);
  }

  /** A call that failed after the identity was accepted: never an identity cause. */
  private DoctorReport accepted(ClientCall c, String identity) {
    Diagnosis passive = c.passive;
    Diagnosis.Builder b;
    if (passive.stage() == Stage.IDENTITY || passive.cause() == LikelyCause.REST_API_NOT_FOUND) {
      b =
          Diagnosis.builder(LikelyCause.UNKNOWN)
              .confidence(Confidence.POSSIBLE)
              .summary(
                  "WordPress accepted the identity "
                      + identity
                      + " on users/me, but "
                      + c.request
                      + " answered "
                      + c.summary()
                      + ": the route's own check refuses it.")
              .firstCheck(
                  "Read the route's own code ("
                      + c.summary()
                      + ") in its plugin's documentation: WordPress accepted the identity.");
      passive.evidence().forEach(b::evidence);
    } else {
      b = passive.toBuilder();
    }
    s.evidence().forEach(b::evidence);
    return report(b.build(), identity, true);
  }

  /**
   * A write with a deliberately invalid argument, which WordPress refuses before anything else, got
   * another answer: something on the way acts on writes. Never an identity cause: users/me accepted
   * the identity.
   */
  private DoctorReport writeNotReached(ClientCall w, String argument, String identity) {
    String summary =
        "WordPress accepted the identity "
            + identity
            + " and OPTIONS lists "
            + method
            + " for it, but "
            + w.request
            + " with a deliberately invalid "
            + argument
            + " (which WordPress refuses with 400 rest_invalid_param before it writes anything)"
            + " was answered "
            + w.summary()
            + ": the write does not reach WordPress as sent.";
    Diagnosis.Builder b;
    if (w.passive != null && w.passive.stage() != Stage.IDENTITY) {
      // The identity was accepted: what the passive text says of identities does not apply.
      b =
          w.passive.toBuilder()
              .summary(summary)
              .notYet(
                  w.passive.notYet().stream()
                      .filter(n -> !n.contains("identity is accepted") && !n.contains("regenerate"))
                      .collect(Collectors.toList()));
    } else {
      b =
          Diagnosis.builder(LikelyCause.UNKNOWN)
              .stage(Stage.TRANSPORT)
              .confidence(Confidence.POSSIBLE)
              .summary(summary)
              .firstCheck(
                  "Find what treats writes differently from reads between the client and"
                      + " WordPress: the web server's, proxy's or firewall's rules for "
                      + method
                      + " and request bodies; the read of users/me with the same credential got"
                      + " through.");
    }
    s.evidence().forEach(b::evidence);
    return report(b.build(), identity, true);
  }

  private DoctorReport passive(ClientCall c) {
    Diagnosis.Builder b = c.passive.toBuilder();
    s.evidence().forEach(b::evidence);
    return report(b.build(), null, true);
  }

  private void warnWriteNotSent(String who) {
    warnWriteNotSent(who, false);
  }

  private void warnWriteNotSent(String who, boolean probed) {
    s.warn(
        DoctorWarning.Kind.WRITE_NOT_SENT,
        "The doctor never writes: "
            + method
            + " "
            + route
            + " was not sent as asked; OPTIONS lists "
            + method
            + " for "
            + who
            + (probed
                ? ", and the same write with a deliberately invalid argument reached WordPress,"
                    + " which refused only that argument and wrote nothing"
                : "")
            + ", but the route may still refuse particular fields (e.g. status=publish needs"
            + " publish_posts).");
  }

  private static boolean isMe(String route) {
    return route.replaceAll("/+$", "").equals(ME);
  }

  private static String anonymousNote(ClientCall me) {
    return me.anonymous() ? ": WordPress saw an anonymous request" : "";
  }

  private DoctorReport report(Diagnosis diagnosis, String identity, boolean reachable) {
    if (s.budget.pastDeadline()) {
      s.warn(
          DoctorWarning.Kind.DEADLINE_PASSED,
          "The examination's deadline passed before every probe ran: what is missing was not"
              + " asked.");
    }
    DoctorReport.Builder b =
        DoctorReport.builder()
            .probes(s.probes())
            .requestsSent(s.budget.sent())
            .siteReachable(reachable);
    s.warnings().forEach(b::warning);
    if (identity != null) {
      b.identity(identity);
    }
    return diagnosis == null ? b.ok().build() : b.diagnosis(diagnosis).build();
  }
}
