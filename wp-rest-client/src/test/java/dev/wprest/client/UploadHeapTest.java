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
 * Uploads are streamed: 256 MB go up from a JVM whose whole heap is 64 MB, from a file and from a
 * stream of unknown length (spooled to a temporary file that is gone afterwards).
 */
class UploadHeapTest {
  @Test
  void uploadsA256MegabyteFileFromA64MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = Files.createTempFile("upload-heap", ".out");
    Path tmp = Files.createTempDirectory("upload-heap-tmp");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-Djava.io.tmpdir=" + tmp,
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
    Files.delete(tmp); // fails if the probe left a file behind
    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed)
        .contains("media=7 received=" + UploadHeapProbe.SIZE)
        .contains("stream media=7 received=" + UploadHeapProbe.SIZE)
        .contains("spool files left=0")
        .doesNotContain("OutOfMemoryError");
  }

  private static String classesOfThisTest() throws Exception {
    return Path.of(
            UploadHeapProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }
}
