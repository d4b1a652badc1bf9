package dev.wprest.spring.boot;

import dev.wprest.diagnostics.AuthDiagnosisException;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns an {@link AuthDiagnosisException} that stopped start-up (from {@code
 * wordpress.verify-on-startup=true}, or from the application's own start-up code) into Spring
 * Boot's "APPLICATION FAILED TO START" description and action: the diagnosis's summary and
 * evidence, then its first check and what not to try yet.
 */
class AuthDiagnosisFailureAnalyzer extends AbstractFailureAnalyzer<AuthDiagnosisException> {
  private final ConfiguredSecrets secrets;

  AuthDiagnosisFailureAnalyzer(Environment environment) {
    this.secrets = new ConfiguredSecrets(environment);
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AuthDiagnosisException cause) {
    Diagnosis d = cause.diagnosis();
    return new FailureAnalysis(secrets.scrub(description(d)), secrets.scrub(action(d)), cause);
  }

  static String description(Diagnosis d) {
    StringBuilder out =
        new StringBuilder("WordPress did not accept this application's calls: ")
            .append(d.summary())
            .append("\n\nDiagnosis: ")
            .append(d.cause().title())
            .append(" (")
            .append(d.code())
            .append(", ")
            .append(d.confidence())
            .append(")\n\nEvidence:\n");
    for (Evidence e : d.evidence()) {
      out.append("  - ").append(e.label()).append(": ").append(e.value()).append('\n');
    }
    return out.toString().stripTrailing();
  }

  static String action(Diagnosis d) {
    StringBuilder out = new StringBuilder(d.firstCheck());
    if (!d.notYet().isEmpty()) {
      out.append("\n\nNot yet:\n");
      d.notYet().forEach(item -> out.append("  - ").append(item).append('\n'));
    }
    out.append("\nMore: ").append(d.docLink());
    return out.toString();
  }
}
