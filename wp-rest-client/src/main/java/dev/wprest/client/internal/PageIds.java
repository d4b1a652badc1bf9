package dev.wprest.client.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code id} of every item of a page, read from the body with the streaming parser (the items
 * were already bound to the caller's type, which need not have an id accessor).
 */
final class PageIds {
  private PageIds() {}

  /**
   * The ids in order; empty when the body is not an array of objects that each carry a numeric
   * top-level {@code id} (a {@code _fields} without {@code id}, a plugin's items keyed otherwise):
   * such a walk cannot be checked for repeats.
   */
  static Optional<long[]> of(JsonFactory json, byte[] body) {
    try (JsonParser p = json.createParser(body)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return Optional.empty();
      }
      long[] found = new long[16];
      int n = 0;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
        Long id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          boolean isId = "id".equals(p.currentName());
          JsonToken value = p.nextToken();
          if (isId && value == JsonToken.VALUE_NUMBER_INT) {
            id = p.getLongValue();
          } else {
            p.skipChildren();
          }
        }
        if (id == null) {
          return Optional.empty();
        }
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = id;
      }
      return t == JsonToken.END_ARRAY ? Optional.of(Arrays.copyOf(found, n)) : Optional.empty();
    } catch (IOException e) {
      // The body was bound already; one that does not parse here has no ids to check.
      return Optional.empty();
    }
  }
}
