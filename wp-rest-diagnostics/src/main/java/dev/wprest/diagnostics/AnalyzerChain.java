package dev.wprest.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs third-party analyzers, then the built-in ones in order, and returns the first answer; the
 * fallback answers when none does. An analyzer that throws is logged (without the failure's text,
 * which the analyzer may have mangled) and skipped.
 */
final class AnalyzerChain {
  private static final Logger LOG = LoggerFactory.getLogger(AuthDiagnostics.class);

  private final List<DiagnosisAnalyzer> external;
  private final List<Analyzer> builtIn;
  private final Analyzer fallback = new FallbackAnalyzer();

  AnalyzerChain(List<DiagnosisAnalyzer> external, List<Analyzer> builtIn) {
    this.external = List.copyOf(external);
    this.builtIn = List.copyOf(builtIn);
  }

  static AnalyzerChain standard() {
    return new AnalyzerChain(loadExternal(), BuiltInAnalyzers.inOrder());
  }

  private static List<DiagnosisAnalyzer> loadExternal() {
    List<DiagnosisAnalyzer> found = new ArrayList<>();
    try {
      ServiceLoader.load(DiagnosisAnalyzer.class, AnalyzerChain.class.getClassLoader())
          .forEach(found::add);
    } catch (java.util.ServiceConfigurationError e) {
      LOG.warn("a DiagnosisAnalyzer could not be loaded and is ignored: {}", e.getMessage());
    }
    return found;
  }

  Diagnosis diagnose(Throwable thrown) {
    FailureFacts facts = FailureFacts.of(thrown);
    if (facts.failure != null) {
      for (DiagnosisAnalyzer analyzer : external) {
        Optional<Diagnosis> d =
            run(analyzer.getClass().getName(), () -> analyzer.analyze(facts.failure));
        if (d.isPresent()) {
          return passive(d.get());
        }
      }
    }
    for (Analyzer analyzer : builtIn) {
      Optional<Diagnosis> d =
          run(analyzer.getClass().getSimpleName(), () -> analyzer.analyze(facts));
      if (d.isPresent()) {
        return unrecordedBody(facts, passive(d.get()));
      }
    }
    return unrecordedBody(facts, fallback.analyze(facts).orElseThrow());
  }

  private static Optional<Diagnosis> run(
      String name, java.util.function.Supplier<Optional<Diagnosis>> analysis) {
    try {
      Optional<Diagnosis> d = analysis.get();
      return d == null ? Optional.empty() : d;
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("diagnosis analyzer {} failed and was skipped ({})", name, e.getClass().getName());
      return Optional.empty();
    }
  }

  /**
   * An answer whose body was not recorded is read from its status, headers and credentials alone:
   * no more than POSSIBLE, and the user learns how to get the missing error code.
   */
  private static Diagnosis unrecordedBody(FailureFacts facts, Diagnosis d) {
    if (!facts.bodyUnrecorded()) {
      return d;
    }
    List<String> notYet = new java.util.ArrayList<>(d.notYet());
    notYet.add(UNRECORDED_BODY_NEXT_STEP);
    Diagnosis.Builder b =
        d.toBuilder()
            .notYet(notYet)
            .summary(
                d.summary()
                    + " The recording does not hold the response body, so this is read from the"
                    + " status, the response headers and the request's credentials.");
    return (d.confidence() == Confidence.POSSIBLE ? b : b.confidence(Confidence.POSSIBLE)).build();
  }

  static final String UNRECORDED_BODY_NEXT_STEP =
      "WordPress's error code: the recording does not hold the response body; record the call"
          + " again with its body (devtools: Network panel open before the call, then \"Export"
          + " HAR\" with content), or run `wp-doctor check` against the site.";

  /** Passive analysis has seen one failed call: it never proves a cause. */
  private static Diagnosis passive(Diagnosis d) {
    return d.confidence() == Confidence.CONFIRMED
        ? d.toBuilder().confidence(Confidence.LIKELY).build()
        : d;
  }
}
