package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.RequestHeaders;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Options for one call of a typed service: a timeout for this call and extra request headers. The
 * last argument of the services' overloads, e.g. {@code wp.posts().get(42, Query.none(), options)}.
 *
 * <pre>{@code
 * RequestOptions quick =
 *     RequestOptions.builder()
 *         .timeout(Duration.ofSeconds(5))          // this call, every attempt included
 *         .header("X-Request-Id", requestId)       // e.g. for the site's access log
 *         .build();
 * Post post = wp.posts().get(42, Query.none(), quick);
 * }</pre>
 *
 * <p>The timeout bounds the whole call (every attempt, wait and redirect hop), like the client's
 * {@code callDeadline}, and can only shorten it: the smaller of the two applies, and each attempt
 * still stops at the client's {@code callTimeout}. When it passes, an idempotent call fails with
 * {@link DeadlineExceededException}; a POST that may have reached the server with {@link
 * OutcomeUnknownException}. The client's first call discovers the site before it starts, outside
 * this timeout.
 *
 * <p>Headers never carry credentials: {@code Authorization}, {@code Cookie}, {@code X-WP-Nonce},
 * {@code Proxy-Authorization} and the like are refused with {@link CredentialHeaderException}, as
 * the auth strategy owns them. Immutable and thread-safe: build once, reuse for any number of
 * calls.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new RequestOptions(null, Map.of());

  private final Duration timeout;
  private final Map<String, String> headers;

  private RequestOptions(Duration timeout, Map<String, String> headers) {
    this.timeout = timeout;
    this.headers = headers;
  }

  /**
   * No options: the client's own timeouts, no extra header.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts options.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The timeout for the whole call, if set.
   *
   * @return the timeout
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The extra headers, in the order given.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> headers() {
    return headers;
  }

  /** The request with these options added; the request itself when there are none. */
  WpRequest applyTo(WpRequest request) {
    return this == NONE ? request : request.with(this);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RequestOptions)) {
      return false;
    }
    RequestOptions other = (RequestOptions) o;
    return java.util.Objects.equals(timeout, other.timeout) && headers.equals(other.headers);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(timeout, headers);
  }

  /** Names the headers without their values: a caller's header may still hold something private. */
  @Override
  public String toString() {
    return "RequestOptions{"
        + (timeout == null ? "" : "timeout=" + timeout + (headers.isEmpty() ? "" : ", "))
        + (headers.isEmpty() ? "" : "headers=" + headers.keySet())
        + "}";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The deadline for the whole call; the client's {@code callDeadline} still applies when it is
     * shorter.
     *
     * @param timeout a positive duration
     * @return this
     */
    public Builder timeout(Duration timeout) {
      requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Adds a request header, replacing one of the same name given before.
     *
     * @param name the header's name
     * @param value its value
     * @return this
     * @throws CredentialHeaderException for a credential header ({@code Authorization}, {@code
     *     Cookie}, {@code X-WP-Nonce}, ...): credentials belong to the auth strategy
     * @throws IllegalArgumentException for a header the HTTP client sets itself ({@code Host},
     *     {@code Content-Length}, ...) or one that no HTTP header can be
     */
    public Builder header(String name, String value) {
      requireNonNull(name, "name == null");
      requireNonNull(value, "value == null");
      RequestHeaders.check(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the immutable options
     */
    public RequestOptions build() {
      if (timeout == null && headers.isEmpty()) {
        return NONE;
      }
      return new RequestOptions(timeout, Collections.unmodifiableMap(new LinkedHashMap<>(headers)));
    }
  }
}
