package dev.wprest.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.testing.FakeWordPress;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The starter inside the example application, on whichever Spring Boot it is built with (CI builds
 * it on 3.5 and on 4.0): the {@code wordpress} health component and the client's metrics, over
 * HTTP, on recorded answers of the real harness.
 */
class HealthAndMetricsTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 6789";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aRefusedPasswordIsAWordpressComponentDownWithItsDiagnosis() throws Exception {
    try (FakeWordPress site =
            FakeWordPress.start()
                .replay("index.modphp")
                .replay("users-me.basic-bad-app-password.modphp");
        RunningApplication app = start(site)) {
      HttpResponse<String> response = app.get("/actuator/health");

      assertThat(response.statusCode()).isEqualTo(503);
      JsonNode wordpress = JSON.readTree(response.body()).path("components").path("wordpress");
      assertThat(wordpress.path("status").asText()).as(response.body()).isEqualTo("DOWN");
      assertThat(wordpress.path("details").path("code").asText()).startsWith("WPD-401-");
      assertThat(wordpress.path("details").path("confidence").asText()).isNotBlank();
      assertThat(response.body()).doesNotContain(SECRET);
    }
  }

  @Test
  void theClientsCallsAndDiagnosesAreMetricsTaggedByRouteTemplate() throws Exception {
    try (FakeWordPress site =
            FakeWordPress.start()
                .replay("index.modphp")
                .replay("posts.list.page1.admin.modphp")
                .replay("users-me.basic-bad-app-password.modphp");
        RunningApplication app = start(site)) {
      assertThat(app.get("/posts/latest?count=10").statusCode()).isEqualTo(200);
      app.get("/actuator/health");

      JsonNode calls = metric(app, "wordpress.client.calls");
      assertThat(tagValues(calls, "route")).contains("/wp/v2/posts", "/wp/v2/users/me");
      assertThat(tagValues(calls, "outcome")).contains("SUCCESS", "CLIENT_ERROR");
      assertThat(tagValues(calls, "status")).contains("200", "401");
      assertThat(tagValues(calls, "retries")).contains("0");
      JsonNode diagnoses = metric(app, "wordpress.client.diagnoses");
      assertThat(tagValues(diagnoses, "code")).anyMatch(code -> code.startsWith("WPD-401-"));
      assertThat(tagValues(diagnoses, "confidence")).isNotEmpty();
      String all = calls.toString() + diagnoses;
      assertThat(all).doesNotContain(SECRET).doesNotContain("per_page").doesNotContain("localhost");
    }
  }

  private static JsonNode metric(RunningApplication app, String name) throws Exception {
    HttpResponse<String> response = app.get("/actuator/metrics/" + name);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static java.util.List<String> tagValues(JsonNode metric, String tag) {
    java.util.List<String> values = new java.util.ArrayList<>();
    for (JsonNode t : metric.path("availableTags")) {
      if (t.path("tag").asText().equals(tag)) {
        t.path("values").forEach(v -> values.add(v.asText()));
      }
    }
    return values;
  }

  private static RunningApplication start(FakeWordPress site) {
    return RunningApplication.start(
        "wordpress.url=" + site.baseUrl(),
        "wordpress.auth.user=admin",
        "WP_APP_PASSWORD=" + SECRET,
        "wordpress.retries.max-attempts=1",
        "wordpress.health.doctor-deadline=5s",
        "management.endpoint.health.show-details=always",
        "management.endpoints.web.exposure.include=health,metrics");
  }
}
