package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import dev.wprest.diagnostics.LikelyCause;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Walks the whole table of verdicts the doctor can confirm: each is CONFIRMED only when every cause
 * sharing its observations was ruled out, and otherwise LIKELY with exactly the causes left open as
 * alternatives and a first check that tells them apart.
 */
class ProofTableTest {
  private static final List<Evidence> PROBE_EVIDENCE = List.of(Evidence.probe("probe", "ran"));

  @Test
  void everyRowConfirmsOnlyWhenEverySharingCauseIsRuledOut() {
    for (Proof proof : Proof.values()) {
      EnumSet<LikelyCause> all = EnumSet.noneOf(LikelyCause.class);
      proof.sharing.forEach(s -> all.add(s.cause));

      Diagnosis confirmed =
          Verdict.proven(proof, "summary of " + proof, all)
              .firstCheck("the fix")
              .toDiagnosis(null, PROBE_EVIDENCE);
      assertThat(confirmed.confidence()).as(proof.name()).isEqualTo(Confidence.CONFIRMED);
      assertThat(confirmed.cause()).isEqualTo(proof.cause);
      assertThat(confirmed.alternatives()).as(proof.name()).isEmpty();
      assertThat(confirmed.firstCheck()).isEqualTo("the fix");
      assertThat(confirmed.evidence())
          .as(proof + " cites its probe")
          .contains(Evidence.probe("proof", proof.probe + " probe: " + proof.proves));

      for (Proof.Sharing open : proof.sharing) {
        EnumSet<LikelyCause> ruledOut = EnumSet.copyOf(all);
        ruledOut.remove(open.cause);
        Diagnosis likely =
            Verdict.proven(proof, "summary", ruledOut)
                .firstCheck("the fix")
                .toDiagnosis(null, PROBE_EVIDENCE);
        assertThat(likely.confidence())
            .as(proof + " with " + open.cause + " open")
            .isEqualTo(Confidence.LIKELY);
        assertThat(likely.alternatives())
            .extracting(Alternative::cause)
            .as(proof + " lists exactly the open cause")
            .containsExactly(open.cause);
        assertThat(likely.firstCheck())
            .as(proof + ": the first check separates " + open.cause)
            .startsWith("First tell it apart: " + open.separatingCheck)
            .endsWith("the fix");
        assertThat(likely.evidence()).noneMatch(e -> e.label().equals("proof"));
      }
    }
  }

  @Test
  void everyRowNamesItsProbeAndOnlyOtherCausesAsSharing() {
    for (Proof proof : Proof.values()) {
      assertThat(proof.probe.text()).as(proof.name()).isNotBlank();
      assertThat(proof.proves).as(proof.name()).isNotBlank();
      assertThat(proof.sharing)
          .as(proof.name())
          .allSatisfy(
              s -> {
                assertThat(s.cause).isNotEqualTo(proof.cause);
                assertThat(s.ruledOutBy).isNotBlank();
                assertThat(s.separatingCheck).isNotBlank();
              });
      assertThat(proof.sharing.stream().map(s -> s.cause).distinct().count())
          .isEqualTo(proof.sharing.size());
    }
  }

  @Test
  void nothingButAProofConfirms() {
    assertThatThrownBy(
            () -> Verdict.of(LikelyCause.CREDENTIALS_REJECTED, Confidence.CONFIRMED, "guess"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anXmlRpcRefusalNeverConfirmsARejectedCredential() {
    // Application Passwords switched off for the user look exactly like a wrong one there.
    Verdict v =
        Verdict.proven(
            Proof.CREDENTIALS_REJECTED_XML_RPC,
            "summary",
            EnumSet.of(
                LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
                LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE));
    assertThat(v.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(v.alternatives())
        .extracting(Alternative::cause)
        .containsExactly(
            LikelyCause.UNKNOWN_USER, LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER);
  }
}
