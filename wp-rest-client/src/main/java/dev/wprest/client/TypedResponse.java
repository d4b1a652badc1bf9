package dev.wprest.client;

import dev.wprest.client.internal.Redaction;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A typed value with the answer it came from: the status, the final URI and the headers, for what
 * the value does not carry (a cache header, a plugin's {@code X-...} header, a {@code 201} versus a
 * {@code 200}). From {@code service.withResponse()}:
 *
 * <pre>{@code
 * TypedResponse<Post> created = wp.posts().withResponse().create(fields);
 * created.status();              // 201
 * created.header("Location");    // the new post's URI
 * Post post = created.value();
 * }</pre>
 *
 * <p>The headers are masked as in a failed call's evidence: a {@code Set-Cookie} (a login cookie)
 * or any header carrying the client's secret reads {@code [REDACTED]}, and so does a secret in the
 * URI, so that a {@code TypedResponse} can be logged whole.
 *
 * @param <T> the value's type
 */
public final class TypedResponse<T> {
  private final T value;
  private final int status;
  private final URI uri;
  private final Map<String, List<String>> headers;

  private TypedResponse(T value, int status, URI uri, Map<String, List<String>> headers) {
    this.value = value;
    this.status = status;
    this.uri = uri;
    this.headers = headers;
  }

  /** The value bound from {@code response}, with the response's facts masked for the client. */
  static <T> TypedResponse<T> of(WordPressClient client, WpResponse response, T value) {
    AuthStrategy auth = client.auth();
    return new TypedResponse<>(
        value,
        response.status(),
        Redaction.uri(response.uri(), auth::redact),
        Map.copyOf(Redaction.headers(response.headers(), auth::redact)));
  }

  /**
   * The typed value, as the plain call returns it.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * The HTTP status, e.g. {@code 201} for a create.
   *
   * @return 200..299
   */
  public int status() {
    return status;
  }

  /**
   * The final request URI (after same-origin redirects), secrets masked.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * The response headers by lower-case name, secrets masked.
   *
   * @return name to values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header, secrets masked.
   *
   * @param name the header name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public String toString() {
    return "TypedResponse{" + status + " " + uri + ", " + headers.size() + " headers}";
  }
}
