package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.it.RealWordPress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The doctor on the combinatorial harness, as a property over the real sites: on every combination
 * it must never say CONFIRMED for a cause the evidence there cannot prove, and its report must keep
 * the invariants and no secret. How often it names the derived cause is measured and written to
 * {@code target/combi/}, for the tuning and the held-out half apart.
 *
 * <p>CI runs the fixed sample ({@link CombiSpace#inCiSample}); {@code -Dcombi.all=true} (see {@code
 * wordpress-it/combi-all.sh}) runs every combination. Combinations where the doctor is known to say
 * a false CONFIRMED, or to break a report invariant, are listed in {@code
 * combi/known-failures.txt}: the test reports them, and fails when a listed one stops failing that
 * way, so the list only shrinks. A leaked secret can never be listed.
 */
class CombinatorialDoctorIT {
  private static final Path KNOWN = Paths.get("src/test/resources/combi/known-failures.txt");
  private static final int THREADS = Integer.getInteger("combi.threads", 3);

  @Test
  void theDoctorNeverOverstatesOnAnyCombinationOfLayers() throws Exception {
    CombiRunner runner = new CombiRunner(RealWordPress.sites());
    for (String version : CombiSpace.VERSIONS) {
      assertThat(runner.sites().stream().filter(s -> s.startsWith(version + "/")))
          .as("the sites combi.sh brought up for WordPress %s", version)
          .containsExactlyInAnyOrderElementsOf(CombiSpace.sites(version));
    }
    boolean all = Boolean.getBoolean("combi.all");
    List<Combination> selected =
        CombiSpace.all().stream()
            .filter(c -> all || CombiSpace.inCiSample(c))
            .collect(Collectors.toList());

    long start = System.nanoTime();
    List<CombiOutcome> outcomes = runAll(runner, selected);
    long wall = (System.nanoTime() - start) / 1_000_000;
    CombiReport.write(
        Paths.get("target/combi"), outcomes, wall, all ? "every combination" : "the CI sample");
    System.out.println(CombiReport.summary(outcomes, wall, all ? "all" : "CI sample"));

    Map<String, Set<String>> known = known();
    List<String> problems = new ArrayList<>();
    for (CombiOutcome o : outcomes) {
      String id = o.combination.id();
      Set<String> listed = known.getOrDefault(id, Set.of());
      Set<String> failures = o.hardFailures();
      for (String kind : failures) {
        if (!listed.contains(kind)) {
          problems.add(id + ": " + o.describe(kind));
        }
      }
      for (String kind : listed) {
        if (!failures.contains(kind)) {
          problems.add(id + ": no longer fails (" + kind + "): remove it from " + KNOWN);
        }
      }
    }
    assertThat(problems).as("combinations the doctor got wrong in a way it never may").isEmpty();
  }

  private static List<CombiOutcome> runAll(CombiRunner runner, List<Combination> selected)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<CombiOutcome>> futures = new ArrayList<>();
      for (Combination c : selected) {
        futures.add(pool.submit(() -> runner.run(c)));
      }
      List<CombiOutcome> outcomes = new ArrayList<>();
      for (Future<CombiOutcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The known failures: {@code <combination> <kind>} lines, kinds as {@link CombiOutcome}. */
  private static Map<String, Set<String>> known() throws IOException {
    Map<String, Set<String>> known = new TreeMap<>();
    for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\\s+");
      if (f.length < 2 || !CombiOutcome.KNOWABLE.contains(f[1])) {
        throw new IllegalStateException("not '<combination> <kind>' in " + KNOWN + ": " + l);
      }
      known.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[1]);
    }
    return known;
  }
}
