package dev.wprest.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders the catalogue of producers as {@code docs/producers.md}. */
final class ProducersDoc {
  private static final String[] PLUGIN_COLUMNS = {
    "name", "slug", "installs", "installsSource", "read"
  };
  private static final String[] PRODUCER_COLUMNS = {
    "name", "layer", "commonness", "source", "evidence", "separates"
  };

  private ProducersDoc() {}

  static String render(JsonNode catalogue) {
    StringBuilder b = new StringBuilder();
    b.append("# Who produces what the doctor reads\n\n")
        .append(
            "<!-- Generated from wp-rest-diagnostics/src/main/resources/dev/wprest/diagnostics/")
        .append("producers.json by ProducersCatalogueTest (-Dproducers.regenerate=true). Edit the")
        .append(" JSON, not this file. -->\n\n")
        .append(catalogue.get("about").asText())
        .append("\n\n## Security and authentication plugins by active installs\n\n");
    table(
        b,
        "| plugin | slug | active installs | where the count is from | source read |\n",
        catalogue.get("plugins"),
        PLUGIN_COLUMNS);
    b.append("\n## Signatures\n");
    for (JsonNode sig : catalogue.get("signatures")) {
      b.append("\n### ")
          .append(sig.get("id").asText())
          .append("\n\n")
          .append(sig.get("observation").asText())
          .append("\n\n");
      table(
          b,
          "| producer | layer | how common | source | known from | what separates it |\n",
          sig.get("producers"),
          PRODUCER_COLUMNS);
    }
    return b.toString();
  }

  private static void table(StringBuilder b, String header, JsonNode rows, String[] columns) {
    b.append(header).append("|").append(" --- |".repeat(columns.length)).append('\n');
    for (JsonNode row : rows) {
      b.append('|');
      for (String column : columns) {
        b.append(' ').append(row.get(column).asText().replace("|", "\\|").replace("\n", " "));
        b.append(" |");
      }
      b.append('\n');
    }
  }
}
