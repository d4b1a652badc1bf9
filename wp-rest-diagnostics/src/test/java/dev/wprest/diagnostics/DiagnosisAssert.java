package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions every diagnosis test makes. */
final class DiagnosisAssert {
  private DiagnosisAssert() {}

  static void assertDiagnosis(Diagnosis d, Stage stage, LikelyCause cause, Confidence confidence) {
    assertThat(d.cause()).as(TextRenderer.render(d)).isEqualTo(cause);
    assertThat(d.stage()).as(TextRenderer.render(d)).isEqualTo(stage);
    assertThat(d.confidence()).as(TextRenderer.render(d)).isEqualTo(confidence);
    assertThat(d.docLink())
        .isEqualTo(
            "https://github.com/wp-rest/wp-rest/blob/main/docs/troubleshooting.md#"
                + cause.code().toLowerCase());
    assertThat(d.firstCheck()).isNotBlank();
    assertThat(d.summary()).isNotBlank();
  }

  static void assertNotYetHas(Diagnosis d, String... fragments) {
    String all = String.join("\n", d.notYet());
    for (String fragment : fragments) {
      assertThat(all).as("not yet").contains(fragment);
    }
  }

  static void assertAlternatives(Diagnosis d, LikelyCause... causes) {
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .as(TextRenderer.render(d))
        .contains(causes);
  }
}
