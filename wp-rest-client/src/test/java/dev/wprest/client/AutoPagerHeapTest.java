package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The auto-pager's memory is bounded by one page: 100,000 posts (about 150 MB of JSON) pass through
 * a JVM whose whole heap is 32 MB.
 */
class AutoPagerHeapTest {
  @Test
  void pagesThroughAHundredThousandPostsInA32MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = Files.createTempFile("auto-pager-heap", ".out");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx32m",
                    "-Dsun.net.httpserver.nodelay=true",
                    "-cp",
                    System.getProperty("java.class.path")
                        + File.pathSeparator
                        + classesOfThisTest(),
                    AutoPagerHeapProbe.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the probe finished").isTrue();
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed).contains("items=100000").doesNotContain("OutOfMemoryError");
  }

  private static String classesOfThisTest() throws Exception {
    return Path.of(
            AutoPagerHeapProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }
}
