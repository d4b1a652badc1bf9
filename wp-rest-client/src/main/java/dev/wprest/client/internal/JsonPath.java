package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Where in a JSON body binding failed, e.g. {@code title.rendered} or {@code [3].author}: made of
 * property names and indexes only, never of values, so it is safe in messages.
 */
public final class JsonPath {
  private static final int MAX_LENGTH = 200;

  private JsonPath() {}

  /** " at title.rendered" for a mapping failure with a path, else "". */
  public static String at(Exception failure) {
    if (!(failure instanceof JsonMappingException)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : ((JsonMappingException) failure).getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    if (path.length() == 0) {
      return "";
    }
    return " at "
        + (path.length() > MAX_LENGTH ? path.substring(0, MAX_LENGTH) + "..." : path.toString());
  }
}
