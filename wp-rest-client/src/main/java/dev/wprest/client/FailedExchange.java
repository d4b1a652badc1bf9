package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the client saw of one failed call, kept on every {@link WordPressException} so that a
 * diagnosis can reason about it later.
 *
 * <p>Everything here is already redacted: header values that carry secrets ({@code Set-Cookie},
 * {@code X-WP-Nonce}, ...), nonce query parameters and the auth strategy's own secrets are replaced
 * by {@value dev.wprest.client.internal.Redaction#MASK}. The body is a bounded snippet, not the
 * whole body.
 */
public final class FailedExchange {
  private final String method;
  private final URI uri;
  private final int status;
  private final Map<String, List<String>> responseHeaders;
  private final String bodySnippet;
  private final BodyKind bodyKind;
  private final boolean wordPressAnswered;
  private final String authScheme;
  private final boolean credentialsSent;
  private final CredentialFacts credentialFacts;
  private final List<URI> redirectChain;
  private final java.util.Set<String> requestHeaderNames;

  private FailedExchange(Builder builder) {
    this.method = requireNonNull(builder.method, "method == null");
    this.uri = requireNonNull(builder.uri, "uri == null");
    this.status = builder.status;
    this.responseHeaders = Map.copyOf(builder.responseHeaders);
    this.bodySnippet = builder.bodySnippet;
    this.bodyKind = requireNonNull(builder.bodyKind, "bodyKind == null");
    this.wordPressAnswered = builder.wordPressAnswered;
    this.authScheme = requireNonNull(builder.authScheme, "authScheme == null");
    this.credentialsSent = builder.credentialsSent;
    this.credentialFacts = builder.credentialFacts;
    this.redirectChain = List.copyOf(builder.redirectChain);
    this.requestHeaderNames = java.util.Set.copyOf(builder.requestHeaderNames);
  }

  /**
   * Starts a record of a call to {@code uri}.
   *
   * @param method the HTTP method sent
   * @param uri the URI of the (last) request, already redacted
   * @return a builder
   */
  public static Builder builder(String method, URI uri) {
    return new Builder(method, uri);
  }

  /**
   * The HTTP method of the failed call.
   *
   * @return the method, e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The URI the failed request went to (after same-origin redirects), redacted.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * The HTTP status, when a response arrived.
   *
   * @return the status, or empty for transport failures
   */
  public OptionalInt status() {
    return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
  }

  /**
   * Response headers by lower-case name, secret values masked.
   *
   * @return an immutable map, empty when no response arrived
   */
  public Map<String, List<String>> responseHeaders() {
    return responseHeaders;
  }

  /**
   * The first value of a response header.
   *
   * @param name header name, any case
   * @return the value, if the header was present
   */
  public Optional<String> header(String name) {
    List<String> values = responseHeaders.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * A bounded, redacted start of the response body.
   *
   * @return the snippet, possibly empty
   */
  public String bodySnippet() {
    return bodySnippet;
  }

  /**
   * What kind of body came back.
   *
   * @return the kind
   */
  public BodyKind bodyKind() {
    return bodyKind;
  }

  /**
   * Whether WordPress itself produced the answer: a JSON error envelope ({@code code}, {@code
   * message}) or a REST response, as opposed to a page from a proxy, WAF, host or PHP itself.
   *
   * @return true when WordPress's REST API answered
   */
  public boolean wordPressAnswered() {
    return wordPressAnswered;
  }

  /**
   * The auth scheme the client used, e.g. {@code application-password}; never the secret.
   *
   * @return the scheme name
   */
  public String authScheme() {
    return authScheme;
  }

  /**
   * Whether the request actually carried credentials (a strategy may send none, e.g. {@code none},
   * or a redirect may have been refused before they were sent).
   *
   * @return true when credentials were on the wire
   */
  public boolean credentialsSent() {
    return credentialsSent;
  }

  /**
   * Non-secret facts about the credential, from {@link AuthStrategy#facts()}: e.g. whether the
   * password is shaped like an Application Password.
   *
   * @return the facts, {@link CredentialFacts#none()} when nothing is known
   */
  public CredentialFacts credentialFacts() {
    return credentialFacts;
  }

  /**
   * Every URI visited before {@link #uri()}, in order, when redirects were followed or refused.
   *
   * @return the chain, empty without redirects
   */
  public List<URI> redirectChain() {
    return redirectChain;
  }

  /**
   * The names (lower case) of the headers the last request carried: {@code authorization}, {@code
   * cookie}, {@code x-wp-nonce}, ... Never their values. Tells, for example, that WordPress cookies
   * travelled next to Basic credentials, which makes WordPress ignore the Basic credentials.
   *
   * @return the header names, empty when the request was never built
   */
  public java.util.Set<String> requestHeaderNames() {
    return requestHeaderNames;
  }

  @Override
  public String toString() {
    return "FailedExchange{"
        + method
        + " "
        + uri
        + (status > 0 ? " -> " + status : "")
        + ", body="
        + bodyKind
        + ", wordPressAnswered="
        + wordPressAnswered
        + ", auth="
        + authScheme
        + ", credentialsSent="
        + credentialsSent
        + (redirectChain.isEmpty() ? "" : ", redirects=" + redirectChain)
        + "}";
  }

  /** Builds a {@link FailedExchange}. */
  public static final class Builder {
    private final String method;
    private final URI uri;
    private int status;
    private Map<String, List<String>> responseHeaders = Map.of();
    private String bodySnippet = "";
    private BodyKind bodyKind = BodyKind.NONE;
    private boolean wordPressAnswered;
    private String authScheme = AuthScheme.NONE;
    private boolean credentialsSent;
    private CredentialFacts credentialFacts = CredentialFacts.none();
    private List<URI> redirectChain = List.of();
    private java.util.Set<String> requestHeaderNames = java.util.Set.of();

    private Builder(String method, URI uri) {
      this.method = method;
      this.uri = uri;
    }

    /**
     * Sets the response status.
     *
     * @param status the HTTP status
     * @return this
     */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the (already redacted) response headers, keyed by lower-case name.
     *
     * @param headers the headers
     * @return this
     */
    public Builder responseHeaders(Map<String, List<String>> headers) {
      this.responseHeaders = requireNonNull(headers, "headers == null");
      return this;
    }

    /**
     * Sets the (already redacted) body snippet and its kind.
     *
     * @param snippet the snippet
     * @param kind what the body was
     * @return this
     */
    public Builder body(String snippet, BodyKind kind) {
      this.bodySnippet = requireNonNull(snippet, "snippet == null");
      this.bodyKind = requireNonNull(kind, "kind == null");
      return this;
    }

    /**
     * Records whether WordPress's REST API produced the answer.
     *
     * @param answered true for a WordPress JSON answer
     * @return this
     */
    public Builder wordPressAnswered(boolean answered) {
      this.wordPressAnswered = answered;
      return this;
    }

    /**
     * Records the auth scheme and whether credentials were sent.
     *
     * @param scheme the scheme name
     * @param sent whether credentials were on the wire
     * @return this
     */
    public Builder auth(String scheme, boolean sent) {
      this.authScheme = requireNonNull(scheme, "scheme == null");
      this.credentialsSent = sent;
      return this;
    }

    /**
     * Sets the non-secret facts about the credential.
     *
     * @param facts the facts
     * @return this
     */
    public Builder credentialFacts(CredentialFacts facts) {
      this.credentialFacts = requireNonNull(facts, "facts == null");
      return this;
    }

    /**
     * Sets the redirect chain.
     *
     * @param chain the URIs visited before the last one
     * @return this
     */
    public Builder redirectChain(List<URI> chain) {
      this.redirectChain = requireNonNull(chain, "chain == null");
      return this;
    }

    /**
     * Sets the names of the headers the request carried (never values).
     *
     * @param names header names, any case
     * @return this
     */
    public Builder requestHeaderNames(java.util.Collection<String> names) {
      java.util.Set<String> lower = new java.util.TreeSet<>();
      for (String name : names) {
        lower.add(name.toLowerCase(java.util.Locale.ROOT));
      }
      this.requestHeaderNames = lower;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the immutable record
     */
    public FailedExchange build() {
      return new FailedExchange(this);
    }
  }
}
