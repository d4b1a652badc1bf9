package dev.wprest.diagnostics.har;

import dev.wprest.diagnostics.TextRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Explains a large generated HAR in a JVM started with a small heap by {@link HarHeapTest}, and
 * prints what it found: run alone, no test framework in the way of the measurement.
 */
final class HarHeapProbe {
  private HarHeapProbe() {}

  /**
   * Writes the HAR, explains it and prints the counts.
   *
   * @param args the directory for the file and its size in megabytes
   * @throws Exception any failure, which fails the test
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]).resolve("large.har");
    long t0 = System.nanoTime();
    long written = LargeHar.write(file, Long.parseLong(args[1]));
    long size = Files.size(file);
    long t1 = System.nanoTime();
    HarFile har = HarFile.read(file);
    long t2 = System.nanoTime();
    AtomicLong diagnosed = new AtomicLong();
    AtomicLong leaked = new AtomicLong();
    AtomicLong entries = new AtomicLong();
    har.forEachEntry(
        e -> {
          entries.incrementAndGet();
          HarDiagnostics.diagnose(e)
              .ifPresent(
                  d -> {
                    diagnosed.incrementAndGet();
                    String text = har.redact(TextRenderer.render(d));
                    if (text.contains("sEcReTsEsSiOnToKeN1") || !d.code().contains("COOKIES")) {
                      leaked.incrementAndGet();
                    }
                  });
        });
    long t3 = System.nanoTime();
    Files.delete(file);
    System.out.println(
        "ms write="
            + (t1 - t0) / 1_000_000
            + " read="
            + (t2 - t1) / 1_000_000
            + " explain="
            + (t3 - t2) / 1_000_000);
    System.out.println(
        "size="
            + size
            + " entries="
            + entries
            + " written401="
            + written
            + " diagnosed="
            + diagnosed
            + " wrong="
            + leaked
            + " notes="
            + har.notes().size());
  }
}
