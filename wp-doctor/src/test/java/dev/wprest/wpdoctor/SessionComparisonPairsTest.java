package dev.wprest.wpdoctor;

import static dev.wprest.client.CredentialFacts.PasswordShape.APPLICATION_PASSWORD;
import static dev.wprest.client.CredentialFacts.PasswordShape.MALFORMED;
import static dev.wprest.client.CredentialFacts.PasswordShape.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.CredentialFacts;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.Evidence;
import dev.wprest.diagnostics.har.HarDiagnostics;
import dev.wprest.diagnostics.har.HarFile;
import dev.wprest.diagnostics.har.HeaderAuth;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SessionComparisonPairsTest {

  /** The tool-layout HARs of the tests and the real Chromium recordings in fixtures/har. */
  private static List<Path> fixtures() throws Exception {
    List<Path> all = new ArrayList<>();
    for (Path dir :
        List.of(
            Paths.get(SessionComparisonPairsTest.class.getResource("/har").toURI()),
            Paths.get("..", "fixtures", "har"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> f.toString().endsWith(".har")).sorted().forEach(all::add);
      }
    }
    return all;
  }

  /** Every comparison the doctor makes between two fixture files, both ways round. */
  private static List<Diagnosis> everyComparison() throws Exception {
    List<Diagnosis> out = new ArrayList<>();
    for (Path worked : fixtures()) {
      for (Path failed : fixtures()) {
        HarDiagnostics.compare(
                HarFile.read(worked),
                worked.getFileName().toString(),
                HarFile.read(failed),
                failed.getFileName().toString())
            .ifPresent(out::add);
      }
    }
    return out;
  }

  private static String failingEvidence(Diagnosis d) {
    // the second evidence line is the failing file's, as compare() adds it
    Evidence failing = d.evidence().get(1);
    return failing.value();
  }

  @Test
  void noSummaryOfAnyFixturePairContradictsItsOwnEvidence() throws Exception {
    List<Diagnosis> comparisons = everyComparison();

    assertThat(comparisons).hasSizeGreaterThanOrEqualTo(10);
    for (Diagnosis d : comparisons) {
      String summary = d.summary();
      String evidence = failingEvidence(d);
      String scheme = evidence.replaceAll(".*Authorization (\\S+?),.*", "$1");
      if (summary.contains("no credential of its own")) {
        assertThat(evidence).as(summary).contains("Authorization none");
      }
      if (!scheme.equals("none")) {
        assertThat(summary).as(evidence).contains("Authorization: " + scheme);
        assertThat(summary).doesNotContain("no credential");
      }
      if (evidence.contains("logged-in cookie no")) {
        assertThat(summary).as(evidence).doesNotContain("sent WordPress cookies");
      }
      if (evidence.contains("nonce no")) {
        assertThat(summary).as(evidence).doesNotContain("sent a nonce");
      }
      if (evidence.contains("shaped like an Application Password no")) {
        assertThat(summary).as(evidence).contains("not shaped like an Application Password");
      }
      if (evidence.contains("shaped like an Application Password yes")) {
        assertThat(summary).as(evidence).doesNotContain("not shaped like");
      }
    }
  }

  @Test
  void aBrowserSessionAgainstPostmanBasicAuthNamesTheBasicCredentialAndItsShape() throws Exception {
    Path dir = Paths.get(SessionComparisonPairsTest.class.getResource("/har").toURI());
    HarFile browser = HarFile.read(dir.resolve("browser-cookie-session.chromium.har"));
    HarFile postman = HarFile.read(dir.resolve("login-password.postman.har"));

    Diagnosis d =
        HarDiagnostics.compare(browser, "browser.har", postman, "postman.har").orElseThrow();

    assertThat(d.code()).isEqualTo("WPD-401-LOGIN-PASSWORD");
    assertThat(d.summary())
        .contains("sent its own Authorization: Basic credential")
        .contains("not shaped like an Application Password");
    assertThat(failingEvidence(d))
        .contains("Authorization Basic")
        .contains("Basic password shaped like an Application Password no");
    String all = d.summary() + d.evidence() + d.firstCheck();
    assertThat(all.toLowerCase(Locale.ROOT))
        .doesNotContain("my-normal-login-password")
        .doesNotContain(
            Base64.getEncoder()
                .encodeToString(
                    "itadmin:my-normal-login-password!".getBytes(StandardCharsets.UTF_8))
                .toLowerCase(Locale.ROOT));
  }

  @Test
  void applicationPasswordShapeIsJudgedWithoutSpacesAndDashes() {
    assertThat(shape(basic("ed:abcd EFGH 1234 ijkl MNOP 5678"))).contains(APPLICATION_PASSWORD);
    assertThat(shape(basic("ed:abcd-EFGH-1234-ijkl-MNOP-5678"))).contains(APPLICATION_PASSWORD);
    assertThat(shape(basic("ed:my-normal-login-password!"))).contains(OTHER);
    assertThat(shape(basic("ed:abcd EFGH 1234 ijkl MNOP 567"))).contains(OTHER);
    assertThat(shape("Bearer abc.def.ghi")).isEmpty();
    assertThat(shape("Basic %%%not-base64")).contains(MALFORMED);
  }

  private static Optional<CredentialFacts.PasswordShape> shape(String authorization) {
    return HeaderAuth.of(Map.of("Authorization", authorization)).facts().passwordShape();
  }

  private static String basic(String userColonPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
  }
}
