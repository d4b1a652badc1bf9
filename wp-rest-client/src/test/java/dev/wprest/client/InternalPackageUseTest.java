package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sibling of {@link ApiPackageTest} across modules: {@code dev.wprest.client.internal} is
 * exported to the diagnostics only, so no other module's main code may import it (tests may). Reads
 * the sources of every module in the checkout, so that a module added later is checked too.
 */
class InternalPackageUseTest {
  /** An import of, or a qualified reference to, a type of the package. */
  private static final Pattern INTERNAL_TYPE =
      Pattern.compile("\\bdev\\.wprest\\.client\\.internal\\.[A-Z]");

  /** The modules that may: the client itself, and the diagnostics it exports the package to. */
  private static final Set<String> ALLOWED = Set.of("wp-rest-client", "wp-rest-diagnostics");

  private static final Set<String> NOT_SOURCES = Set.of("target", ".git", "node_modules");

  @Test
  void noModuleButTheDiagnosticsImportsTheClientsInternalPackageInMainCode() throws IOException {
    List<Path> mainTrees = mainTrees(checkoutRoot());
    Set<String> offenders = new TreeSet<>();
    for (Path tree : mainTrees) {
      String module = moduleOf(tree);
      if (ALLOWED.contains(module)) {
        continue;
      }
      javaFiles(tree)
          .filter(InternalPackageUseTest::importsInternal)
          .forEach(f -> offenders.add(module + ": " + tree.relativize(f)));
    }

    assertThat(mainTrees.stream().map(InternalPackageUseTest::moduleOf))
        .as("the scan must see the modules it guards")
        .contains("examples", "wp-rest-spring-boot-starter", "wp-rest-diagnostics");
    assertThat(offenders).as("main code importing dev.wprest.client.internal").isEmpty();
  }

  @Test
  void theScanRecognisesAnImportOfTheInternalPackage() throws IOException {
    // Guards the check above against passing because it matches nothing.
    Path client = checkoutRoot().resolve("wp-rest-client/src/main");
    assertThat(javaFiles(client).anyMatch(InternalPackageUseTest::importsInternal)).isTrue();
  }

  /** The checkout's root: the tests run in the client module's directory. */
  private static Path checkoutRoot() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("wp-rest-client/pom.xml")).exists();
    return root;
  }

  /** Every {@code src/main} below the root, outside build output. */
  private static List<Path> mainTrees(Path root) throws IOException {
    try (Stream<Path> dirs =
        Files.walk(root, 5)
            .filter(Files::isDirectory)
            .filter(d -> d.endsWith(Path.of("src", "main")))
            .filter(d -> !passesThrough(root.relativize(d), NOT_SOURCES))) {
      return dirs.collect(Collectors.toList());
    }
  }

  private static boolean passesThrough(Path relative, Set<String> names) {
    for (Path part : relative) {
      if (names.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /** The module a main tree belongs to: its path from the root, e.g. {@code examples/consumer}. */
  private static String moduleOf(Path mainTree) {
    Path module = mainTree.getParent().getParent();
    return checkoutRoot().relativize(module).toString().replace('\\', '/');
  }

  private static Stream<Path> javaFiles(Path tree) throws IOException {
    try (Stream<Path> files = Files.walk(tree)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .collect(Collectors.toList())
          .stream();
    }
  }

  private static boolean importsInternal(Path file) {
    try {
      return INTERNAL_TYPE.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
