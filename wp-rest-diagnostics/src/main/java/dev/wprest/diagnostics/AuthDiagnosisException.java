package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressException;
import java.util.Optional;

/**
 * A failed WordPress call with its {@link Diagnosis}; the message is the diagnosis's short form:
 * code, confidence and summary, without any secret. A {@link WordPressException}, so that one
 * {@code catch (WordPressException e)} still catches every failure, with the {@linkplain
 * #exchange() evidence} of the failure it explains.
 *
 * <p>Met in two roles: thrown by {@link AuthDiagnostics#call(java.util.function.Supplier)} for a
 * failure of authentication or authorization (any 401 or 403, a refused login, a server's
 * authentication challenge, a security layer's block or lockout), with the original exception as
 * its cause; or attached as a suppressed exception to a client failure that keeps its own type (by
 * {@link AuthDiagnostics#install(dev.wprest.client.WordPressClient.Builder)}), without a cause or a
 * stack trace of its own, so that a printed stack trace shows the diagnosis under {@code
 * Suppressed:}.
 */
public class AuthDiagnosisException extends WordPressException {
  private static final long serialVersionUID = 1L;

  private final transient Diagnosis diagnosis;
  private final transient WordPressException explained;

  /**
   * Creates the exception around a client failure.
   *
   * @param diagnosis the diagnosis
   * @param failure the original failure: the cause, and the source of the evidence
   */
  public AuthDiagnosisException(Diagnosis diagnosis, WordPressException failure) {
    this(diagnosis, requireNonNull(failure, "failure == null"), failure);
  }

  /**
   * @param cause what the caller caught: the client's failure or something wrapping it
   * @param explained the client's failure in the cause chain
   */
  AuthDiagnosisException(Diagnosis diagnosis, Throwable cause, WordPressException explained) {
    super(
        TextRenderer.shortForm(requireNonNull(diagnosis, "diagnosis == null")),
        explained.exchange(),
        cause);
    this.diagnosis = diagnosis;
    this.explained = explained;
  }

  /** The diagnosis to attach to the failure it explains: no cause, no stack trace. */
  static AuthDiagnosisException attached(Diagnosis diagnosis, WordPressException failure) {
    AuthDiagnosisException e = new AuthDiagnosisException(diagnosis, null, failure);
    // The failure it rides on has the stack trace that matters; a second one would be noise.
    e.setStackTrace(new StackTraceElement[0]);
    return e;
  }

  /**
   * Why the call failed.
   *
   * @return the diagnosis
   */
  public Diagnosis diagnosis() {
    return diagnosis;
  }

  /**
   * What the client had discovered about the site when the explained call failed.
   *
   * @return the explained failure's site information, if discovery had completed
   */
  @Override
  public Optional<SiteInfo> site() {
    return explained == null ? Optional.empty() : explained.site();
  }
}
