package dev.wprest.wpdoctor;

import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import dev.wprest.diagnostics.doctor.DoctorReport;
import dev.wprest.diagnostics.doctor.DoctorWarning;
import dev.wprest.diagnostics.doctor.ProbeResult;
import java.util.Locale;

/**
 * The doctor's report as Markdown to paste into a forum post or a GitHub issue: the cause, the
 * first check, the evidence as a table, the warnings and the probes. It shows only what the report
 * holds, which the doctor has already redacted.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(DoctorReport report) {
    StringBuilder md = new StringBuilder();
    if (report.diagnosis().isEmpty()) {
      md.append("### wp-doctor: OK\n\n")
          .append(
              report
                  .identity()
                  .map(id -> "Identity accepted (" + inline(id) + ").")
                  .orElse("The call works."))
          .append('\n');
    } else {
      diagnosis(md, report.diagnosis().get());
    }
    if (!report.warnings().isEmpty()) {
      md.append("\n**Warnings**\n\n");
      for (DoctorWarning w : report.warnings()) {
        md.append("- ").append(w.kind()).append(": ").append(inline(w.message())).append('\n');
      }
    }
    int sent = report.requestsSent();
    md.append("\n**Probes** (")
        .append(sent)
        .append(sent == 1 ? " request" : " requests")
        .append(")\n\n| Probe | Status | Request | Finding |\n|---|---|---|---|\n");
    for (ProbeResult p : report.probes()) {
      md.append("| ")
          .append(cell(p.name()))
          .append(" | ")
          .append(p.status().isPresent() ? String.valueOf(p.status().getAsInt()) : "-")
          .append(" | `")
          .append(cell(p.request()).replace("`", "'"))
          .append("` | ")
          .append(cell(p.finding()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static void diagnosis(StringBuilder md, Diagnosis d) {
    md.append("### wp-doctor: ")
        .append(d.code())
        .append(" (")
        .append(d.confidence().name().toLowerCase(Locale.ROOT))
        .append(")\n\n**Cause:** `")
        .append(d.cause().name())
        .append("`, stage ")
        .append(d.stage().name().toLowerCase(Locale.ROOT))
        .append(".\n\n")
        .append(inline(d.summary()))
        .append("\n\n**Check first:** ")
        .append(inline(d.firstCheck()))
        .append("\n\n| Evidence | Observed |\n|---|---|\n");
    for (Evidence e : d.evidence()) {
      md.append("| ").append(cell(e.label())).append(" | ").append(cell(e.value())).append(" |\n");
    }
    if (!d.notYet().isEmpty()) {
      md.append("\n**Not yet**\n\n");
      d.notYet().forEach(n -> md.append("- ").append(inline(n)).append('\n'));
    }
    md.append("\nGuide entry: run `wp-doctor explain-code ").append(d.code()).append("`.\n");
  }

  private static String inline(String text) {
    return text.replace("\r", " ").replace("\n", " ").replace("<", "&lt;");
  }

  private static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }
}
