package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.Diagnosis;

/**
 * Turns where an examination ended into its {@link DoctorReport}: the diagnosis (or OK), with every
 * probe, warning and request count of the session, and the probes' evidence added to a diagnosis
 * that did not collect it itself.
 */
final class ReportAssembly {
  private final ProbeSession s;

  ReportAssembly(ProbeSession s) {
    this.s = s;
  }

  /** Every call asked about succeeded. */
  DoctorReport ok(String identity) {
    return report(null, identity, true);
  }

  /** A verdict, checked against every observation, over the passive diagnosis (or none). */
  DoctorReport verdict(Verdict v, Diagnosis passive, String identity, boolean reachable) {
    return report(v.reviewed(s).toDiagnosis(passive, s.evidence()), identity, reachable);
  }

  /** The passive diagnosis of a call, with the probes' evidence: no probe could refine it. */
  DoctorReport passive(ClientExchange c, String identity) {
    return withEvidence(c.passive.toBuilder(), identity);
  }

  /** A diagnosis built by a stage, with the probes' evidence added. */
  DoctorReport withEvidence(Diagnosis.Builder b, String identity) {
    s.evidence().forEach(b::evidence);
    return report(b.build(), identity, true);
  }

  private DoctorReport report(Diagnosis diagnosis, String identity, boolean reachable) {
    if (s.budget.pastDeadline()) {
      s.warn(DoctorWarning.Kind.DEADLINE_PASSED, DoctorTexts.text("warning.deadlinePassed"));
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
