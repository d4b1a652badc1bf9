package dev.wprest.wpdoctor;

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
    return pointToCommand(TextRenderer.render(d), d);
  }

  /** {@code text} (a rendering of {@code d}) with the guide's path replaced by the command. */
  static String pointToCommand(String text, Diagnosis d) {
    return text.replace(d.docLink(), pointer(d.code()));
  }

  /** What to run to read a code's entry offline. */
  static String pointer(String code) {
    return "run `wp-doctor explain-code " + code + "`";
  }
}
