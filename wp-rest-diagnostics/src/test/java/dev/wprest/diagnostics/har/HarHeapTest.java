package dev.wprest.diagnostics.har;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A HAR is read entry by entry: an 80 MB file is explained in a JVM whose whole heap is 32 MB,
 * every failed call diagnosed, its session cookie masked. (Reading the whole file, as before, needs
 * its size in bytes before parsing even starts.) The 1 GB measurement at {@code -Xmx256m} is the
 * same probe run by hand; see docs/wp-doctor.md.
 */
class HarHeapTest {
  @Test
  void an80MegabyteHarIsExplainedWithin32MegabytesOfHeap(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = dir.resolve("probe.out");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx32m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-cp",
                    System.getProperty("java.class.path") + File.pathSeparator + testClasses(),
                    HarHeapProbe.class.getName(),
                    dir.toString(),
                    "80"))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();

    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the probe finished").isTrue();
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(printed).isZero();
    String written = printed.replaceAll("(?s).*written401=(\\d+).*", "$1");
    assertThat(Long.parseLong(written)).isGreaterThan(10);
    assertThat(printed)
        .contains("diagnosed=" + written + " ")
        .contains("wrong=0")
        .contains("notes=1")
        .doesNotContain("OutOfMemoryError");
  }

  private static String testClasses() throws Exception {
    return Path.of(HarHeapProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }
}
