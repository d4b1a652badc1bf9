package dev.wprest.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One set of environment variable names everywhere a user reads them: the library's {@code
 * fromEnvironment()}, the README, the docs, the recipes, the example programs and the Spring Boot
 * example all say {@code WP_BASE_URL}, {@code WP_USER} and {@code WP_APP_PASSWORD}.
 */
class EnvironmentNamesTest {
  /** The library's names, and the doctor's secrets for other schemes. */
  private static final Set<String> KNOWN =
      Set.of("WP_BASE_URL", "WP_USER", "WP_APP_PASSWORD", "WP_LOGIN_PASSWORD", "WP_BEARER_TOKEN");

  /** A variable read or set: getenv("X"), env("X"), ${X:...}, X=... at a line's or word's start. */
  private static final Pattern USE =
      Pattern.compile(
          "getenv\\(\"(\\w+)\"\\)|env\\(\"(\\w+)\"\\)|\\$\\{((?:WP|WORDPRESS)_\\w+)[:}]"
              + "|(?<![\\w.-])((?:WP|WORDPRESS)_[A-Z_]+)=");

  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();

  @Test
  void everyDocumentAndExampleUsesTheLibrarysNames() throws IOException {
    TreeMap<String, String> unknown = new TreeMap<>();
    try (Stream<Path> files =
        Stream.of(
                "README.md",
                "docs",
                "examples/src/main",
                "wp-doctor/src/main",
                "examples/consumer",
                "examples/spring-boot/src/main")
            .map(ROOT::resolve)
            .flatMap(EnvironmentNamesTest::walk)) {
      for (Path file : files.collect(Collectors.toList())) {
        Matcher m = USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          String name =
              Stream.of(m.group(1), m.group(2), m.group(3), m.group(4))
                  .filter(g -> g != null)
                  .findFirst()
                  .orElseThrow();
          if (!KNOWN.contains(name) && (name.startsWith("WP_") || name.startsWith("WORDPRESS_"))) {
            unknown.put(ROOT.relativize(file) + ": " + name, m.group());
          }
        }
      }
    }
    assertThat(unknown).as("variables other than fromEnvironment()'s").isEmpty();
  }

  private static Stream<Path> walk(Path start) {
    try {
      return Files.walk(start)
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(md|java|properties|sh|yml)$"))
          .filter(p -> !p.toString().contains("/target/"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
