package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.diagnostics.doctor.CombiSpace.Half;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The combinatorial harness's expectations are written down: the committed file is exactly what the
 * layer table derives, every combination has one, and the two halves are both substantial.
 */
class CombiExpectationsTest {
  static final Path FILE = Paths.get("src/test/resources/combi/expectations.tsv");

  static String render() {
    StringBuilder b = new StringBuilder();
    b.append(
            "# The expected diagnosis of every combination of the combinatorial harness, derived by\n")
        .append(
            "# CombiExpectations from the layers (never written per combination), with its half.\n")
        .append("# Regenerate: mvn -pl wp-rest-diagnostics -am test -Dtest=CombiExpectationsTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dcombi.regenerate=true\n")
        .append("# combination\thalf\texpected\taccepted\tconfirmable\twhy\n");
    for (Combination c : CombiSpace.all()) {
      b.append(c.id())
          .append('\t')
          .append(CombiSpace.half(c))
          .append('\t')
          .append(CombiExpectations.derive(c).row())
          .append('\n');
    }
    return b.toString();
  }

  @Test
  void theCommittedExpectationsAreWhatTheLayerTableDerives() throws IOException {
    String derived = render();
    if (Boolean.getBoolean("combi.regenerate")) {
      Files.write(FILE, derived.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(new String(Files.readAllBytes(FILE), StandardCharsets.UTF_8))
        .as(
            "%s is out of date with CombiExpectations; regenerate with -Dcombi.regenerate=true"
                + " (and say in the commit why an expectation changed)",
            FILE)
        .isEqualTo(derived);
  }

  @Test
  void everyExpectationIsConsistent() {
    for (Combination c : CombiSpace.all()) {
      CombiExpectation e = CombiExpectations.derive(c);
      assertThat(e.why).as(c.id()).isNotBlank();
      if (e.expectsOk()) {
        assertThat(e.accepted()).as(c.id()).isEmpty();
      } else {
        assertThat(e.accepted()).as(c.id()).contains(e.cause().orElseThrow());
        assertThat(e.accepted()).as(c.id()).containsAll(e.confirmable());
      }
    }
  }

  @Test
  void bothHalvesHoldManySitesOfEveryLayer() {
    List<Combination> all = CombiSpace.all();
    Map<Half, Long> sizes =
        all.stream().collect(Collectors.groupingBy(CombiSpace::half, Collectors.counting()));
    assertThat(sizes.get(Half.TUNING)).isGreaterThan(all.size() / 3L);
    assertThat(sizes.get(Half.HELD_OUT)).isGreaterThan(all.size() / 3L);
    for (CombiLayers.Plugin p : CombiLayers.Plugin.values()) {
      assertThat(all.stream().filter(c -> c.plugin == p).map(CombiSpace::half).distinct())
          .as("plugin %s in both halves", p)
          .hasSize(2);
    }
  }

  @Test
  void theCiSampleCoversEveryLayerAndCredential() {
    List<Combination> sample =
        CombiSpace.all().stream().filter(CombiSpace::inCiSample).collect(Collectors.toList());
    assertThat(sample.stream().map(c -> c.server).distinct())
        .hasSize(CombiLayers.Server.values().length);
    assertThat(sample.stream().map(c -> c.front).distinct())
        .hasSize(CombiLayers.Front.values().length);
    assertThat(sample.stream().map(c -> c.plugin).distinct())
        .hasSize(CombiLayers.Plugin.values().length);
    assertThat(sample.stream().map(c -> c.credential).distinct())
        .hasSize(CombiLayers.Credential.values().length);
    for (String version : CombiSpace.VERSIONS) {
      assertThat(
              sample.stream().filter(c -> c.version.equals(version)).map(c -> c.front).distinct())
          .as("the fronts sampled on WordPress %s", version)
          .hasSize(CombiLayers.Front.values().length);
    }
  }
}
