package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.Stage;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The route asked about, once users/me accepted the identity: a read is made, a write is asked
 * about with {@code OPTIONS} and sent only spoiled (see {@link WriteProbe}). What fails here is
 * never an identity cause: users/me accepted the identity.
 */
final class RouteStage extends ExaminationStage {
  RouteStage(ExaminationStage previous) {
    super(previous);
  }

  DoctorReport afterAccepted(ClientExchange me) {
    JsonNode user = me.json();
    String identity =
        user.path("slug").asText(user.path("name").asText("user"))
            + (user.has("id") ? " (id " + user.path("id").asText() + ")" : "");
    s.record(
        ProbeName.IDENTITY,
        me.request,
        me.status,
        "accepted as " + identity + ", " + me.allowSummary());
    s.evidence("users/me with the credential", "accepted as " + identity);
    new AcceptedIdentityProbes(s, view, me).run();
    boolean read = PermissionProbe.isRead(method);
    if (route == null || (IdentityStage.isMe(route) && read)) {
      // users/me was the question, and it answered.
      return report.ok(identity);
    }
    PermissionProbe probe = new PermissionProbe(s, view, route, method);
    PermissionProbe.Outcome p = read ? probe.readAsIdentity(identity) : probe.asIdentity(identity);
    if (p.verdict != null) {
      return report.verdict(p.verdict, null, identity, true);
    }
    if (p.allowed) {
      return read ? report.ok(identity) : allowedWrite(p, identity);
    }
    if (p.call == null) {
      // The budget ran out before the route was asked: say so rather than guess.
      return report.verdict(
          Verdict.of(
              LikelyCause.UNKNOWN,
              Confidence.POSSIBLE,
              DoctorTexts.text(
                  "routeNotAsked.summary", "identity", identity, "method", method, "route", route)),
          null,
          identity,
          true);
    }
    return refused(p.call, identity);
  }

  /** OPTIONS lists the write: the spoiled write shows whether it reaches WordPress as sent. */
  private DoctorReport allowedWrite(PermissionProbe.Outcome p, String identity) {
    WriteProbe write = new WriteProbe(s, view, route, method);
    Optional<String> argument =
        p.call == null ? Optional.empty() : write.spoilableArgument(p.call.json());
    ClientExchange w = argument.map(write::send).orElse(null);
    if (w != null && !WriteProbe.reachedWordPress(w, argument.get())) {
      return writeNotReached(w, argument.get(), identity);
    }
    WriteProbe.warnNotSent(s, method, route, identity, w != null);
    return report.ok(identity);
  }

  /** A call that failed after the identity was accepted: never an identity cause. */
  private DoctorReport refused(ClientExchange c, String identity) {
    Diagnosis passive = c.passive;
    if (passive.stage() != Stage.IDENTITY && passive.cause() != LikelyCause.REST_API_NOT_FOUND) {
      return report.passive(c, identity);
    }
    Diagnosis.Builder b =
        Diagnosis.builder(LikelyCause.UNKNOWN)
            .confidence(Confidence.POSSIBLE)
            .summary(
                DoctorTexts.text(
                    "routeRefusesIdentity.summary",
                    "identity",
                    identity,
                    "request",
                    c.request,
                    "summary",
                    c.summary()))
            .firstCheck(DoctorTexts.text("routeRefusesIdentity.check", "summary", c.summary()));
    passive.evidence().forEach(b::evidence);
    return report.withEvidence(b, identity);
  }

  /**
   * A write with a deliberately invalid argument, which WordPress refuses before anything else, got
   * another answer: something on the way acts on writes. Never an identity cause: users/me accepted
   * the identity.
   */
  private DoctorReport writeNotReached(ClientExchange w, String argument, String identity) {
    String summary =
        DoctorTexts.text(
            "writeNotReached.summary",
            "identity",
            identity,
            "method",
            method,
            "request",
            w.request,
            "argument",
            argument,
            "summary",
            w.summary());
    if (w.passive != null && w.passive.stage() != Stage.IDENTITY) {
      // The identity was accepted: what the passive text says of identities does not apply.
      return report.withEvidence(
          w.passive.toBuilder()
              .summary(summary)
              .notYet(
                  w.passive.notYet().stream()
                      .filter(n -> !n.contains("identity is accepted") && !n.contains("regenerate"))
                      .collect(Collectors.toList())),
          identity);
    }
    return report.withEvidence(
        Diagnosis.builder(LikelyCause.UNKNOWN)
            .stage(Stage.TRANSPORT)
            .confidence(Confidence.POSSIBLE)
            .summary(summary)
            .firstCheck(DoctorTexts.text("writeNotReached.check", "method", method)),
        identity);
  }
}
