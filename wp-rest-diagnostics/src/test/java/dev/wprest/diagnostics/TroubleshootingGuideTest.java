package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The troubleshooting guide has one anchor per cause with the texts the diagnoses use. Regenerate
 * it after changing causes.properties with {@code -DupdateGuide=true}.
 */
class TroubleshootingGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "troubleshooting.md");

  @Test
  void guideMatchesTheCauseTexts() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("updateGuide")) {
      Files.createDirectories(GUIDE.getParent());
      Files.writeString(GUIDE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(GUIDE, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void everyCauseHasItsAnchor() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    for (LikelyCause cause : LikelyCause.values()) {
      assertThat(guide).contains("<a id=\"" + cause.anchor() + "\"></a>");
      assertThat(cause.docLink())
          .isEqualTo(
              "https://github.com/wp-rest/wp-rest/blob/main/docs/troubleshooting.md#"
                  + cause.anchor());
    }
  }

  static String render() {
    StringBuilder b = new StringBuilder();
    b.append("# Troubleshooting failed WordPress REST calls\n\n")
        .append("Every `Diagnosis` from wp-rest-diagnostics names a cause with a stable code and")
        .append(" links to its section here. A 401 means WordPress accepted no identity; a 403")
        .append(
            " means an identity was accepted but not allowed (except `rest_cookie_invalid_nonce`,")
        .append(" an identity failure). Many causes end in the same `401 rest_not_logged_in`, so")
        .append(" the evidence, not the code alone, selects the cause. Passive diagnosis of one")
        .append(" failed call says LIKELY or POSSIBLE; only the doctor's probes say CONFIRMED.\n\n")
        .append("Rules that hold for every cause: never make a route public to remove a 401; never")
        .append(" paste live passwords or tokens into public tools; never debug a route's")
        .append(" `permission_callback` before an identity is accepted.\n\n")
        .append("| Code | Cause | Stage |\n| --- | --- | --- |\n");
    for (LikelyCause c : LikelyCause.values()) {
      b.append("| [")
          .append(c.code())
          .append("](#")
          .append(c.anchor())
          .append(") | `")
          .append(c.name())
          .append("` | ")
          .append(c.stage().name().toLowerCase(Locale.ROOT))
          .append(" |\n");
    }
    for (LikelyCause c : LikelyCause.values()) {
      b.append("\n<a id=\"")
          .append(c.anchor())
          .append("\"></a>\n## ")
          .append(c.code())
          .append(": ")
          .append(c.title())
          .append("\n\nCause `")
          .append(c.name())
          .append("`, stage ")
          .append(c.stage().name().toLowerCase(Locale.ROOT))
          .append(".\n\n**Selected by:** ")
          .append(c.selectedBy())
          .append("\n\n**Check first:** ")
          .append(c.firstCheck())
          .append('\n');
      if (!c.notYet().isEmpty()) {
        b.append("\n**Not yet:**\n\n");
        c.notYet().forEach(item -> b.append("- ").append(item).append('\n'));
      }
    }
    appendHarSection(b);
    return b.toString();
  }

  /** The closing section, from {@code guide-har.properties} beside this test. */
  private static void appendHarSection(StringBuilder b) {
    Properties har = new Properties();
    try (InputStream in =
        TroubleshootingGuideTest.class.getResourceAsStream("guide-har.properties")) {
      har.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    b.append("\n<a id=\"recording-a-har\"></a>\n## ").append(har.getProperty("title")).append('\n');
    String previous = "";
    for (int i = 1; har.getProperty(String.valueOf(i)) != null; i++) {
      String paragraph = har.getProperty(String.valueOf(i));
      boolean listItem = paragraph.startsWith("- ");
      // list items follow each other without a blank line between them
      b.append(listItem && previous.startsWith("- ") ? "" : "\n").append(paragraph).append('\n');
      previous = paragraph;
    }
  }
}
