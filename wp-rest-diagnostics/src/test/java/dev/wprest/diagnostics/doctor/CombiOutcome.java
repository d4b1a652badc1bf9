package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What the doctor said about one combination, compared with what the layers lead to expect. */
final class CombiOutcome {
  final Combination combination;
  final CombiExpectation expected;
  final DoctorReport report;
  final long millis;

  /** The broken report invariant or leaked secret, if any (hard failures). */
  final Optional<String> broken;

  CombiOutcome(
      Combination combination,
      CombiExpectation expected,
      DoctorReport report,
      long millis,
      Optional<String> broken) {
    this.combination = combination;
    this.expected = expected;
    this.report = report;
    this.millis = millis;
    this.broken = broken;
  }

  /** Hard failures that may be listed as known while the doctor is being fixed. */
  static final Set<String> KNOWABLE = Set.of("false-confirmed", "invariant");

  /** This combination's hard failures: false-confirmed, invariant, secret. */
  Set<String> hardFailures() {
    Set<String> kinds = new TreeSet<>();
    if (falseConfirmed()) {
      kinds.add("false-confirmed");
    }
    broken.ifPresent(b -> kinds.add(b.startsWith("invariant") ? "invariant" : "secret"));
    return kinds;
  }

  String describe(String kind) {
    if (kind.equals("false-confirmed")) {
      return "false CONFIRMED " + answer() + ", expected " + expected.row();
    }
    return broken.orElse(kind);
  }

  /** The doctor's answer as the expectations file writes it: OK or a cause's code. */
  String answer() {
    return report.ok() ? "OK" : report.diagnosis().map(Diagnosis::code).orElse("?");
  }

  Optional<Confidence> confidence() {
    return report.diagnosis().map(Diagnosis::confidence);
  }

  /** The doctor names the expected outcome or a cause the table says is also true. */
  boolean agrees() {
    if (expected.expectsOk()) {
      return report.ok();
    }
    return !report.ok()
        && report.diagnosis().map(d -> expected.accepted().contains(d.cause())).orElse(false);
  }

  /** CONFIRMED for a cause the evidence cannot prove there (or when nothing is wrong). */
  boolean falseConfirmed() {
    return report
        .diagnosis()
        .filter(d -> d.confidence() == Confidence.CONFIRMED)
        .map(d -> !expected.confirmable().contains(d.cause()))
        .orElse(false);
  }
}
