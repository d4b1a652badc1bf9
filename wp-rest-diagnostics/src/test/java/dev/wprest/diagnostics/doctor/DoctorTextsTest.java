package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The doctor's texts are checked like {@code causes.properties}: every key of {@code
 * doctor-texts.properties} is used by the doctor's code, and every key the code names is there.
 */
class DoctorTextsTest {
  private static final Path SOURCES =
      Path.of("src", "main", "java", "dev", "wprest", "diagnostics", "doctor");

  /** A string literal shaped like a text key: warning.x, label.x, or x.summary / .check / ... */
  private static final Pattern KEY_LITERAL =
      Pattern.compile(
          "\"((?:warning|label)\\.[A-Za-z.]+|[a-z][A-Za-z]*(?:\\.[A-Za-z]+)*"
              + "\\.(?:summary|check|alternative))\"");

  @Test
  void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
    Set<String> used = keysNamedInTheCode();
    Set<String> defined = DoctorTexts.all().stringPropertyNames();
    assertThat(used).as("keys the doctor names").isNotEmpty();
    assertThat(defined).as("keys " + DoctorTexts.RESOURCE + " lacks").containsAll(used);
    assertThat(used).as("keys of " + DoctorTexts.RESOURCE + " nothing uses").containsAll(defined);
  }

  @Test
  void fillsEveryPlaceholderOnceAndLeavesBracesInValuesAlone() {
    assertThat(DoctorTexts.text("challengeAtHome.check", "realm", "\"{uri} staging\""))
        .startsWith("Find what asks for credentials (realm \"{uri} staging\": ")
        .doesNotContain("{realm}");
  }

  @Test
  void aMissingValueOrKeyIsABugNotAHoleInTheReport() {
    assertThatThrownBy(() -> DoctorTexts.text("challengeAtHome.check"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("{realm}");
    assertThatThrownBy(() -> DoctorTexts.text("no.such.summary"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.summary");
  }

  private static Set<String> keysNamedInTheCode() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file :
          (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }
}
