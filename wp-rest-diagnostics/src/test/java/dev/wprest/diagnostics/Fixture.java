package dev.wprest.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded exchange: a real WordPress answer from {@code fixtures/wordpress/} or a hand-made
 * one from {@code responses/} (WAF pages and the like, each naming its public source).
 */
final class Fixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  final String name;
  final String producedBy;
  final String method;
  final String path;
  final int status;
  final Map<String, List<String>> headers;
  final String body;

  private Fixture(String name, JsonNode node) {
    this.name = name;
    this.producedBy = node.path("producedBy").asText();
    this.method = node.path("request").path("method").asText("GET");
    this.path = node.path("request").path("path").asText();
    JsonNode response = node.path("response");
    this.status = response.path("status").asInt();
    Map<String, List<String>> h = new LinkedHashMap<>();
    response
        .path("headers")
        .properties()
        .forEach(
            e -> {
              List<String> values = new java.util.ArrayList<>();
              if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asText()));
              } else {
                values.add(e.getValue().asText());
              }
              h.put(e.getKey(), values);
            });
    this.headers = h;
    this.body = response.path("body").asText("");
  }

  /** A real WordPress recording, {@code fixtures/wordpress/<name>.json}. */
  static Fixture recorded(String name) {
    return load(name, "fixtures/wordpress/" + name + ".json");
  }

  /**
   * A real security layer's answer in front of WordPress, {@code
   * fixtures/security-layer/<name>.json}.
   */
  static Fixture securityLayer(String name) {
    return load(name, "fixtures/security-layer/" + name + ".json");
  }

  /** A hand-made answer, {@code responses/<name>.json}. */
  static Fixture handMade(String name) {
    return load(name, "responses/" + name + ".json");
  }

  private static Fixture load(String name, String resource) {
    try (InputStream in = Fixture.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      JsonNode node = JSON.readTree(in);
      if (node.path("producedBy").asText().isBlank()) {
        throw new IllegalStateException(resource + " does not say what produced it");
      }
      return new Fixture(name, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
