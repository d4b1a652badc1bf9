package dev.wprest.diagnostics.doctor;

import static java.util.Objects.requireNonNull;

import dev.wprest.diagnostics.Diagnosis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link AuthDoctor#examine()} found: whether the identity was accepted (and the method
 * allowed on the route, when one was given), the primary {@link Diagnosis} when not, and every
 * probe it ran. Immutable; contains no secret.
 */
public final class DoctorReport {
  private final boolean ok;
  private final Diagnosis diagnosis;
  private final List<ProbeResult> probes;
  private final int requestsSent;
  private final boolean siteReachable;
  private final String identity;
  private final List<DoctorWarning> warnings;

  private DoctorReport(Builder b) {
    this.ok = b.ok;
    this.diagnosis = b.diagnosis;
    this.probes = List.copyOf(b.probes);
    this.requestsSent = b.requestsSent;
    this.siteReachable = b.siteReachable;
    this.identity = b.identity;
    this.warnings = List.copyOf(b.warnings);
  }

  /**
   * Starts a report; the doctor builds them, tests and renderers may too.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether all is well: the identity was accepted (for {@code none}: the route is open to
   * anonymous requests) and, when a route and method were given, the method is allowed there.
   *
   * @return true when there is nothing to diagnose
   */
  public boolean ok() {
    return ok;
  }

  /**
   * The primary diagnosis, with its confidence, evidence (probe evidence marked) and alternatives.
   *
   * @return the diagnosis, empty when {@link #ok()}
   */
  public Optional<Diagnosis> diagnosis() {
    return Optional.ofNullable(diagnosis);
  }

  /**
   * The probes, in the order they ran.
   *
   * @return the probes
   */
  public List<ProbeResult> probes() {
    return probes;
  }

  /**
   * How many HTTP requests the doctor sent in all, the client's own steps (its index fetch, a
   * login) included. Never more than {@link AuthDoctor#MAX_REQUESTS}.
   *
   * @return the count
   */
  public int requestsSent() {
    return requestsSent;
  }

  /**
   * Whether the site answered at all; false when no connection could be made.
   *
   * @return false for an unreachable site
   */
  public boolean siteReachable() {
    return siteReachable;
  }

  /**
   * Who WordPress took the caller for, when it accepted the identity, e.g. {@code itadmin (id 1)}.
   *
   * @return the identity, empty when none was accepted
   */
  public Optional<String> identity() {
    return Optional.ofNullable(identity);
  }

  /**
   * Non-blocking findings beside the OK or the diagnosis, e.g. a {@code /wp-json/} that is not
   * served while {@code ?rest_route=} is. A report can be OK and carry warnings.
   *
   * @return the warnings, possibly empty
   */
  public List<DoctorWarning> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DoctorReport{");
    s.append(ok ? "OK" : diagnosis.toString());
    if (identity != null) {
      s.append(", identity=").append(identity);
    }
    s.append(", requests=").append(requestsSent);
    if (!siteReachable) {
      s.append(", unreachable");
    }
    for (DoctorWarning w : warnings) {
      s.append("\n  warning ").append(w);
    }
    for (ProbeResult p : probes) {
      s.append("\n  ").append(p);
    }
    return s.append('}').toString();
  }

  /** Builds a {@link DoctorReport}. */
  public static final class Builder {
    private boolean ok;
    private Diagnosis diagnosis;
    private final List<ProbeResult> probes = new ArrayList<>();
    private int requestsSent;
    private boolean siteReachable = true;
    private String identity;
    private final List<DoctorWarning> warnings = new ArrayList<>();

    private Builder() {}

    /**
     * Marks the report as all well; it then has no diagnosis.
     *
     * @return this
     */
    public Builder ok() {
      this.ok = true;
      this.diagnosis = null;
      return this;
    }

    /**
     * Sets the primary diagnosis; the report is then not OK.
     *
     * @param diagnosis the diagnosis
     * @return this
     */
    public Builder diagnosis(Diagnosis diagnosis) {
      this.diagnosis = requireNonNull(diagnosis, "diagnosis == null");
      this.ok = false;
      return this;
    }

    /**
     * Adds the probes, in the order they ran.
     *
     * @param probes the probes
     * @return this
     */
    public Builder probes(List<ProbeResult> probes) {
      this.probes.addAll(requireNonNull(probes, "probes == null"));
      return this;
    }

    /**
     * Sets how many requests were sent.
     *
     * @param count the count, zero or more
     * @return this
     */
    public Builder requestsSent(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("requestsSent must not be negative: " + count);
      }
      this.requestsSent = count;
      return this;
    }

    /**
     * Sets whether the site answered at all.
     *
     * @param reachable false when no connection could be made
     * @return this
     */
    public Builder siteReachable(boolean reachable) {
      this.siteReachable = reachable;
      return this;
    }

    /**
     * Sets the identity WordPress accepted.
     *
     * @param identity e.g. {@code itadmin (id 1)}
     * @return this
     */
    public Builder identity(String identity) {
      this.identity = requireNonNull(identity, "identity == null");
      return this;
    }

    /**
     * Adds a warning; one equal to a warning already added is ignored.
     *
     * @param warning the warning
     * @return this
     */
    public Builder warning(DoctorWarning warning) {
      requireNonNull(warning, "warning == null");
      if (!warnings.contains(warning)) {
        warnings.add(warning);
      }
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the immutable report
     * @throws IllegalStateException when it is neither OK nor has a diagnosis
     */
    public DoctorReport build() {
      if (!ok && diagnosis == null) {
        throw new IllegalStateException("a report is either OK or has a diagnosis");
      }
      return new DoctorReport(this);
    }
  }
}
