package dev.wprest.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.ResponseReader;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A successful (2xx) answer. The body is kept as bytes and parsed on demand, strictly: {@link
 * #json()} throws a {@link MalformedResponseException} that says what came instead of JSON.
 */
public final class WpResponse {
  private final HttpMethod method;
  private final URI uri;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;
  private final List<URI> redirectChain;
  private final ResponseReader reader;

  WpResponse(
      HttpMethod method,
      URI uri,
      int status,
      HttpHeaders headers,
      byte[] body,
      List<URI> redirectChain,
      ResponseReader reader) {
    this.method = method;
    this.uri = uri;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.redirectChain = List.copyOf(redirectChain);
    this.reader = reader;
  }

  /**
   * The HTTP status.
   *
   * @return 200..299
   */
  public int status() {
    return status;
  }

  /**
   * The final request URI (after same-origin redirects).
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * The response headers.
   *
   * @return the headers
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /**
   * URIs visited before {@link #uri()}.
   *
   * @return the redirect chain
   */
  public List<URI> redirectChain() {
    return redirectChain;
  }

  /**
   * The raw body.
   *
   * @return a copy of the body bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body as JSON.
   *
   * @return the parsed JSON
   * @throws MalformedResponseException if the body is not intact JSON
   */
  public JsonNode json() {
    return reader.json(this);
  }

  /**
   * The body bound to a type.
   *
   * @param type the target class
   * @param <T> the target type
   * @return the bound value
   * @throws MalformedResponseException if the body is not JSON of that shape
   */
  public <T> T as(Class<T> type) {
    return reader.bind(this, type);
  }

  /**
   * The body bound to a generic type.
   *
   * @param type the target type
   * @param <T> the target type
   * @return the bound value
   * @throws MalformedResponseException if the body is not JSON of that shape
   */
  public <T> T as(TypeReference<T> type) {
    return reader.bind(this, type);
  }

  /**
   * {@code X-WP-Total}: the number of items in a collection.
   *
   * @return the total, if sent
   */
  public OptionalLong total() {
    return longHeader("X-WP-Total");
  }

  /**
   * {@code X-WP-TotalPages}: the number of pages.
   *
   * @return the page count, if sent
   */
  public OptionalLong totalPages() {
    return longHeader("X-WP-TotalPages");
  }

  /**
   * The {@code Link} header's relations ({@code next}, {@code prev}, {@code
   * https://api.w.org/}...), resolved against {@link #uri()}.
   *
   * @return relation to URI
   */
  public Map<String, URI> links() {
    return dev.wprest.client.internal.LinkHeaders.relations(headers.allValues("Link"), uri);
  }

  HttpMethod method() {
    return method;
  }

  byte[] rawBody() {
    return body;
  }

  private OptionalLong longHeader(String name) {
    Optional<String> v = headers.firstValue(name);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(v.get().strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  @Override
  public String toString() {
    return "WpResponse{" + method + " " + uri + " -> " + status + ", " + body.length + " bytes}";
  }
}
