package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An upload from a file is streamed: 256 MB go up from a JVM whose whole heap is 64 MB. */
class UploadHeapTest {
  @Test
  void uploadsA256MegabyteFileFromA64MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = Files.createTempFile("upload-heap", ".out");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-Dsun.net.httpserver.nodelay=true",
                    "-cp",
                    System.getProperty("java.class.path")
                        + File.pathSeparator
                        + classesOfThisTest(),
                    UploadHeapProbe.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the probe finished").isTrue();
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed)
        .contains("media=7 received=" + UploadHeapProbe.SIZE)
        .doesNotContain("OutOfMemoryError");
  }

  private static String classesOfThisTest() throws Exception {
    return Path.of(
            UploadHeapProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }
}
