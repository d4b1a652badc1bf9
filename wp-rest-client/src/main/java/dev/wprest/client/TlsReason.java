package dev.wprest.client;

import static java.util.Objects.requireNonNull;

/**
 * The reason a TLS handshake refused the site's certificate, in words with the certificate's own
 * values ("expired on 2024-01-01T00:00:00Z", "issued for example.org, not 127.0.0.1", "not trusted:
 * issuer CN=Private CA"). Certificates are public: nothing here is secret.
 */
public final class TlsReason {
  private final TlsProblem problem;
  private final String detail;

  private TlsReason(TlsProblem problem, String detail) {
    this.problem = problem;
    this.detail = detail;
  }

  /**
   * Creates a reason.
   *
   * @param problem what kind of refusal it was
   * @param detail the refusal with the certificate's values, e.g. "expired on DATE"
   * @return the reason
   */
  public static TlsReason of(TlsProblem problem, String detail) {
    requireNonNull(problem, "problem == null");
    requireNonNull(detail, "detail == null");
    if (detail.isBlank()) {
      throw new IllegalArgumentException("detail is blank for " + problem);
    }
    return new TlsReason(problem, detail);
  }

  /**
   * What kind of refusal it was.
   *
   * @return the problem
   */
  public TlsProblem problem() {
    return problem;
  }

  /**
   * The refusal with the certificate's values, e.g. "expired on 2024-01-01T00:00:00Z".
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TlsReason
        && ((TlsReason) o).problem == problem
        && ((TlsReason) o).detail.equals(detail);
  }

  @Override
  public int hashCode() {
    return 31 * problem.hashCode() + detail.hashCode();
  }

  @Override
  public String toString() {
    return problem + ": " + detail;
  }
}
