package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.Stage;
import dev.wprest.diagnostics.internal.CoreSignatures;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What every doctor report keeps, whatever the site answered: OK only when every call the doctor
 * was asked about succeeded; no identity cause (nor "no REST API here") once the identity was
 * accepted; no "not yet" item that the evidence contradicts; a CONFIRMED verdict cites its probe;
 * and no observation of the run contradicts a CONFIRMED verdict (an XML-RPC probe that accepted the
 * credential a verdict calls refused, core's code with a status core never sends with it, an
 * observation shown as "what does not fit").
 */
final class ReportInvariants {
  private ReportInvariants() {}

  static void assertHold(DoctorReport report, boolean credentialed) {
    List<ProbeResult> probes = report.probes();
    if (report.ok()) {
      assertThat(report.diagnosis()).isEmpty();
      lastStatus(probes, "route")
          .ifPresent(
              status ->
                  assertThat(status).as("OK although the route answered").isBetween(200, 299));
      if (credentialed) {
        assertThat(report.identity())
            .as("OK with credentials names the accepted identity")
            .isPresent();
        assertThat(lastStatus(probes, "identity"))
            .as("OK although users/me did not accept the identity")
            .hasValueSatisfying(s -> assertThat(s).isBetween(200, 299));
      }
      return;
    }
    Diagnosis d = report.diagnosis().orElseThrow();
    if (report.identity().isPresent()) {
      assertThat(d.stage())
          .as("an identity cause after the identity was accepted")
          .isNotEqualTo(Stage.IDENTITY);
      assertThat(d.cause()).isNotEqualTo(LikelyCause.REST_API_NOT_FOUND);
      assertThat(String.join(" ", d.notYet()))
          .as("not-yet items contradicting an accepted identity")
          .doesNotContain("never reached the REST API", "before an identity is accepted");
    }
    if (report.probes().stream()
        .anyMatch(p -> p.name().equals(ProbeName.IDENTITY.text()) && p.status().isPresent())) {
      assertThat(String.join(" ", d.notYet()))
          .as("not-yet items contradicting an answer from the REST API")
          .doesNotContain("no answer came back");
    }
    if (d.confidence() == Confidence.CONFIRMED) {
      List<String> proof =
          d.evidence().stream()
              .filter(e -> e.fromProbe() && e.label().equals("proof"))
              .map(Evidence::value)
              .collect(Collectors.toList());
      assertThat(proof).as("a CONFIRMED verdict cites its proof").hasSize(1);
      String probe = proof.get(0).substring(0, proof.get(0).indexOf(" probe:"));
      assertThat(probes).extracting(ProbeResult::name).as("the proof's probe ran").contains(probe);
      assertThat(d.alternatives()).as("CONFIRMED leaves no alternative open").isEmpty();
      assertNothingContradicts(d, probes);
    }
  }

  private static final Pattern STATUS_AND_CODE = Pattern.compile("\\b([1-5]\\d\\d) ([a-z_]+)\\b");

  /** The contradiction invariant, read from the report alone. */
  private static void assertNothingContradicts(Diagnosis d, List<ProbeResult> probes) {
    assertThat(d.doesNotFit()).as("CONFIRMED while something does not fit").isEmpty();
    if (EnumSet.of(
            LikelyCause.CREDENTIALS_REJECTED,
            LikelyCause.UNKNOWN_USER,
            LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER)
        .contains(d.cause())) {
      assertThat(probes)
          .as("CONFIRMED %s while XML-RPC accepted the same credential", d.cause())
          .noneMatch(
              p ->
                  p.name().equals(ProbeName.XML_RPC.text())
                      && p.finding().contains("accepted the same"));
    }
    for (ProbeResult p : probes) {
      Matcher m = STATUS_AND_CODE.matcher(p.finding());
      while (m.find()) {
        int status = Integer.parseInt(m.group(1));
        CoreSignatures.forCode(m.group(2))
            .ifPresent(
                core ->
                    assertThat(core.statuses())
                        .as("CONFIRMED although %s answered %s %s", p.name(), status, core.code())
                        .contains(status));
      }
    }
  }

  private static Optional<Integer> lastStatus(List<ProbeResult> probes, String name) {
    Optional<Integer> last = Optional.empty();
    for (ProbeResult p : probes) {
      if (p.name().equals(name) && p.status().isPresent()) {
        last = Optional.of(p.status().getAsInt());
      }
    }
    return last;
  }
}
