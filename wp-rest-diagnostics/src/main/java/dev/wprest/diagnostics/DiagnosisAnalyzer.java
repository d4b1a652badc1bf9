package dev.wprest.diagnostics;

import dev.wprest.client.WordPressException;
import java.util.Optional;

/**
 * A service-provider interface for analyzers outside this library, e.g. for a security or
 * membership plugin's own error codes. Register an implementation in {@code
 * META-INF/services/dev.wprest.diagnostics.DiagnosisAnalyzer}; it needs a public no-argument
 * constructor.
 *
 * <p>Third-party analyzers are tried <em>before</em> the built-in ones, in the order {@link
 * java.util.ServiceLoader} finds them: they know codes this library does not, and the built-in
 * analyzers end in a fallback that answers everything. So return empty for every failure that is
 * not yours. An analyzer that throws is logged and skipped. Passive analysis never reports {@link
 * Confidence#CONFIRMED}: such an answer is lowered to {@link Confidence#LIKELY}.
 */
public interface DiagnosisAnalyzer {

  /**
   * Explains a failure, or returns empty when it is not one this analyzer knows.
   *
   * @param failure the failed call, with its redacted exchange and site information
   * @return the diagnosis, or empty
   */
  Optional<Diagnosis> analyze(WordPressException failure);
}
