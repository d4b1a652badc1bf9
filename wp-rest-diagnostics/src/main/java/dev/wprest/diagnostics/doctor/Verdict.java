package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import dev.wprest.diagnostics.LikelyCause;
import java.util.ArrayList;
import java.util.List;

/**
 * What a probe concluded, before it becomes a {@link Diagnosis}: the cause, how sure, a summary,
 * the first check and the alternatives still open. A CONFIRMED verdict drops the passive
 * diagnosis's alternatives: a probe ruled them out.
 */
final class Verdict {
  final LikelyCause cause;
  final Confidence confidence;
  final String summary;
  private String firstCheck;
  private final List<Alternative> alternatives = new ArrayList<>();

  private Verdict(LikelyCause cause, Confidence confidence, String summary) {
    this.cause = cause;
    this.confidence = confidence;
    this.summary = summary;
  }

  static Verdict confirmed(LikelyCause cause, String summary) {
    return new Verdict(cause, Confidence.CONFIRMED, summary);
  }

  static Verdict of(LikelyCause cause, Confidence confidence, String summary) {
    return new Verdict(cause, confidence, summary);
  }

  Verdict firstCheck(String check) {
    this.firstCheck = check;
    return this;
  }

  Verdict alternative(LikelyCause other, String why) {
    alternatives.add(Alternative.of(other, why));
    return this;
  }

  /**
   * The diagnosis: the passive one refined when it named the same cause, else a new one that keeps
   * the passive evidence; then every probe's evidence.
   */
  Diagnosis toDiagnosis(Diagnosis passive, List<Evidence> probeEvidence) {
    Diagnosis.Builder b;
    if (passive != null && passive.cause() == cause) {
      b = passive.toBuilder();
    } else {
      b = Diagnosis.builder(cause);
      if (passive != null) {
        passive.evidence().forEach(b::evidence);
        if (confidence != Confidence.CONFIRMED) {
          b.alternative(
              passive.cause(), "the failed call alone pointed there: " + passive.summary());
          passive.alternatives().forEach(a -> b.alternative(a.cause(), a.why()));
        }
      }
    }
    if (confidence == Confidence.CONFIRMED) {
      b.clearAlternatives();
    }
    alternatives.forEach(a -> b.alternative(a.cause(), a.why()));
    probeEvidence.forEach(b::evidence);
    b.confidence(confidence).summary(summary);
    if (firstCheck != null) {
      b.firstCheck(firstCheck);
    }
    return b.build();
  }
}
