package dev.wprest.client;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * What happened in one call, handed to {@link WordPressEventListener#callEnd} and {@link
 * WordPressEventListener#callFailed}. Nothing secret: counts, a status and a duration.
 */
public final class CallSummary {
  private final int status;
  private final int attempts;
  private final int redirects;
  private final Duration duration;

  private CallSummary(int status, int attempts, int redirects, Duration duration) {
    this.status = status;
    this.attempts = attempts;
    this.redirects = redirects;
    this.duration = duration;
  }

  /**
   * A summary.
   *
   * @param status the final answer's status, 0 when none came
   * @param attempts how many attempts were sent, 0 when none was
   * @param redirects how many redirects were followed, over all attempts
   * @param duration how long the call took, discovery and waits included
   * @return the summary
   */
  public static CallSummary of(int status, int attempts, int redirects, Duration duration) {
    if (status < 0 || attempts < 0 || redirects < 0) {
      throw new IllegalArgumentException(
          "negative count: status "
              + status
              + ", attempts "
              + attempts
              + ", redirects "
              + redirects);
    }
    return new CallSummary(
        status,
        attempts,
        redirects,
        java.util.Objects.requireNonNull(duration, "duration == null"));
  }

  /**
   * The final answer's status.
   *
   * @return the status, empty when no answer came
   */
  public OptionalInt status() {
    return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
  }

  /**
   * How the call ended.
   *
   * @return the outcome of the final status
   */
  public CallOutcome outcome() {
    return CallOutcome.of(status);
  }

  /**
   * How many attempts were sent.
   *
   * @return the attempts, 0 when the call failed before sending (e.g. discovery failed)
   */
  public int attempts() {
    return attempts;
  }

  /**
   * How many attempts were sent again after a failed one.
   *
   * @return {@code max(0, attempts - 1)}
   */
  public int retries() {
    return Math.max(0, attempts - 1);
  }

  /**
   * How many redirects the client followed.
   *
   * @return the redirects, over all attempts
   */
  public int redirects() {
    return redirects;
  }

  /**
   * How long the call took, from its start to its result.
   *
   * @return the duration
   */
  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return outcome()
        + (status > 0 ? " " + status : "")
        + ", "
        + attempts
        + (attempts == 1 ? " attempt" : " attempts")
        + ", "
        + redirects
        + " redirects, "
        + duration.toMillis()
        + " ms";
  }
}
