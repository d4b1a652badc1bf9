package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One observed fact behind a diagnosis, as a label and a value ("status" → "401"). A value that
 * quotes the wire or the caller is masked before it is passed here (the built-in analyzers read
 * facts that are masked already); it is kept as given. Evidence from a probe of the active doctor
 * is marked as such: only such evidence can make a diagnosis {@link Confidence#CONFIRMED}.
 */
public final class Evidence {
  private final String label;
  private final String value;
  private final boolean fromProbe;

  private Evidence(String label, String value, boolean fromProbe) {
    this.label = requireNonNull(label, "label == null");
    this.value = requireNonNull(value, "value == null");
    this.fromProbe = fromProbe;
  }

  /**
   * Evidence observed on the failed call itself.
   *
   * @param label what was observed, e.g. {@code status}
   * @param value what it was, e.g. {@code 401}, with any quoted secret already masked
   * @return the evidence
   */
  public static Evidence of(String label, String value) {
    return new Evidence(label, value, false);
  }

  /**
   * Evidence that a probe (an extra request made to find the cause) produced.
   *
   * @param label the probe and what it showed, e.g. {@code XML-RPC wp.getUsersBlogs}
   * @param value its outcome, e.g. {@code accepted the same credential}, with any quoted secret
   *     already masked
   * @return the evidence
   */
  public static Evidence probe(String label, String value) {
    return new Evidence(label, value, true);
  }

  /**
   * What was observed.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The observed value.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Whether a probe produced this evidence (rather than the failed call).
   *
   * @return true for probe evidence
   */
  public boolean fromProbe() {
    return fromProbe;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Evidence)) {
      return false;
    }
    Evidence e = (Evidence) o;
    return label.equals(e.label) && value.equals(e.value) && fromProbe == e.fromProbe;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, value, fromProbe);
  }

  @Override
  public String toString() {
    return (fromProbe ? "probe " : "") + label + ": " + value;
  }
}
