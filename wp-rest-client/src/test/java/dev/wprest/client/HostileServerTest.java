package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The client against a hostile server ({@link HostileServer}), run in a JVM whose whole heap is 64
 * MB and which dies on the first {@link OutOfMemoryError}: endless, 2 GB and dripping bodies,
 * malformed and backtracking-bait answers, malformed and userinfo redirects, resets and drops. Each
 * case must end, typed, within its own time bound (and {@link HostileServerProbe#HANG_BOUND_MS} at
 * most), and the server must see no more requests than the retry policy allows.
 */
class HostileServerTest {
  private static String printed;
  private static int exitValue;

  @BeforeAll
  static void runTheProbeInASmallHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = Files.createTempFile("hostile-server", ".out");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-cp",
                    System.getProperty("java.class.path")
                        + File.pathSeparator
                        + Path.of(
                            HostileServerProbe.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI()),
                    HostileServerProbe.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean finished = process.waitFor(240, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    printed = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    // The figures (cases, hangs, requests seen per policy) belong in the build log.
    System.out.print(printed);
    exitValue = finished ? process.exitValue() : -1;
  }

  @Test
  void theProbeEndsWithoutRunningOutOfMemoryOrHanging() {
    assertThat(exitValue).as(printed).isZero();
    assertThat(printed)
        .as(printed)
        .doesNotContain("OutOfMemoryError")
        .contains("failed=0 hangs=0 oom=0")
        .contains("cases=" + HostileServerProbe.cases().size());
  }

  @TestFactory
  Stream<DynamicTest> everyHostileAnswerEndsTypedInTimeAndWithinThePolicysRequestCount() {
    List<String> names =
        HostileServerProbe.cases().stream().map(c -> caseName(c)).collect(Collectors.toList());
    return names.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      String line =
                          printed
                              .lines()
                              .filter(l -> l.startsWith("case=" + name + " "))
                              .findFirst()
                              .orElse("case " + name + " did not run:\n" + printed);
                      assertThat(line).as(line).contains("verdict=PASS");
                    }));
  }

  private static String caseName(Object c) {
    return HostileServerProbe.name(c);
  }
}
