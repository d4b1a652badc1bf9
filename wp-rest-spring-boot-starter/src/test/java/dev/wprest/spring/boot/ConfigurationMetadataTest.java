package dev.wprest.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationMetadataTest {
  @Test
  void theIdeFindsEveryWordpressPropertyWithItsDescriptionAndDefault() throws Exception {
    Map<String, JsonNode> properties = new HashMap<>();
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("metadata written by the configuration processor").isNotNull();
      new ObjectMapper()
          .readTree(in)
          .path("properties")
          .forEach(p -> properties.put(p.path("name").asText(), p));
    }

    assertThat(properties)
        .containsKeys(
            "wordpress.url",
            "wordpress.auth.kind",
            "wordpress.auth.user",
            "wordpress.auth.secret",
            "wordpress.auth.secret-env",
            "wordpress.connect-timeout",
            "wordpress.call-timeout",
            "wordpress.retries.max-attempts",
            "wordpress.trust-certificate",
            "wordpress.allow-insecure-http",
            "wordpress.diagnostics.enabled",
            "wordpress.verify-on-startup",
            "wordpress.health.cache-time");
    assertThat(properties.get("wordpress.auth.kind").path("defaultValue").asText())
        .isEqualTo("application-password");
    assertThat(properties.get("wordpress.health.cache-time").path("defaultValue").asText())
        .isEqualTo("30s");
    properties.forEach(
        (name, p) -> assertThat(p.path("description").asText()).as(name).isNotBlank());
  }
}
