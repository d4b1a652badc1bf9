package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

/**
 * A failed WordPress call with its {@link Diagnosis}. The cause is the original exception (usually
 * a {@code WordPressException}); the message is the diagnosis's short form: code, confidence and
 * summary. Neither contains a secret.
 */
public class AuthDiagnosisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Diagnosis diagnosis;

  /**
   * Creates the exception.
   *
   * @param diagnosis the diagnosis
   * @param cause the original failure
   */
  public AuthDiagnosisException(Diagnosis diagnosis, Throwable cause) {
    super(TextRenderer.shortForm(requireNonNull(diagnosis, "diagnosis == null")), cause);
    this.diagnosis = diagnosis;
  }

  /**
   * Why the call failed.
   *
   * @return the diagnosis
   */
  public Diagnosis diagnosis() {
    return diagnosis;
  }
}
