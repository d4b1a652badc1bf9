package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.internal.CoreSignature;
import dev.wprest.diagnostics.internal.CoreSignatures;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A verdict is checked against every observation of its run: for every {@link Proof} row that reads
 * a core code, the same code with a status core never sends gives no CONFIRMED and not core's
 * cause; a message that is not core's costs the CONFIRMED; an accepted credential overrules a
 * refused one; a cache that answered does not fit a verdict that reads WordPress's answer.
 */
class VerdictReviewTest {
  private static final List<Evidence> PROBE_EVIDENCE = List.of(Evidence.probe("probe", "ran"));
  private static final Map<String, String> WORDPRESS_HEADERS =
      Map.of("X-Robots-Tag", "noindex", "Server", "Apache");

  @Test
  void everyRowReadingACoreCodeGivesWayWhenThatCodeComesWithAnotherStatus() {
    int rows = 0;
    for (Proof proof : Proof.values()) {
      for (CoreSignature signature : ProofReads.of(proof)) {
        String code = code(signature);
        Diagnosis d =
            review(confirmed(proof), List.of(observation(418, code, "Blocked.", 418)), null);
        assertThat(d.confidence())
            .as(proof + " with 418 " + code)
            .isNotEqualTo(Confidence.CONFIRMED);
        assertThat(d.cause()).as(proof + " with 418 " + code).isEqualTo(LikelyCause.UNKNOWN);
        assertThat(d.alternatives()).extracting(Alternative::cause).contains(proof.cause);
        assertThat(d.doesNotFit()).as(proof.name()).isNotEmpty();
        assertThat(d.summary()).contains("418 " + code, "not as core WordPress answers it");

        int status = signature.statuses().iterator().next();
        Diagnosis reworded =
            review(
                confirmed(proof),
                List.of(observation(status, code, "Please log in with our plugin", status)),
                null);
        assertThat(reworded.confidence())
            .as(proof + " with another message")
            .isEqualTo(Confidence.LIKELY);
        assertThat(reworded.cause()).isEqualTo(proof.cause);
        assertThat(reworded.doesNotFit()).anyMatch(s -> s.contains("not core's English"));
        rows++;
      }
    }
    assertThat(rows).isGreaterThanOrEqualTo(15);
  }

  @Test
  void coresOwnAnswerLeavesTheVerdictConfirmed() {
    Diagnosis d =
        review(
            confirmed(Proof.CREDENTIALS_REJECTED_REPORTED),
            List.of(
                observation(
                    401,
                    "incorrect_password",
                    "The provided password is an invalid application password.",
                    401)),
            null);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.doesNotFit()).isEmpty();
  }

  @Test
  void aCredentialXmlRpcAcceptedIsNotARejectedCredential() {
    Diagnosis d =
        review(
            confirmed(Proof.CREDENTIALS_REJECTED_REPORTED),
            List.of(
                observation(
                    401,
                    "incorrect_password",
                    "The provided password is an invalid application password.",
                    401)),
            new XmlRpcProbe.Result(XmlRpcProbe.Outcome.ACCEPTED, "accepted", 200));
    assertThat(d.cause()).isNotEqualTo(LikelyCause.CREDENTIALS_REJECTED);
    assertThat(d.confidence()).isNotEqualTo(Confidence.CONFIRMED);
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .startsWith(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.doesNotFit()).anyMatch(s -> s.contains("XML-RPC accepted"));
  }

  @Test
  void aCacheThatAnsweredDoesNotFitAVerdictReadingWordPresssAnswer() {
    Observation cached =
        Observation.of(
            ProbeName.IDENTITY,
            "GET https://example.com/wp-json/wp/v2/users/me",
            401,
            "rest_not_logged_in",
            "You are not currently logged in.",
            401,
            name -> Optional.ofNullable(Map.of("X-Cache", "HIT from edge").get(name)));
    Diagnosis d = review(confirmed(Proof.HEADER_STRIPPED_XML_RPC), List.of(cached), null);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.doesNotFit()).anyMatch(s -> s.contains("X-Cache: HIT"));
    assertThat(d.firstCheck()).startsWith("First tell it apart:");
  }

  private static Verdict confirmed(Proof proof) {
    EnumSet<LikelyCause> all = EnumSet.noneOf(LikelyCause.class);
    proof.sharing.forEach(s -> all.add(s.cause));
    Verdict v = Verdict.proven(proof, "summary of " + proof, all).firstCheck("the fix");
    assertThat(v.confirmed()).isTrue();
    return v;
  }

  private static Diagnosis review(
      Verdict v, List<Observation> observations, XmlRpcProbe.Result xmlRpc) {
    return new VerdictReview(observations, xmlRpc, true, t -> t)
        .review(v)
        .toDiagnosis(null, PROBE_EVIDENCE);
  }

  private static Observation observation(int status, String code, String message, int data) {
    return Observation.of(
        ProbeName.IDENTITY,
        "GET https://example.com/wp-json/wp/v2/users/me",
        status,
        code,
        message,
        data,
        name -> Optional.ofNullable(WORDPRESS_HEADERS.get(name)));
  }

  private static String code(CoreSignature signature) {
    return signature == CoreSignatures.ROUTE_REFUSAL ? "rest_cannot_create" : signature.code();
  }
}
