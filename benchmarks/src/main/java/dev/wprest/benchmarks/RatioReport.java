package dev.wprest.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints JMH JSON results as a Markdown table: time and allocation per operation, each with JMH's
 * error (99.9% confidence half-width), and for each wp-rest variant its ratio to the baseline
 * measured in the same run.
 */
public final class RatioReport {
  /** Each measured variant and the baseline it is compared with. */
  private static final Map<String, String> BASELINES = new LinkedHashMap<>();

  static {
    BASELINES.put("postsGet", "rawGetPost");
    BASELINES.put("postsList", "rawListPosts");
    BASELINES.put("autoPagerAllPosts", "rawAllPages");
    BASELINES.put("successWithDiagnostics", "successWithoutDiagnostics");
    BASELINES.put("createsOneByOne", "rawCreatesOneByOne");
    BASELINES.put("batchCreates", "createsOneByOne");
    BASELINES.put("autoPagerSequential", "rawAllPagesSequential");
    BASELINES.put("autoPagerParallel4", "autoPagerSequential");
    BASELINES.put("listPlain", "rawListPlain");
    BASELINES.put("listGzip", "rawListGzip");
    BASELINES.put("asyncGets", "rawAsyncGets");
    BASELINES.put("postsCreate", "rawCreatePost");
    BASELINES.put("walkHttp2", "walkHttp11");
  }

  private RatioReport() {}

  /** JMH's error of a metric; 0 when it has none (a single iteration gives NaN). */
  private static double error(JsonNode metric) {
    double error = metric.path("scoreError").asDouble(0);
    return Double.isNaN(error) ? 0 : error;
  }

  /**
   * Prints the table for one or more JMH result files.
   *
   * @param args JMH {@code -rf json} result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.println(
        "| benchmark | threads | time/op ± error | alloc/op ± error | time vs baseline"
            + " | alloc vs baseline |");
    System.out.println("|---|---|---|---|---|---|");
    for (String file : args) {
      Map<String, double[]> rows = new LinkedHashMap<>();
      int threads = 1;
      for (JsonNode result : new ObjectMapper().readTree(Files.readAllBytes(Paths.get(file)))) {
        String name = result.path("benchmark").asText();
        name = name.substring(name.lastIndexOf('.') + 1);
        threads = result.path("threads").asInt(1);
        JsonNode primary = result.path("primaryMetric");
        JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
        String unit = primary.path("scoreUnit").asText();
        rows.put(
            name,
            new double[] {
              primary.path("score").asDouble(),
              norm.path("score").asDouble(-1),
              unit.startsWith("ms") ? 1000 : 1,
              error(primary),
              error(norm)
            });
      }
      for (Map.Entry<String, double[]> row : rows.entrySet()) {
        double[] v = row.getValue();
        double micros = v[0] * v[2];
        String base = BASELINES.get(row.getKey());
        double[] b = base == null ? null : rows.get(base);
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %.1f ± %.1f us | %s | %s | %s |%n",
            row.getKey(),
            threads,
            micros,
            v[3] * v[2],
            v[1] < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f ± %.0f B", v[1], v[4]),
            b == null ? "" : String.format(Locale.ROOT, "%.2fx %s", micros / (b[0] * b[2]), base),
            b == null || v[1] < 0 ? "" : String.format(Locale.ROOT, "%+.0f B", v[1] - b[1]));
      }
    }
  }
}
