package dev.wprest.spring.boot;

/** {@code wordpress.retries.*}. */
public class WordPressRetryProperties {
  /** Attempts per call, the first included (1 = no retry); the client's default when unset. */
  private Integer maxAttempts;

  /**
   * Attempts per call.
   *
   * @return the attempts, or null for the client's default
   */
  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  /**
   * Sets the attempts per call.
   *
   * @param maxAttempts the attempts, the first included
   */
  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }
}
