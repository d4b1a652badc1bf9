package dev.wprest.diagnostics.doctor;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wprest.diagnostics.JsonRenderer;
import dev.wprest.diagnostics.TextRenderer;
import java.util.Locale;

/**
 * Renders a {@link DoctorReport} for people and for tools.
 *
 * <p>The JSON object (one per report) has: {@code cause} ({@code "OK"} or a {@code LikelyCause}
 * name) and, for a diagnosis, every field of {@link JsonRenderer} ({@code code}, {@code stage},
 * {@code confidence}, {@code summary}, {@code evidence}, {@code firstCheck}, {@code notYet}, {@code
 * alternatives}, {@code docLink}; for OK these are {@code null} or empty); {@code identity} when
 * WordPress accepted one; {@code siteReachable}; {@code requestsSent}; {@code warnings}, an array
 * of {@code {"kind": DoctorWarning.Kind, "message": ...}} (present, possibly empty, also beside
 * OK); and {@code probes}, an array of {@code {"name", "request", "status" (null without an
 * answer), "finding"}}. Fields are added, never renamed or removed.
 */
public final class DoctorReportRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DoctorReportRenderer() {}

  /**
   * The report as a JSON tree.
   *
   * @param report the report
   * @return a new object node
   */
  public static ObjectNode toTree(DoctorReport report) {
    requireNonNull(report, "report == null");
    ObjectNode root = MAPPER.createObjectNode();
    if (report.diagnosis().isEmpty()) {
      root.put("cause", "OK");
      for (String field :
          new String[] {"code", "stage", "confidence", "summary", "firstCheck", "docLink"}) {
        root.putNull(field);
      }
      root.putArray("evidence");
      root.putArray("notYet");
      root.putArray("alternatives");
      root.putArray("doesNotFit");
    } else {
      root.setAll(JsonRenderer.toTree(report.diagnosis().get()));
    }
    report.identity().ifPresent(id -> root.put("identity", id));
    root.put("siteReachable", report.siteReachable());
    root.put("requestsSent", report.requestsSent());
    ArrayNode warnings = root.putArray("warnings");
    for (DoctorWarning w : report.warnings()) {
      warnings.addObject().put("kind", w.kind().name()).put("message", w.message());
    }
    ArrayNode probes = root.putArray("probes");
    for (ProbeResult probe : report.probes()) {
      ObjectNode p = probes.addObject().put("name", probe.name()).put("request", probe.request());
      if (probe.status().isPresent()) {
        p.put("status", probe.status().getAsInt());
      } else {
        p.putNull("status");
      }
      p.put("finding", probe.finding());
    }
    return root;
  }

  /**
   * The report as one line of JSON.
   *
   * @param report the report
   * @return the JSON document
   */
  public static String json(DoctorReport report) {
    return toTree(report).toString();
  }

  /**
   * The report as text: OK (with the identity) or the diagnosis, then the warnings, then the
   * probes.
   *
   * @param report the report
   * @return lines separated by {@code \n}, ending with one
   */
  public static String text(DoctorReport report) {
    requireNonNull(report, "report == null");
    StringBuilder out = new StringBuilder();
    if (report.ok()) {
      out.append("OK: ")
          .append(
              report
                  .identity()
                  .map(id -> "identity accepted (" + id + ")")
                  .orElse("the call works"))
          .append(report.warnings().isEmpty() ? "." : ", with warnings.")
          .append('\n');
    } else {
      report.diagnosis().map(TextRenderer::render).ifPresent(out::append);
    }
    if (!report.warnings().isEmpty()) {
      out.append("\nWarnings:\n");
      for (DoctorWarning w : report.warnings()) {
        out.append("  - ").append(w.kind()).append(": ").append(w.message()).append('\n');
      }
    }
    int sent = report.requestsSent();
    out.append("\nProbes (")
        .append(sent)
        .append(sent == 1 ? " request" : " requests")
        .append("):\n");
    for (ProbeResult probe : report.probes()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-22s %-4s %s%n      %s%n",
              probe.name(),
              probe.status().isPresent() ? String.valueOf(probe.status().getAsInt()) : "-",
              probe.request(),
              probe.finding()));
    }
    return out.toString();
  }
}
