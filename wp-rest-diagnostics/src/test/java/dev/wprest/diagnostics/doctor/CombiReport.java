package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.doctor.CombiSpace.Half;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the combinatorial run: one row per combination ({@code combi-report.tsv}) and a summary of
 * derived-vs-actual per half ({@code combi-summary.md}).
 */
final class CombiReport {
  private CombiReport() {}

  static String summary(List<CombiOutcome> outcomes, long wallMillis, String selection) {
    StringBuilder b = new StringBuilder();
    b.append("# Combinatorial run: derived vs actual\n\n")
        .append("Selection: ")
        .append(selection)
        .append(", ")
        .append(outcomes.size())
        .append(" combinations in ")
        .append(wallMillis / 1000)
        .append(" s.\n\n")
        .append("| half | combinations | cause agrees | false CONFIRMED | broken invariant |\n")
        .append("|---|---|---|---|---|\n");
    for (Half half : Half.values()) {
      List<CombiOutcome> h =
          outcomes.stream()
              .filter(o -> CombiSpace.half(o.combination) == half)
              .collect(Collectors.toList());
      long agree = h.stream().filter(CombiOutcome::agrees).count();
      b.append("| ")
          .append(half)
          .append(" | ")
          .append(h.size())
          .append(" | ")
          .append(agree)
          .append(h.isEmpty() ? "" : String.format(" (%d%%)", 100 * agree / h.size()))
          .append(" | ")
          .append(h.stream().filter(CombiOutcome::falseConfirmed).count())
          .append(" | ")
          .append(h.stream().filter(o -> o.broken.isPresent()).count())
          .append(" |\n");
    }
    return b.toString();
  }

  static String rows(List<CombiOutcome> outcomes) {
    StringBuilder b =
        new StringBuilder(
            "combination\thalf\texpected\taccepted\tconfirmable\tdoctor\tconfidence\tagrees"
                + "\tfalse_confirmed\tbroken\trequests\tms\tfirst_check\n");
    for (CombiOutcome o : outcomes) {
      String[] expected = o.expected.row().split("\t");
      b.append(o.combination.id())
          .append('\t')
          .append(CombiSpace.half(o.combination))
          .append('\t')
          .append(expected[0])
          .append('\t')
          .append(expected[1])
          .append('\t')
          .append(expected[2])
          .append('\t')
          .append(o.answer())
          .append('\t')
          .append(o.confidence().map(Enum::name).orElse("-"))
          .append('\t')
          .append(o.agrees() ? "yes" : "no")
          .append('\t')
          .append(o.falseConfirmed() ? "yes" : "no")
          .append('\t')
          .append(o.broken.orElse("-"))
          .append('\t')
          .append(o.report.requestsSent())
          .append('\t')
          .append(o.millis)
          .append('\t')
          .append(
              o.report.diagnosis().map(Diagnosis::firstCheck).orElse("-").replaceAll("\\s+", " "))
          .append('\n');
    }
    return b.toString();
  }

  static void write(Path dir, List<CombiOutcome> outcomes, long wallMillis, String selection)
      throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("combi-report.tsv"), rows(outcomes).getBytes(StandardCharsets.UTF_8));
    Files.write(
        dir.resolve("combi-summary.md"),
        summary(outcomes, wallMillis, selection).getBytes(StandardCharsets.UTF_8));
  }
}
