package dev.wprest.examples.doctor;

import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites a diagnosis made against the loopback stand-in so that it names what the user saw: the
 * recorded site's origin instead of the stand-in's, and "not recorded" for evidence the recording
 * does not hold.
 */
final class Relabel {
  private Relabel() {}

  static Diagnosis apply(Diagnosis d, String standIn, String original, boolean indexRecorded) {
    UnaryOperator<String> fix = text -> text.replace(standIn, original);
    Diagnosis.Builder b =
        Diagnosis.builder(d.cause())
            .stage(d.stage())
            .confidence(d.confidence())
            .summary(fix.apply(d.summary()))
            .firstCheck(fix.apply(d.firstCheck()))
            .notYet(map(d.notYet(), fix));
    for (Evidence e : d.evidence()) {
      if (!indexRecorded && (e.label().equals("index") || e.label().equals("API root"))) {
        continue;
      }
      String value = fix.apply(e.value());
      b.evidence(e.fromProbe() ? Evidence.probe(e.label(), value) : Evidence.of(e.label(), value));
    }
    b.clearAlternatives();
    for (Alternative a : d.alternatives()) {
      b.alternative(a.cause(), fix.apply(a.why()));
    }
    return b.build();
  }

  private static List<String> map(List<String> items, UnaryOperator<String> fix) {
    List<String> out = new ArrayList<>();
    items.forEach(item -> out.add(fix.apply(item)));
    return out;
  }
}
