package dev.wprest.diagnostics.har;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass reading of {@code name: "value"} in a page finds exactly what the regular expression
 * it replaced found (kept here as the reference), on random texts made of the characters that
 * matter, so that no secret place is lost for the speed.
 */
class ScriptTokensTest {
  /** The expression the reading replaced. */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?<![A-Za-z_\\-])[\"']?([A-Za-z_\\-]{1,40})[\"']?\\s*[:=]\\s*[\"']([^\"'\\s]{4,400})[\"']");

  private static List<String> reference(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      found.add(m.group(1) + "=" + m.group(2));
    }
    return found;
  }

  private static List<String> read(String text) {
    List<String> found = new ArrayList<>();
    ScriptTokens.forEach(text, (name, value) -> found.add(name + "=" + value));
    return found;
  }

  @Test
  void findsTheTokensOfAPagesScript() {
    String page =
        "<script>var wpApiSettings = {\"root\":\"https://x/wp-json/\",\"nonce\":\"a1b2c3d4e5\"};"
            + " x = 'abc'; token='tok_123456' ; csrf_token : \"zz99zz99\"</script>";

    assertThat(read(page))
        .containsExactly(
            "root=https://x/wp-json/",
            "nonce=a1b2c3d4e5",
            "token=tok_123456",
            "csrf_token=zz99zz99");
  }

  @Test
  void findsWhatTheRegularExpressionFoundOnRandomTexts() {
    String alphabet = "ab_-Z09 :=\"'\t\n.;{}x";
    for (long seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(120);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextInt(4) == 0) {
        text.append("a".repeat(random.nextInt(3) == 0 ? 41 : 3)).append("=\"").append("v");
        text.append("w".repeat(random.nextInt(3) == 0 ? 400 : 5)).append('"');
      }
      String t = text.toString();
      assertThat(read(t)).as("seed %d: %s", seed, t).isEqualTo(reference(t));
    }
  }
}
