package dev.wprest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One exchange recorded from a real WordPress, as the project's {@code fixtures/wordpress/}. */
final class Recording {
  private static final ObjectMapper JSON = new ObjectMapper();

  final String site;
  final String method;
  final String path;
  final Answer answer;

  private Recording(String site, String method, String path, Answer answer) {
    this.site = site;
    this.method = method;
    this.path = path;
    this.answer = answer;
  }

  /** A recording shipped with this module, by its file name without {@code .json}. */
  static Recording named(String name) {
    String resource = "/fixtures/wordpress/" + name + ".json";
    try (InputStream in = Recording.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no recording named " + name + " (" + resource + ")");
      }
      return read(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording " + name, e);
    }
  }

  private static Recording read(JsonNode node) {
    JsonNode request = node.path("request");
    JsonNode response = node.path("response");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response
        .path("headers")
        .properties()
        .forEach(
            h -> {
              List<String> values = new ArrayList<>();
              if (h.getValue().isArray()) {
                h.getValue().forEach(v -> values.add(v.asText()));
              } else {
                values.add(h.getValue().asText());
              }
              headers.put(h.getKey(), values);
            });
    Answer answer =
        new Answer(response.path("status").asInt(), headers, response.path("body").asText(""));
    return new Recording(
        node.path("site").asText(""),
        request.path("method").asText("GET"),
        request.path("path").asText(),
        answer);
  }
}
