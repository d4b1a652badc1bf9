package dev.wprest.client.internal;

import java.time.Duration;

/**
 * The bounds every call runs under, beside the per-attempt {@code callTimeout}: the overall
 * deadline across retries and the maximum response size. Set on {@code WordPressClient.Builder}.
 */
public final class CallLimits {
  /** 16 MiB: far above a WordPress page of 100 posts (a few MB), well within a small heap. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  /** Two per-attempt timeouts: room for one retry of an attempt that ran out its time. */
  public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(60);

  public final Duration callDeadline;
  public final long maxResponseBytes;

  public CallLimits(Duration callDeadline, long maxResponseBytes) {
    this.callDeadline = callDeadline;
    this.maxResponseBytes = maxResponseBytes;
  }

  public static CallLimits defaults() {
    return new CallLimits(DEFAULT_CALL_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES);
  }

  public CallLimits withCallDeadline(Duration deadline) {
    return new CallLimits(deadline, maxResponseBytes);
  }

  public CallLimits withMaxResponseBytes(long bytes) {
    if (bytes < 1024 || bytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be 1024.." + (Integer.MAX_VALUE - 8) + ": " + bytes);
    }
    return new CallLimits(callDeadline, bytes);
  }
}
