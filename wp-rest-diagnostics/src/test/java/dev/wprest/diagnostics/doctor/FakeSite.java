package dev.wprest.diagnostics.doctor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stand-in WordPress on WireMock that answers with recorded real WordPress responses ({@code
 * fixtures/wordpress/}) or the diagnostics tests' hand-made pages ({@code responses/}), their
 * origins moved to the stub's; and the request journal to check what the doctor sent.
 */
final class FakeSite {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SKIPPED = Set.of("content-length", "transfer-encoding");

  private final WireMockRuntimeInfo wm;
  private String server;

  FakeSite(WireMockRuntimeInfo wm) {
    this.wm = wm;
  }

  URI url() {
    return URI.create(wm.getHttpBaseUrl() + "/");
  }

  /** Answers every later stub with this {@code Server} header instead of the recorded one. */
  FakeSite server(String value) {
    this.server = value;
    return this;
  }

  /** The home page: WordPress's headers (Link to /wp-json/) with an HTML body. */
  FakeSite home() {
    return recordedAt("home.get.modphp", "GET", "/");
  }

  /** A recording, served at its recorded method and path. */
  FakeSite recorded(String name) {
    JsonNode f = load("fixtures/wordpress/" + name + ".json");
    return stub(request(f.path("request").path("method").asText(), urlPathEqualTo(path(f))), f, 0);
  }

  /** A recording, served at another method and path. */
  FakeSite recordedAt(String name, String method, String path) {
    return stub(
        request(method, urlPathEqualTo(path)), load("fixtures/wordpress/" + name + ".json"), 0);
  }

  /** A recording, served at a method and path only when the request has this query parameter. */
  FakeSite recordedWithQuery(String name, String method, String path, String parameter) {
    return stub(
        request(method, urlPathEqualTo(path))
            .withQueryParam(
                parameter, com.github.tomakehurst.wiremock.client.WireMock.matching(".+")),
        load("fixtures/wordpress/" + name + ".json"),
        1);
  }

  /** A recording, served under a path prefix for any method. */
  FakeSite recordedUnder(String name, String pathPrefix) {
    return stub(
        request("ANY", urlPathMatching(pathPrefix + ".*")),
        load("fixtures/wordpress/" + name + ".json"),
        0);
  }

  /** A hand-made answer, served at its recorded method and path. */
  FakeSite handMade(String name) {
    JsonNode f = load("responses/" + name + ".json");
    return stub(request(f.path("request").path("method").asText(), urlPathEqualTo(path(f))), f, 0);
  }

  /** A hand-made answer, served at another method and path. */
  FakeSite handMadeAt(String name, String method, String path) {
    return stub(request(method, urlPathEqualTo(path)), load("responses/" + name + ".json"), 0);
  }

  /** A hand-made page, served under a path prefix for any method. */
  FakeSite handMadeUnder(String name, String pathPrefix) {
    return stub(
        request("ANY", urlPathMatching(pathPrefix + ".*")), load("responses/" + name + ".json"), 0);
  }

  /** A recording served only to requests carrying a header (takes precedence). */
  FakeSite recordedWhenHeader(String name, String header) {
    JsonNode f = load("fixtures/wordpress/" + name + ".json");
    return stub(
        request(f.path("request").path("method").asText(), urlPathEqualTo(path(f)))
            .withHeader(header, matching(".+")),
        f,
        1);
  }

  /** A recording served at {@code path?rest_route=<route>}. */
  FakeSite restRoute(String name, String method, String path, String route) {
    return stub(
        request(method, urlPathEqualTo(path)).withQueryParam("rest_route", equalTo(route)),
        load("fixtures/wordpress/" + name + ".json"),
        0);
  }

  /** A hand-written answer. */
  FakeSite answer(String method, String path, int status, String contentType, String body) {
    ResponseDefinitionBuilder r =
        aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body);
    if (server != null) {
      r.withHeader("Server", server);
    }
    wm.getWireMock().register(request(method, urlPathEqualTo(path)).willReturn(r));
    return this;
  }

  /** A redirect. */
  FakeSite redirect(String path, int status, String location) {
    wm.getWireMock()
        .register(
            request("GET", urlPathEqualTo(path))
                .willReturn(aResponse().withStatus(status).withHeader("Location", location)));
    return this;
  }

  List<LoggedRequest> journal() {
    return wm.getWireMock().find(anyRequestedFor(anyUrl()));
  }

  /**
   * Only reads, plus the read-only POSTs (XML-RPC, token/validate, a cookie login) and the write
   * probe that WordPress refuses unwritten; never above the budget; never the same request twice;
   * and the report keeps the doctor's invariants.
   */
  void assertReadOnlyWithinBudget(DoctorReport report) {
    List<LoggedRequest> sent = journal();
    assertThat(sent).hasSizeLessThanOrEqualTo(AuthDoctor.MAX_REQUESTS);
    assertThat(report.requestsSent()).isEqualTo(sent.size());
    for (LoggedRequest r : sent) {
      String method = r.getMethod().getName().toUpperCase(Locale.ROOT);
      if ((r.getUrl() + r.getBodyAsString()).contains(WriteProbe.INVALID)) {
        // The write probe: a write WordPress refuses before anything is written.
        assertThat(r.getUrl()).contains("/wp/v2/");
      } else if (method.equals("POST")) {
        assertThat(r.getUrl())
            .matches(".*(/xmlrpc\\.php|/jwt-auth/v1/token/validate|/wp-login\\.php).*");
      } else {
        assertThat(method).isIn("GET", "HEAD", "OPTIONS");
      }
    }
    assertThat(sent.stream().filter(r -> r.getUrl().contains("xmlrpc.php")).count())
        .isLessThanOrEqualTo(1);
    assertNoRequestSentTwice();
    ReportInvariants.assertHold(report, sent.stream().anyMatch(FakeSite::carriesCredentials));
  }

  /** No two requests alike in method, URL, body and credential headers. */
  void assertNoRequestSentTwice() {
    Set<String> seen = new java.util.HashSet<>();
    for (LoggedRequest r : journal()) {
      String key =
          r.getMethod().getName()
              + " "
              + r.getUrl()
              + " "
              + r.getBodyAsString().hashCode()
              + " "
              + header(r, "Authorization")
              + header(r, "Cookie")
              + header(r, "X-WP-Nonce");
      assertThat(seen.add(key)).as("sent twice: " + r.getMethod() + " " + r.getUrl()).isTrue();
    }
  }

  private static String header(LoggedRequest r, String name) {
    return r.containsHeader(name) ? name + "=" + r.getHeader(name).hashCode() + ";" : "";
  }

  static boolean carriesCredentials(LoggedRequest r) {
    return r.containsHeader("Authorization")
        || r.containsHeader("X-WP-Nonce")
        || (r.containsHeader("Cookie") && r.getHeader("Cookie").contains("wordpress_logged_in_"));
  }

  private FakeSite stub(MappingBuilder mapping, JsonNode f, int priority) {
    JsonNode response = f.path("response");
    ResponseDefinitionBuilder r = aResponse().withStatus(response.path("status").asInt());
    response
        .path("headers")
        .properties()
        .forEach(
            e -> {
              String name = e.getKey();
              if (SKIPPED.contains(name.toLowerCase(Locale.ROOT))
                  || (server != null && name.equalsIgnoreCase("Server"))) {
                return;
              }
              if (e.getValue().isArray()) {
                e.getValue().forEach(v -> r.withHeader(name, moved(v.asText())));
              } else {
                r.withHeader(name, moved(e.getValue().asText()));
              }
            });
    if (server != null) {
      r.withHeader("Server", server);
    }
    r.withBody(moved(response.path("body").asText("")).getBytes(StandardCharsets.UTF_8));
    if (priority > 0) {
      mapping.atPriority(priority);
    }
    wm.getWireMock().register(mapping.willReturn(r));
    return this;
  }

  private static String path(JsonNode f) {
    return f.path("request").path("path").asText();
  }

  /** Recordings name their site's origin (http://127.0.0.1:808N); the stub answers elsewhere. */
  private String moved(String text) {
    return text.replaceAll(
        "http:(\\\\?/\\\\?/)127\\.0\\.0\\.1:80\\d\\d", "http:$1localhost:" + wm.getHttpPort());
  }

  private static JsonNode load(String resource) {
    try (InputStream in = FakeSite.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
