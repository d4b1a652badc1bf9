package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** Renders a {@link Diagnosis} as text for people. */
public final class TextRenderer {
  private TextRenderer() {}

  /**
   * The one-line short form: code, confidence and summary.
   *
   * @param d the diagnosis
   * @return e.g. {@code [WPD-401-HEADER-STRIPPED, likely] GET ... answered 401 ...}
   */
  public static String shortForm(Diagnosis d) {
    requireNonNull(d, "d == null");
    return "["
        + d.code()
        + ", "
        + d.confidence().name().toLowerCase(Locale.ROOT)
        + "] "
        + d.summary();
  }

  /**
   * The full text block: summary, evidence, what does not fit, first check, not yet, alternatives
   * and the doc link.
   *
   * @param d the diagnosis
   * @return lines separated by {@code \n}, ending with one
   */
  public static String render(Diagnosis d) {
    requireNonNull(d, "d == null");
    StringBuilder out = new StringBuilder();
    // A headline that is not CONFIRMED must not read as a fact.
    out.append(headlinePrefix(d.confidence()))
        .append(d.cause().title())
        .append(" (")
        .append(d.code())
        .append(")\n")
        .append("Stage: ")
        .append(d.stage())
        .append("   Confidence: ")
        .append(d.confidence())
        .append("\n\n")
        .append(d.summary())
        .append("\n\nEvidence:\n");
    int width = 0;
    for (Evidence e : d.evidence()) {
      width = Math.max(width, label(e).length());
    }
    for (Evidence e : d.evidence()) {
      out.append("  ").append(pad(label(e), width)).append("  ").append(e.value()).append('\n');
    }
    if (!d.doesNotFit().isEmpty()) {
      out.append("\nWhat does not fit:\n");
      d.doesNotFit().forEach(item -> out.append("  - ").append(item).append('\n'));
    }
    out.append("\nCheck first:\n  ").append(d.firstCheck()).append('\n');
    if (!d.notYet().isEmpty()) {
      out.append("\nNot yet:\n");
      d.notYet().forEach(item -> out.append("  - ").append(item).append('\n'));
    }
    if (!d.alternatives().isEmpty()) {
      out.append("\nAlso possible:\n");
      int rank = 1;
      for (Alternative a : d.alternatives()) {
        out.append("  ")
            .append(rank++)
            .append(". ")
            .append(a.cause().title())
            .append(" (")
            .append(a.cause().code())
            .append("): ")
            .append(a.why())
            .append('\n');
      }
    }
    out.append("\nMore: ").append(d.docLink()).append('\n');
    return out.toString();
  }

  private static String headlinePrefix(Confidence confidence) {
    switch (confidence) {
      case LIKELY:
        return "Likely: ";
      case POSSIBLE:
        return "Possibly: ";
      default:
        return "";
    }
  }

  private static String label(Evidence e) {
    return (e.fromProbe() ? "[probe] " : "") + e.label();
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }
}
