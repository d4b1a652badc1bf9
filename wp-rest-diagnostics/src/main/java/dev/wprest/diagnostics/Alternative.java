package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * Another cause the evidence has not ruled out, with why it is still open and what would tell it
 * apart. Alternatives are listed most plausible first.
 */
public final class Alternative {
  private final LikelyCause cause;
  private final String why;

  private Alternative(LikelyCause cause, String why) {
    this.cause = requireNonNull(cause, "cause == null");
    this.why = requireNonNull(why, "why == null");
  }

  /**
   * Creates an alternative.
   *
   * @param cause the candidate cause
   * @param why why it is still open, with any quoted secret already masked
   * @return the alternative
   */
  public static Alternative of(LikelyCause cause, String why) {
    return new Alternative(cause, why);
  }

  /**
   * The candidate cause.
   *
   * @return the cause
   */
  public LikelyCause cause() {
    return cause;
  }

  /**
   * Why this cause is still open.
   *
   * @return one sentence
   */
  public String why() {
    return why;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Alternative
        && cause == ((Alternative) o).cause
        && why.equals(((Alternative) o).why);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cause, why);
  }

  @Override
  public String toString() {
    return cause + " (" + cause.code() + "): " + why;
  }
}
