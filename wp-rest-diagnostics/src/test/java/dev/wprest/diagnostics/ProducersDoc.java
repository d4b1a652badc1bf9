package dev.wprest.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders the catalogue of producers as {@code docs/producers.md}. */
final class ProducersDoc {
  private ProducersDoc() {}

  static String render(JsonNode catalogue) {
    StringBuilder b = new StringBuilder();
    b.append("# Who produces what the doctor reads\n\n")
        .append(
            "<!-- Generated from wp-rest-diagnostics/src/main/resources/dev/wprest/diagnostics/")
        .append("producers.json by ProducersCatalogueTest (-Dproducers.regenerate=true). Edit the")
        .append(" JSON, not this file. -->\n\n")
        .append(catalogue.get("about").asText())
        .append("\n\n## Security and authentication plugins by active installs\n\n")
        .append("| plugin | slug | active installs | where the count is from | source read |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (JsonNode p : catalogue.get("plugins")) {
      b.append("| ")
          .append(cell(p, "name"))
          .append(" | `")
          .append(cell(p, "slug"))
          .append("` | ")
          .append(cell(p, "installs"))
          .append(" | ")
          .append(cell(p, "installsSource"))
          .append(" | ")
          .append(cell(p, "read"))
          .append(" |\n");
    }
    b.append("\n## Signatures\n");
    for (JsonNode sig : catalogue.get("signatures")) {
      b.append("\n### ")
          .append(sig.get("id").asText())
          .append("\n\n")
          .append(sig.get("observation").asText())
          .append(
              "\n\n| producer | layer | how common | source | known from | what separates it |\n")
          .append("| --- | --- | --- | --- | --- | --- |\n");
      for (JsonNode p : sig.get("producers")) {
        b.append("| ")
            .append(cell(p, "name"))
            .append(" | ")
            .append(cell(p, "layer"))
            .append(" | ")
            .append(cell(p, "commonness"))
            .append(" | ")
            .append(cell(p, "source"))
            .append(" | ")
            .append(cell(p, "evidence"))
            .append(" | ")
            .append(cell(p, "separates"))
            .append(" |\n");
      }
    }
    return b.toString();
  }

  private static String cell(JsonNode node, String field) {
    return node.get(field).asText().replace("|", "\\|").replace("\n", " ");
  }
}
