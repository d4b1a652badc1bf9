package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of producers ({@code producers.json}) is complete in form, ordered most common
 * first, and {@code docs/producers.md} is exactly what it renders to.
 */
class ProducersCatalogueTest {
  private static final Path DOC = Paths.get("..", "docs", "producers.md");
  private static final List<String> LAYERS =
      List.of("core", "plugin", "server", "proxy", "cdn", "host", "client");
  private static final List<String> COMMONNESS =
      List.of("very common", "common", "occasional", "rare");
  private static final List<String> EVIDENCE = List.of("source", "harness", "docs", "report");

  static JsonNode catalogue() throws IOException {
    try (InputStream in =
        ProducersCatalogueTest.class.getResourceAsStream(
            "/dev/wprest/diagnostics/producers.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void docsProducersIsGeneratedFromTheCatalogue() throws IOException {
    String rendered = ProducersDoc.render(catalogue());
    if (Boolean.getBoolean("producers.regenerate")) {
      Files.write(DOC, rendered.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(new String(Files.readAllBytes(DOC), StandardCharsets.UTF_8))
        .as(
            "docs/producers.md is out of date with producers.json; regenerate with: mvn -pl"
                + " wp-rest-diagnostics -am test -Dtest=ProducersCatalogueTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dproducers.regenerate=true")
        .isEqualTo(rendered);
  }

  @Test
  void everyProducerNamesItsSourceHowItIsKnownAndWhatSeparatesIt() throws IOException {
    for (JsonNode sig : catalogue().get("signatures")) {
      String id = sig.get("id").asText();
      assertThat(sig.get("observation").asText()).as(id).isNotBlank();
      assertThat(sig.get("producers").size()).as("producers of %s", id).isGreaterThanOrEqualTo(2);
      int lastRank = 0;
      for (JsonNode p : sig.get("producers")) {
        String name = id + ": " + p.get("name").asText();
        assertThat(LAYERS).as(name).contains(p.get("layer").asText());
        assertThat(p.get("source").asText()).as(name).isNotBlank();
        assertThat(p.get("separates").asText()).as(name).isNotBlank();
        for (String e : p.get("evidence").asText().split(",\\s*")) {
          assertThat(EVIDENCE).as(name).contains(e);
        }
        int rank = COMMONNESS.indexOf(p.get("commonness").asText());
        assertThat(rank).as("commonness of %s", name).isNotNegative();
        assertThat(rank)
            .as("%s listed after a rarer producer", name)
            .isGreaterThanOrEqualTo(lastRank);
        lastRank = rank;
      }
    }
  }

  @Test
  void thePluginListSaysWhereEachInstallCountComesFromAndWhatWasRead() throws IOException {
    JsonNode plugins = catalogue().get("plugins");
    assertThat(plugins.size()).isGreaterThanOrEqualTo(10);
    for (JsonNode p : plugins) {
      assertThat(p.get("installsSource").asText()).as(p.get("name").asText()).isNotBlank();
      assertThat(p.get("read").asText()).as(p.get("name").asText()).isNotBlank();
    }
  }
}
