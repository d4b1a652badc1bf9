package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

/**
 * A failed WordPress call with its {@link Diagnosis}; the message is the diagnosis's short form:
 * code, confidence and summary, without any secret. Met in two roles: thrown by {@link
 * AuthDiagnostics#call(java.util.function.Supplier)} for an authentication failure, with the
 * original exception as its cause; or attached as a suppressed exception to a client failure that
 * keeps its own type (by {@link
 * AuthDiagnostics#install(dev.wprest.client.WordPressClient.Builder)}), without a cause or a stack
 * trace of its own, so that a printed stack trace shows the diagnosis under {@code Suppressed:}.
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

  private AuthDiagnosisException(Diagnosis diagnosis) {
    super(TextRenderer.shortForm(diagnosis), null, false, false);
    this.diagnosis = diagnosis;
  }

  /** The diagnosis to attach to the failure it explains: no cause, no stack trace. */
  static AuthDiagnosisException attached(Diagnosis diagnosis) {
    return new AuthDiagnosisException(requireNonNull(diagnosis, "diagnosis == null"));
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
