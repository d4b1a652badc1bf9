package dev.wprest.examples.doctor;

import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.TextRenderer;

/**
 * A diagnosis as the command line prints it: the library's text, with the pointer to the
 * troubleshooting guide made into a command, since someone holding only the jar has no {@code
 * docs/} folder.
 */
final class DiagnosisText {
  private DiagnosisText() {}

  static String render(Diagnosis d) {
    return TextRenderer.render(d).replace(d.docLink(), pointer(d.code()));
  }

  /** What to run to read a code's entry offline. */
  static String pointer(String code) {
    return "run `wp-doctor explain-code " + code + "`";
  }
}
