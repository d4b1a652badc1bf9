package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * WordPress's REST error envelope: {@code {"code": "...", "message": "...", "data": {...}}}, as
 * produced by {@code WP_REST_Server::error_to_response()}.
 */
public final class WordPressError {
  private final String code;
  private final String message;
  private final JsonNode data;
  private final List<WordPressError> additionalErrors;

  private WordPressError(
      String code, String message, JsonNode data, List<WordPressError> additionalErrors) {
    this.code = requireNonNull(code, "code == null");
    this.message = requireNonNull(message, "message == null");
    this.data = requireNonNull(data, "data == null");
    this.additionalErrors = List.copyOf(additionalErrors);
  }

  /**
   * Creates an error value.
   *
   * @param code the error code
   * @param message the message
   * @param data the data member (a missing node when absent)
   * @param additionalErrors further errors
   * @return the value
   */
  public static WordPressError of(
      String code, String message, JsonNode data, List<WordPressError> additionalErrors) {
    return new WordPressError(code, message, data, additionalErrors);
  }

  /**
   * The machine-readable code.
   *
   * @return e.g. {@code rest_cookie_invalid_nonce}
   */
  public String code() {
    return code;
  }

  /**
   * The human-readable (translated) message.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The {@code data} member; in an error the client built, a masked copy of the server's (see
   * {@link WordPressApiException#data()}).
   *
   * @return the data, or a missing node
   */
  public JsonNode data() {
    return data;
  }

  /**
   * Further errors WordPress reported with this one.
   *
   * @return the errors, possibly empty
   */
  public List<WordPressError> additionalErrors() {
    return additionalErrors;
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
