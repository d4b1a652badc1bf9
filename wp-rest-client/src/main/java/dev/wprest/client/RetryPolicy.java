package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before trying a call again.
 *
 * <p>The rules, which no setting loosens: a connect failure (nothing was sent) is retried for every
 * method; idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) are also retried on I/O failures
 * mid-exchange, deadline expiry, and 408, 429, 502, 503, 504 (and 500 for GET and HEAD); POST and
 * PATCH are retried on 429 only, because a server that rate-limits has not acted. 400, 401, 403,
 * 404, 409, 410 and 422 are never retried: the same request gets the same answer. {@code
 * Retry-After} (seconds or an HTTP date) is obeyed up to {@link Builder#maxRetryAfter(Duration)};
 * otherwise the wait is exponential with full jitter.
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Sleeper sleeper;
  private final Clock clock;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
  }

  /**
   * The default: 3 attempts, 200 ms initial backoff, 5 s cap, {@code Retry-After} honoured up to 30
   * s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * A policy that never retries.
   *
   * @return a single-attempt policy
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * Starts a custom policy from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The most attempts per call, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The sleeper used between attempts.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Whether a response status is worth another attempt for this method.
   *
   * @param method the request's method
   * @param status the status received
   * @return true if the policy retries it
   */
  public boolean retriesStatus(HttpMethod method, int status) {
    if (status == 429) {
      return true;
    }
    if (!method.idempotent()) {
      return false;
    }
    switch (status) {
      case 408:
      case 502:
      case 503:
      case 504:
        return true;
      case 500:
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
      default:
        return false;
    }
  }

  /**
   * How long to wait before attempt {@code attempt + 1}.
   *
   * @param attempt the attempt that just failed, from 1
   * @param retryAfterHeader the response's {@code Retry-After}, if any
   * @return the wait
   */
  public Duration delayBefore(int attempt, Optional<String> retryAfterHeader) {
    Optional<Duration> asked = retryAfterHeader.flatMap(this::parseRetryAfter);
    if (asked.isPresent()) {
      Duration d = asked.get();
      return d.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : d;
    }
    long cap =
        Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(attempt - 1, 20));
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
  }

  /**
   * Parses a {@code Retry-After} value: delta seconds or an HTTP date.
   *
   * @param value the header value
   * @return the wait, never negative, if the value parses
   */
  public Optional<Duration> parseRetryAfter(String value) {
    String v = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(clock.instant(), when.toInstant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the most attempts per call, the first included.
     *
     * @param maxAttempts 1 to 10
     * @return this
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException("maxAttempts must be 1..10: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the first backoff; later ones double, with jitter.
     *
     * @param initialBackoff a positive duration
     * @return this
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Caps the exponential backoff.
     *
     * @param maxBackoff a positive duration
     * @return this
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Caps how long a server's {@code Retry-After} can make the client wait.
     *
     * @param maxRetryAfter a positive duration
     * @return this
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Replaces how the client waits (tests pass a recording sleeper).
     *
     * @param sleeper the sleeper
     * @return this
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Replaces the clock used to read HTTP-date {@code Retry-After} values.
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
