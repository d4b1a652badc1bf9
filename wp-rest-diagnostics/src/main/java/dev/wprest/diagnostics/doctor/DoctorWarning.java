package dev.wprest.diagnostics.doctor;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * A non-blocking finding beside an OK or a diagnosis: something that does not stop this call but
 * will bite a client, or a limit of what the doctor could prove. Immutable; contains no secret.
 */
public final class DoctorWarning {
  /** What kind of finding. The names are API: kinds are added, never renamed. */
  public enum Kind {
    /** The advertised or given {@code /wp-json/} root is not served; {@code ?rest_route=} is. */
    REST_ROUTE_ONLY,
    /** The given URL redirects to https on the same host: configure the https URL. */
    HTTPS_UPGRADE,
    /** The site advertises its API root on another origin than the one asked. */
    ADVERTISED_ROOT_ON_OTHER_ORIGIN,
    /** XML-RPC is off, blocked or not asked: a stripped header cannot be proven. */
    XML_RPC_UNAVAILABLE,
    /** A plugin refuses anonymous REST requests; identified requests pass. */
    ANONYMOUS_REST_BLOCKED,
    /** The method asked about is a write: only OPTIONS was asked, the call itself was not sent. */
    WRITE_NOT_SENT,
    /** The request budget ran out before every probe ran. */
    BUDGET_EXHAUSTED,
    /** The examination's overall deadline passed before every probe ran. */
    DEADLINE_PASSED,
    /**
     * The home page redirects back to itself (WordPress's canonical redirect on a server whose port
     * or scheme it misreads): discovery from the site URL loops; the API root still answers.
     */
    HOME_PAGE_REDIRECT_LOOP
  }

  private final Kind kind;
  private final String message;

  private DoctorWarning(Kind kind, String message) {
    this.kind = requireNonNull(kind, "kind == null");
    this.message = requireNonNull(message, "message == null");
  }

  /**
   * Creates a warning.
   *
   * @param kind what kind of finding
   * @param message one or two sentences with the real URLs, free of secrets
   * @return the warning
   */
  public static DoctorWarning of(Kind kind, String message) {
    return new DoctorWarning(kind, message);
  }

  /**
   * What kind of finding.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The finding, with the URL or setting to use.
   *
   * @return one or two sentences
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DoctorWarning
        && kind == ((DoctorWarning) o).kind
        && message.equals(((DoctorWarning) o).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, message);
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
