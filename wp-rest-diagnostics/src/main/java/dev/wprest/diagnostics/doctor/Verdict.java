package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import dev.wprest.diagnostics.LikelyCause;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a probe concluded, before it becomes a {@link Diagnosis}: the cause, how sure, a summary,
 * the first check and the alternatives still open. Only {@link #proven} can say CONFIRMED, and only
 * when its {@link Proof} row's sharing causes were all ruled out; a CONFIRMED verdict drops the
 * passive diagnosis's alternatives and cites its probe.
 */
final class Verdict {
  final LikelyCause cause;
  private Confidence confidence;
  final String summary;
  final Proof proof;
  private String firstCheck;
  private String separatingCheck;
  private final Set<LikelyCause> separated = EnumSet.noneOf(LikelyCause.class);
  private String coveringCheck;
  private final Set<LikelyCause> covered = EnumSet.noneOf(LikelyCause.class);
  private final List<Alternative> alternatives = new ArrayList<>();
  private final List<String> doesNotFit = new ArrayList<>();

  private Verdict(LikelyCause cause, Confidence confidence, String summary, Proof proof) {
    this.cause = cause;
    this.confidence = confidence;
    this.summary = summary;
    this.proof = proof;
  }

  /**
   * A verdict from a proof: CONFIRMED when {@code ruledOut} covers every cause sharing the proof's
   * observations, else LIKELY with the rest as alternatives and the first one's separating check.
   */
  static Verdict proven(Proof proof, String summary, Set<LikelyCause> ruledOut) {
    List<Proof.Sharing> open = new ArrayList<>();
    for (Proof.Sharing s : proof.sharing) {
      if (!ruledOut.contains(s.cause)) {
        open.add(s);
      }
    }
    Verdict v =
        new Verdict(
            proof.cause, open.isEmpty() ? Confidence.CONFIRMED : Confidence.LIKELY, summary, proof);
    for (Proof.Sharing s : open) {
      v.alternatives.add(
          Alternative.of(s.cause, "not ruled out (" + s.ruledOutBy + "). " + s.separatingCheck));
    }
    open.forEach(s -> v.separated.add(s.cause));
    if (!open.isEmpty()) {
      v.separatingCheck =
          open.stream()
              .map(s -> s.separatingCheck)
              .distinct()
              .collect(java.util.stream.Collectors.joining(" "));
    }
    return v;
  }

  /** A proof whose observations nothing else shares, or whose sharing causes were all ruled out. */
  static Verdict proven(Proof proof, String summary) {
    EnumSet<LikelyCause> all = EnumSet.noneOf(LikelyCause.class);
    proof.sharing.forEach(s -> all.add(s.cause));
    return proven(proof, summary, all);
  }

  /** A verdict no probe proved: never CONFIRMED. */
  static Verdict of(LikelyCause cause, Confidence confidence, String summary) {
    if (confidence == Confidence.CONFIRMED) {
      throw new IllegalArgumentException("only a Proof confirms: " + cause);
    }
    return new Verdict(cause, confidence, summary, null);
  }

  boolean confirmed() {
    return confidence == Confidence.CONFIRMED;
  }

  Confidence confidence() {
    return confidence;
  }

  /**
   * An observation of the run this verdict cannot explain: shown as "what does not fit", and a
   * CONFIRMED verdict becomes LIKELY, with its proof's sharing causes open again.
   */
  Verdict doesNotFit(String observation) {
    if (doesNotFit.contains(observation)) {
      return this;
    }
    doesNotFit.add(observation);
    if (confirmed()) {
      confidence = Confidence.LIKELY;
      proof.sharing.forEach(s -> separated.add(s.cause));
      if (!proof.sharing.isEmpty()) {
        separatingCheck =
            proof.sharing.stream()
                .map(s -> s.separatingCheck)
                .distinct()
                .collect(java.util.stream.Collectors.joining(" "));
      }
      for (Proof.Sharing s : proof.sharing) {
        alternative(
            s.cause,
            "open again, since not everything fits (" + s.ruledOutBy + "). " + s.separatingCheck);
      }
    }
    return this;
  }

  /** This verdict checked against every observation of the run (see {@link VerdictReview}). */
  Verdict reviewed(ProbeSession session) {
    return VerdictReview.of(session).review(this);
  }

  List<String> doesNotFit() {
    return List.copyOf(doesNotFit);
  }

  /** The fix, shown first when CONFIRMED; when LIKELY the separating check comes first. */
  Verdict firstCheck(String check) {
    this.firstCheck = check;
    return this;
  }

  /**
   * A first check that itself tells apart the {@code covered} causes, in the order worth trying
   * them: shown whole, instead of "First tell it apart: ..." and the fix, while the causes the
   * proof left open are all among them. When none is open the fix alone is shown; when others are,
   * the separating checks come first as usual.
   */
  Verdict firstCheckCovering(String check, Set<LikelyCause> covered) {
    this.coveringCheck = check;
    this.covered.addAll(covered);
    return this;
  }

  /**
   * Another cause the evidence leaves open. A CONFIRMED verdict with a cause still open is no
   * longer confirmed: it becomes LIKELY.
   */
  Verdict alternative(LikelyCause other, String why) {
    if (other != cause && alternatives.stream().noneMatch(a -> a.cause() == other)) {
      alternatives.add(Alternative.of(other, why));
      if (confirmed()) {
        confidence = Confidence.LIKELY;
      }
    }
    return this;
  }

  List<Alternative> alternatives() {
    return List.copyOf(alternatives);
  }

  String effectiveFirstCheck() {
    if (separatingCheck == null) {
      return firstCheck;
    }
    if (coveringCheck != null && covered.containsAll(separated)) {
      return coveringCheck;
    }
    return "First tell it apart: "
        + separatingCheck
        + (firstCheck == null ? "" : " If that rules the others out: " + firstCheck);
  }

  /**
   * The diagnosis: the passive one refined when it named the same cause, else a new one that keeps
   * the passive evidence; then every probe's evidence, and the proof when CONFIRMED.
   */
  Diagnosis toDiagnosis(Diagnosis passive, List<Evidence> probeEvidence) {
    Diagnosis.Builder b;
    if (passive != null && passive.cause() == cause) {
      b = passive.toBuilder();
    } else {
      b = Diagnosis.builder(cause);
      if (passive != null) {
        passive.evidence().forEach(b::evidence);
        if (!confirmed()) {
          b.alternative(
              passive.cause(), "the failed call alone pointed there: " + passive.summary());
          passive.alternatives().forEach(a -> b.alternative(a.cause(), a.why()));
        }
      }
    }
    if (confirmed()) {
      b.clearAlternatives();
    }
    alternatives.forEach(a -> b.alternative(a.cause(), a.why()));
    probeEvidence.forEach(b::evidence);
    if (proof != null) {
      b.evidence(
          Evidence.probe(
              confirmed() ? "proof" : "probe result", proof.probe + " probe: " + proof.proves));
    }
    doesNotFit.forEach(b::doesNotFit);
    b.confidence(confidence).summary(summary);
    String check = effectiveFirstCheck();
    if (check != null) {
      b.firstCheck(check);
    }
    return b.build();
  }
}
