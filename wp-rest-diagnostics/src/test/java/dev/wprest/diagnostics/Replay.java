package dev.wprest.diagnostics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * Replays recorded answers through WireMock and calls the real client against them, with the
 * diagnostics installed, to diagnose what it throws.
 */
final class Replay {
  /** Headers that describe the recorded connection rather than WordPress's answer. */
  private static final Set<String> SKIPPED = Set.of("content-length", "transfer-encoding");

  private final WireMockRuntimeInfo wm;

  Replay(WireMockRuntimeInfo wm) {
    this.wm = wm;
  }

  /** Serves the site's index from a recording, its origin moved to the stub's. */
  Replay index(Fixture index) {
    return stub(index, true);
  }

  /** Serves no index: discovery learns nothing about the site. */
  Replay noIndex() {
    wm.getWireMock()
        .register(
            request("GET", urlPathEqualTo("/wp-json/"))
                .atPriority(1)
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><title>404 Not Found</title></html>")));
    return this;
  }

  /** Serves a recorded answer at its recorded method and path. */
  Replay answer(Fixture fixture) {
    return stub(fixture, false);
  }

  /** Serves a recorded answer for any method at a path. */
  Replay answerAnyMethod(String path, Fixture fixture) {
    wm.getWireMock().register(any(urlPathEqualTo(path)).willReturn(response(fixture, false)));
    return this;
  }

  private Replay stub(Fixture f, boolean moveOrigin) {
    wm.getWireMock()
        .register(request(f.method, urlPathEqualTo(f.path)).willReturn(response(f, moveOrigin)));
    return this;
  }

  private ResponseDefinitionBuilder response(Fixture f, boolean moveOrigin) {
    ResponseDefinitionBuilder r = aResponse().withStatus(f.status);
    f.headers.forEach(
        (name, values) -> {
          if (!SKIPPED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            values.forEach(v -> r.withHeader(name, moveOrigin ? moved(v) : v));
          }
        });
    String body = moveOrigin ? moved(f.body) : f.body;
    return r.withBody(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Recordings name their site's origin (http://127.0.0.1:808N); replays answer elsewhere. */
  private String moved(String text) {
    return text.replaceAll(
        "http:(\\\\?/\\\\?/)127\\.0\\.0\\.1:80\\d\\d", "http:$1localhost:" + wm.getHttpPort());
  }

  WordPressClient client(AuthStrategy auth) {
    return AuthDiagnostics.install(
            WordPressClient.builder()
                .baseUrl(wm.getHttpBaseUrl() + "/wp-json/")
                .auth(auth)
                .callTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.builder().sleeper(d -> {}).build()))
        .build();
  }

  /** Sends the request with the strategy and returns the diagnosis of its failure. */
  Diagnosis diagnose(AuthStrategy auth, WpRequest request) {
    try {
      client(auth).json(request);
    } catch (WordPressException e) {
      return attachedDiagnosis(e);
    }
    throw new AssertionError("the call succeeded: " + request);
  }

  Diagnosis diagnoseGet(AuthStrategy auth, String route) {
    return diagnose(auth, WpRequest.get(route).build());
  }

  /** The diagnosis the installed client attached to its own exception, which kept its type. */
  static Diagnosis attachedDiagnosis(WordPressException e) {
    for (Throwable suppressed : e.getSuppressed()) {
      if (suppressed instanceof AuthDiagnosisException) {
        return ((AuthDiagnosisException) suppressed).diagnosis();
      }
    }
    throw new AssertionError("no diagnosis attached to " + e);
  }
}
