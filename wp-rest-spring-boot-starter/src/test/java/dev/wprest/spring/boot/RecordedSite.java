package dev.wprest.spring.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Serves answers recorded from the real harness ({@code fixtures/wordpress/}) from WireMock, with
 * the recorded site's origin moved to WireMock's. Only for {@link WordPressAutoConfigurationTest},
 * which checks the headers the starter's client sends and stubs delays with WireMock; the other
 * tests replay through wp-rest-testing's {@code ReplaySite}.
 */
final class RecordedSite {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SKIPPED = Set.of("content-length", "transfer-encoding");

  private final WireMockRuntimeInfo wm;

  RecordedSite(WireMockRuntimeInfo wm) {
    this.wm = wm;
  }

  /** The modphp site's index and the given recorded answer to users/me. */
  RecordedSite usersMe(String fixture) {
    return serve("index.modphp").serve(fixture);
  }

  RecordedSite serve(String fixture) {
    JsonNode node = load(fixture);
    JsonNode request = node.path("request");
    JsonNode response = node.path("response");
    ResponseDefinitionBuilder answer = aResponse().withStatus(response.path("status").asInt());
    response
        .path("headers")
        .properties()
        .forEach(
            h -> {
              if (!SKIPPED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                if (h.getValue().isArray()) {
                  h.getValue().forEach(v -> answer.withHeader(h.getKey(), moved(v.asText())));
                } else {
                  answer.withHeader(h.getKey(), moved(h.getValue().asText()));
                }
              }
            });
    answer.withBody(moved(response.path("body").asText("")).getBytes(StandardCharsets.UTF_8));
    wm.getWireMock()
        .register(
            request(
                    request.path("method").asText("GET"),
                    urlPathEqualTo(request.path("path").asText()))
                .willReturn(answer));
    return this;
  }

  String url() {
    return wm.getHttpBaseUrl();
  }

  private String moved(String text) {
    return text.replaceAll(
        "http:(\\\\?/\\\\?/)127\\.0\\.0\\.1:80\\d\\d", "http:$1localhost:" + wm.getHttpPort());
  }

  private static JsonNode load(String name) {
    String resource = "fixtures/wordpress/" + name + ".json";
    try (InputStream in = RecordedSite.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
