package dev.wprest.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.it.RealWordPress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The example application against the real harness (wordpress-it/): {@code /actuator/health} read
 * over HTTP, as a load balancer or an operator would.
 */
class ExampleApplicationIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void healthIsUpWithTheAcceptedUserForAValidApplicationPassword() throws Exception {
    try (RunningApplication app = start("modphp")) {
      HttpResponse<String> response = app.get("/actuator/health");

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode wordpress = JSON.readTree(response.body()).path("components").path("wordpress");
      assertThat(wordpress.path("status").asText()).isEqualTo("UP");
      assertThat(wordpress.path("details").path("userId").asLong()).isPositive();
      assertThat(wordpress.path("details").path("name").asText()).isNotBlank();
      assertThat(wordpress.path("details").path("site").asText()).isEqualTo(WP.url("modphp"));
      assertNoSecret(response.body());
    }
  }

  @Test
  void healthIsDownWithTheCauseWhenTheServerStripsTheAuthorizationHeader() throws Exception {
    try (RunningApplication app = start("stripped")) {
      HttpResponse<String> response = app.get("/actuator/health");

      // Spring Boot answers 503 for DOWN, so a load balancer takes the instance out.
      assertThat(response.statusCode()).isEqualTo(503);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.path("status").asText()).isEqualTo("DOWN");
      JsonNode wordpress = body.path("components").path("wordpress");
      assertThat(wordpress.path("status").asText()).isEqualTo("DOWN");
      JsonNode details = wordpress.path("details");
      assertThat(details.path("cause").asText()).isEqualTo("AUTHORIZATION_HEADER_STRIPPED");
      assertThat(details.path("code").asText()).isEqualTo("WPD-401-HEADER-STRIPPED");
      assertThat(details.path("firstCheck").asText()).isNotBlank();
      assertNoSecret(response.body());
    }
  }

  @Test
  void healthIsDownWithTheDoctorsDiagnosisForARefusedPasswordAndTheCallsAreMetrics()
      throws Exception {
    String wrong = "abcd EFGH 1234 ijkl MNOP 6789";
    try (RunningApplication app = start("modphp", wrong)) {
      HttpResponse<String> response = app.get("/actuator/health");

      assertThat(response.statusCode()).isEqualTo(503);
      JsonNode wordpress = JSON.readTree(response.body()).path("components").path("wordpress");
      assertThat(wordpress.path("status").asText()).isEqualTo("DOWN");
      JsonNode details = wordpress.path("details");
      assertThat(details.path("code").asText()).startsWith("WPD-401-");
      assertThat(details.path("confidence").asText()).isIn("LIKELY", "CONFIRMED");
      assertThat(response.body()).doesNotContain(wrong).doesNotContain(wrong.replace(" ", ""));

      HttpResponse<String> metrics = app.get("/actuator/metrics/wordpress.client.calls");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("/wp/v2/users/me").contains("CLIENT_ERROR");
      HttpResponse<String> diagnoses = app.get("/actuator/metrics/wordpress.client.diagnoses");
      assertThat(diagnoses.statusCode()).isEqualTo(200);
      assertThat(diagnoses.body()).contains("WPD-401-");
      assertThat(metrics.body() + diagnoses.body()).doesNotContain(wrong);
    }
  }

  @Test
  void thePostTitlesComeFromTheRealSite() throws Exception {
    try (RunningApplication app = start("modphp")) {
      HttpResponse<String> response = app.get("/posts/latest?count=3");

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode titles = JSON.readTree(response.body());
      assertThat(titles).hasSize(3);
      titles.forEach(title -> assertThat(title.asText()).isNotBlank());
      assertNoSecret(response.body());
    }
  }

  private static RunningApplication start(String site) {
    return start(site, WP.appPassword("admin"));
  }

  private static RunningApplication start(String site, String appPassword) {
    return RunningApplication.start(
        "wordpress.url=" + WP.url(site),
        "wordpress.auth.user=" + WP.login("admin"),
        "WP_APP_PASSWORD=" + appPassword,
        "wordpress.retries.max-attempts=1",
        "management.endpoint.health.show-details=always",
        "management.endpoints.web.exposure.include=health,metrics");
  }

  private static void assertNoSecret(String body) {
    String secret = WP.appPassword("admin");
    String basic =
        Base64.getEncoder()
            .encodeToString((WP.login("admin") + ":" + secret).getBytes(StandardCharsets.UTF_8));
    assertThat(body)
        .doesNotContain(secret)
        .doesNotContain(secret.replace(" ", ""))
        .doesNotContain(basic);
  }
}
