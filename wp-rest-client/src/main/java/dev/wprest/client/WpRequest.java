package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.RequestHeaders;
import dev.wprest.client.internal.StreamedBody;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One call to a REST route, independent of the site: {@code WpRequest.get("/wp/v2/posts")
 * .query("per_page", "10").build()}. The client resolves the route against the discovered API root
 * ({@code /wp-json/...} or {@code ?rest_route=...}) and adds the auth strategy's credentials.
 *
 * <p>Credentials never go here: {@code Authorization}, {@code Cookie} and {@code X-WP-Nonce}
 * headers are refused, because the auth strategy owns them (and a stray WordPress cookie silently
 * defeats Application Password auth).
 */
public final class WpRequest {
  private final HttpMethod method;
  private final String route;
  private final Map<String, List<String>> query;
  private final Map<String, String> headers;
  private final Object jsonBody;
  private final byte[] rawBody;
  private final String rawContentType;
  private final StreamedBody streamedBody;
  private final Duration timeout;

  private WpRequest(Builder b) {
    this.method = b.method;
    this.route = b.route;
    // Most requests have no query or no headers: those cost nothing per call.
    if (b.query.isEmpty()) {
      this.query = Map.of();
    } else {
      Map<String, List<String>> q = new LinkedHashMap<>();
      b.query.forEach((k, v) -> q.put(k, List.copyOf(v)));
      this.query = Collections.unmodifiableMap(q);
    }
    this.headers =
        b.headers.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.jsonBody = b.jsonBody;
    this.rawBody = b.rawBody;
    this.rawContentType = b.rawContentType;
    this.streamedBody = b.streamedBody;
    this.timeout = b.timeout;
  }

  /** This request with a call's options added: their headers, and their timeout if set. */
  WpRequest with(RequestOptions options) {
    Builder b = new Builder(this);
    b.headers.putAll(options.headers());
    options.timeout().ifPresent(t -> b.timeout = t);
    return b.build();
  }

  /** The body streamed from a file or stream (an upload), if any. */
  Optional<StreamedBody> streamedBody() {
    return Optional.ofNullable(streamedBody);
  }

  /**
   * Starts a request.
   *
   * @param method the method
   * @param route the route, starting with {@code /}, e.g. {@code /wp/v2/posts}
   * @return a builder
   */
  public static Builder builder(HttpMethod method, String route) {
    return new Builder(method, route);
  }

  /**
   * Starts a GET.
   *
   * @param route the route, e.g. {@code /wp/v2/users/me}
   * @return a builder
   */
  public static Builder get(String route) {
    return builder(HttpMethod.GET, route);
  }

  /**
   * Starts a POST with a JSON body.
   *
   * @param route the route
   * @param jsonBody an object Jackson can serialize, or a {@code JsonNode}
   * @return a builder
   */
  public static Builder post(String route, Object jsonBody) {
    return builder(HttpMethod.POST, route).json(jsonBody);
  }

  /**
   * Starts a DELETE.
   *
   * @param route the route
   * @return a builder
   */
  public static Builder delete(String route) {
    return builder(HttpMethod.DELETE, route);
  }

  /**
   * The method.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * The route, e.g. {@code /wp/v2/posts/12}.
   *
   * @return the route
   */
  public String route() {
    return route;
  }

  /**
   * Query parameters in order; repeated names keep every value.
   *
   * @return the parameters
   */
  public Map<String, List<String>> query() {
    return query;
  }

  /**
   * Extra request headers (never credentials).
   *
   * @return the headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The object to send as JSON, if any.
   *
   * @return the body object
   */
  public Optional<Object> jsonBody() {
    return Optional.ofNullable(jsonBody);
  }

  /**
   * The timeout for this whole call, if set: the client's {@code callDeadline} applies when it is
   * shorter. See {@link Builder#timeout(Duration)}.
   *
   * @return the timeout
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Raw body bytes (e.g. a media upload), if any.
   *
   * @return a copy of the bytes
   */
  public Optional<byte[]> rawBody() {
    return Optional.ofNullable(rawBody).map(byte[]::clone);
  }

  /**
   * The raw body's content type, if a raw body is set.
   *
   * @return the type
   */
  public Optional<String> rawContentType() {
    return Optional.ofNullable(rawContentType);
  }

  @Override
  public String toString() {
    return "WpRequest{"
        + method
        + " "
        + route
        + (query.isEmpty() ? "" : " " + query.keySet())
        + (timeout == null ? "" : " timeout " + timeout)
        + "}";
  }

  /** Builds a {@link WpRequest}. */
  public static final class Builder {
    private final HttpMethod method;
    private final String route;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object jsonBody;
    private byte[] rawBody;
    private String rawContentType;
    private StreamedBody streamedBody;
    private Duration timeout;

    private Builder(HttpMethod method, String route) {
      this.method = requireNonNull(method, "method == null");
      requireNonNull(route, "route == null");
      if (!route.startsWith("/")) {
        throw new IllegalArgumentException("route must start with /: " + route);
      }
      if (route.contains("?") || route.contains("#")) {
        throw new IllegalArgumentException(
            "route must not contain a query or fragment (use query(name, value)): " + route);
      }
      this.route = route;
    }

    /** A builder holding everything {@code request} holds, checked already. */
    private Builder(WpRequest request) {
      this.method = request.method;
      this.route = request.route;
      request.query.forEach((name, values) -> query.put(name, new ArrayList<>(values)));
      this.headers.putAll(request.headers);
      this.jsonBody = request.jsonBody;
      this.rawBody = request.rawBody;
      this.rawContentType = request.rawContentType;
      this.streamedBody = request.streamedBody;
      this.timeout = request.timeout;
    }

    /**
     * Adds a query parameter; call again with the same name to send it several times.
     *
     * @param name the parameter name
     * @param value its value
     * @return this
     */
    public Builder query(String name, Object value) {
      requireNonNull(name, "name == null");
      requireNonNull(value, "value == null");
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
      return this;
    }

    /**
     * Adds a request header. Credentials are refused: they belong to the {@link AuthStrategy}.
     *
     * @param name the header name
     * @param value the value
     * @return this
     * @throws CredentialHeaderException for {@code Authorization}, {@code Cookie}, {@code
     *     X-WP-Nonce} and the other credential headers
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
     * A deadline for this whole call: every attempt, every wait between attempts and every redirect
     * hop. It can only shorten the client's {@code callDeadline} (the smaller applies), and each
     * attempt still stops at the client's {@code callTimeout}. When it passes, the call fails with
     * {@link DeadlineExceededException}, or {@link OutcomeUnknownException} for a write that may
     * have reached the server. Site discovery, before a client's first call, is not counted.
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
     * Sends {@code body} as JSON.
     *
     * @param body an object Jackson can serialize, or a {@code JsonNode}
     * @return this
     */
    public Builder json(Object body) {
      this.jsonBody = requireNonNull(body, "body == null");
      this.rawBody = null;
      this.streamedBody = null;
      return this;
    }

    /**
     * Sends raw bytes (e.g. a file upload).
     *
     * @param body the bytes
     * @param contentType their media type
     * @return this
     */
    public Builder body(byte[] body, String contentType) {
      this.rawBody = requireNonNull(body, "body == null").clone();
      this.rawContentType = requireNonNull(contentType, "contentType == null");
      this.jsonBody = null;
      this.streamedBody = null;
      return this;
    }

    /** Streams the body from its source as it is sent (uploads). */
    Builder body(StreamedBody body, String contentType) {
      this.streamedBody = requireNonNull(body, "body == null");
      this.rawContentType = requireNonNull(contentType, "contentType == null");
      this.rawBody = null;
      this.jsonBody = null;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     */
    public WpRequest build() {
      return new WpRequest(this);
    }
  }
}
