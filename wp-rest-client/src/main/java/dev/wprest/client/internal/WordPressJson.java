package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which JSON documents are WordPress's own REST answers, defined once for the client's discovery,
 * the passive analyzers and the doctor. A 200 alone proves nothing (a server that is not WordPress
 * answers {@code ?rest_route=/} with its home page), and a body that merely parses is no index.
 */
public final class WordPressJson {
  private WordPressJson() {}

  /**
   * Whether a document is WordPress's REST index: {@code WP_REST_Server::get_index()} always names
   * its {@code namespaces} (a list) and its {@code routes} (an object keyed by route), on every
   * WordPress version since 4.7.
   *
   * @param json a parsed body, a missing node, or null
   * @return true for the index
   */
  public static boolean isIndex(JsonNode json) {
    return json != null && json.path("namespaces").isArray() && json.path("routes").isObject();
  }

  /**
   * Whether a document is WordPress's error envelope, as {@code
   * WP_REST_Server::error_to_response()} writes a {@code WP_Error}: an object with a textual {@code
   * code} and a {@code message} ({@code data} is optional).
   *
   * @param json a parsed body, a missing node, or null
   * @return true for the envelope
   */
  public static boolean isErrorEnvelope(JsonNode json) {
    return json != null && json.isObject() && json.path("code").isTextual() && json.has("message");
  }

  /**
   * Whether WordPress's REST API answered at all: its index, or its error envelope (a plugin that
   * locks the index away still answers in WordPress's words).
   *
   * @param json a parsed body, a missing node, or null
   * @return true when the REST API answered
   */
  public static boolean isRestApiAnswer(JsonNode json) {
    return isIndex(json) || isErrorEnvelope(json);
  }
}
