package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Replays the real WordPress answers in {@code fixtures/wordpress/} from WireMock, with the
 * recording site's origin rewritten to WireMock's so that {@code Link} relations resolve there.
 */
final class RecordedAnswers {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RECORDED_ORIGIN = "http://127.0.0.1:8081";

  private RecordedAnswers() {}

  /** The fixture file's JSON, e.g. {@code posts.single.modphp}. */
  static JsonNode fixture(String name) {
    String path = "/fixtures/wordpress/" + name + ".json";
    try (InputStream in = RecordedAnswers.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The recorded response body, origins rewritten. */
  static String body(String name, WireMockRuntimeInfo wm) {
    return fixture(name)
        .path("response")
        .path("body")
        .asText()
        .replace(RECORDED_ORIGIN.replace("/", "\\/"), wm.getHttpBaseUrl().replace("/", "\\/"));
  }

  /** The recorded response: status, headers (minus the length, which WireMock sets) and body. */
  static ResponseDefinitionBuilder answer(String name, WireMockRuntimeInfo wm) {
    JsonNode response = fixture(name).path("response");
    ResponseDefinitionBuilder b =
        aResponse().withStatus(response.path("status").asInt()).withBody(body(name, wm));
    for (Map.Entry<String, JsonNode> h : response.path("headers").properties()) {
      if (h.getKey().equalsIgnoreCase("Content-Length")) {
        continue;
      }
      if (h.getValue().isArray()) {
        String[] values = new String[h.getValue().size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = rewrite(h.getValue().get(i).asText(), wm);
        }
        b.withHeader(h.getKey(), values);
      } else {
        b.withHeader(h.getKey(), rewrite(h.getValue().asText(), wm));
      }
    }
    return b;
  }

  private static String rewrite(String value, WireMockRuntimeInfo wm) {
    return value.replace(RECORDED_ORIGIN, wm.getHttpBaseUrl());
  }
}
