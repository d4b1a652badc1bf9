package dev.wprest.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Optional;

/**
 * A non-2xx HTTP answer. The status decides the subtype: {@link UnauthorizedException} (401) and
 * {@link ForbiddenException} (403) are siblings, so catching one never swallows the other.
 *
 * <p>When WordPress itself answered, {@link #code()} is its machine-readable error code (e.g.
 * {@code rest_not_logged_in}); classify by the code and status, never by the message, which
 * WordPress translates. When something in front of WordPress answered (an HTML page from a proxy,
 * WAF or the web server), {@link FailedExchange#wordPressAnswered()} is false and the code is
 * empty.
 */
public class WordPressApiException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int status;

  /** WordPress's error code, or null. */
  private final String code;

  /** WordPress's message, or null. */
  private final String errorMessage;

  private final transient JsonNode data;
  private final transient List<WordPressError> additionalErrors;

  /**
   * Creates an exception for a non-2xx answer.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param error the WordPress error envelope, when WordPress answered with one
   */
  protected WordPressApiException(
      String message, FailedExchange exchange, Optional<WordPressError> error) {
    super(message, exchange, null);
    this.status = exchange.status().orElse(0);
    this.code = error.map(WordPressError::code).orElse(null);
    this.errorMessage = error.map(WordPressError::message).orElse(null);
    this.data = error.map(WordPressError::data).orElse(MissingNode.getInstance());
    this.additionalErrors = error.map(WordPressError::additionalErrors).orElse(List.of());
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * WordPress's error code, such as {@code rest_not_logged_in}.
   *
   * @return the code, or empty when WordPress did not answer with its error envelope
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * WordPress's (possibly translated, possibly HTML-bearing) message, redacted.
   *
   * @return the message, or empty when WordPress did not answer with its error envelope
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /**
   * The envelope's {@code data} member, e.g. {@code {"status": 401}}, masked: every string in it
   * (member names included) had the strategy's secrets, in all their encodings, and nonce-like
   * values replaced by {@value dev.wprest.client.internal.Redaction#MASK}.
   *
   * @return a masked copy of the data (changing it changes nothing here), or a missing node
   */
  public JsonNode data() {
    return data.deepCopy();
  }

  /**
   * WordPress's {@code additional_errors}, when a route reported several.
   *
   * @return the extra errors, possibly empty
   */
  public List<WordPressError> additionalErrors() {
    return additionalErrors;
  }
}
