package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Retry-After} (seconds or an HTTP date) is obeyed up to {@link Builder#maxRetryAfter(Duration)}; a
 * server that asks for longer is not retried at all (the call fails at once, a 429 as a {@link
 * RateLimitedException} that names the server's date), and one that asks for less than {@link
 * Builder#initialBackoff(Duration)} (even {@code Retry-After: 0}) still waits that long. Without
 * {@code Retry-After} the wait is exponential with jitter. No wait runs past the client's call
 * deadline ({@link WordPressClient.Builder#callDeadline(Duration)}).
 *
 * <p><b>{@code maxAttempts} is the most times the server can see the request</b>, not the number of
 * loops. The JDK {@code HttpClient} re-sends a GET or HEAD once by itself when the connection
 * closes before any byte of the answer arrives (measured on JDK 17 and 25; {@code
 * jdk.httpclient.enableAllMethodRetry} only extends this to other methods, and no {@code
 * jdk.httpclient.*} property turns it off). The client cannot tell whether that happened, so it
 * counts every GET and HEAD attempt as two sends and starts another only while two more fit: with
 * the default 4, a GET is tried at most twice and reaches the server at most 4 times; with 3, once.
 * The one case the count cannot keep: with {@code maxAttempts(1)} a GET or HEAD may still reach the
 * server twice. Other methods are never re-sent by the JDK (connection refusals are, but they send
 * nothing).
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
   * The default: the server sees a request at most 4 times (a GET or HEAD is tried twice, other
   * methods up to 4 times where the rules allow), 200 ms initial and minimum backoff, 5 s backoff
   * cap, {@code Retry-After} honoured up to 30 s.
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
   * Whether the policy waits as long as a {@code Retry-After} asks: false when the server asks for
   * more than {@link Builder#maxRetryAfter(Duration)}, and the call then fails without waiting.
   *
   * @param retryAfterHeader the response's {@code Retry-After}, if any
   * @return true when there is no {@code Retry-After}, it does not parse, or it is within the cap
   */
  public boolean honours(Optional<String> retryAfterHeader) {
    return retryAfterHeader
        .flatMap(this::parseRetryAfter)
        .map(asked -> asked.compareTo(maxRetryAfter) <= 0)
        .orElse(true);
  }

  /**
   * The longest {@code Retry-After} the policy waits for.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
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
      // Retry-After: 0 (or a date in the past) must not become a tight loop against the server.
      return d.compareTo(maxRetryAfter) > 0
          ? maxRetryAfter
          : d.compareTo(initialBackoff) < 0 ? initialBackoff : d;
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

  /**
   * When a {@code Retry-After} says the server takes requests again: its HTTP date as given, or now
   * plus its seconds.
   *
   * @param value the header value
   * @return the instant, if the value parses
   */
  public Optional<Instant> retryAt(String value) {
    String v = value.strip();
    try {
      return Optional.of(clock.instant().plusSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        return Optional.of(
            ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
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
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the most times the server can see a call's request, the first attempt included (see the
     * class documentation for how the JDK's own re-send of a GET is counted). Default 3.
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
     * Sets the first backoff; later ones double, with jitter. It is also the least wait before any
     * retry, whatever {@code Retry-After} says. Default 200 ms.
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
     * Caps how long a server's {@code Retry-After} can make the client wait: a longer request is
     * not waited for and the call fails at once. Default 30 s.
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
