package dev.wprest.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Normalises the loose JSON shapes WordPress sends into what the models promise. */
final class JsonValues {
  private JsonValues() {}

  /**
   * An object, never null. PHP encodes an empty associative array as {@code []}, so an empty {@code
   * meta} arrives as an array: treat it, and absence, as an empty object.
   */
  static JsonNode object(JsonNode node) {
    if (node == null || !node.isObject()) {
      return emptyObject();
    }
    return node.deepCopy();
  }

  static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static String text(String value) {
    return value == null ? "" : value;
  }
}
