package dev.wprest.examples.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicSecretShapeTest {
  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anApplicationPasswordAsWordPressShowsItOrInOnePieceIsShapedLikeOne() {
    assertThat(
            BasicSecretShape.looksLikeApplicationPassword(
                basic("ed", "abcd EFGH 1234 ijkl MNOP 5678")))
        .contains(true);
    assertThat(
            BasicSecretShape.looksLikeApplicationPassword(basic("ed", "abcdEFGH1234ijklMNOP5678")))
        .contains(true);
    assertThat(
            BasicSecretShape.looksLikeApplicationPassword(
                basic("ed", "abcd-EFGH-1234-ijkl-MNOP-5678")))
        .contains(true);
  }

  @Test
  void aLoginPasswordOrAnythingElseIsNotShapedLikeOne() {
    assertThat(
            BasicSecretShape.looksLikeApplicationPassword(
                basic("ed", "correct horse battery staple")))
        .contains(false);
    assertThat(
            BasicSecretShape.looksLikeApplicationPassword(basic("ed", "abcdEFGH1234ijklMNOP567!")))
        .contains(false);
    assertThat(
            BasicSecretShape.looksLikeApplicationPassword(
                basic("ed", "abcd EFGH 1234 ijkl MNOP 567")))
        .contains(false);
    assertThat(
            BasicSecretShape.looksLikeApplicationPassword(basic("ed", "ab cdEFGH1234ijklMNOP5678")))
        .contains(false);
  }

  @Test
  void otherSchemesAndUndecodableValuesHaveNoShape() {
    assertThat(BasicSecretShape.looksLikeApplicationPassword("Bearer abc.def.ghi")).isEmpty();
    assertThat(BasicSecretShape.looksLikeApplicationPassword("Basic %%%")).isEmpty();
    assertThat(
            BasicSecretShape.looksLikeApplicationPassword(
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("nocolon".getBytes(StandardCharsets.UTF_8))))
        .isEmpty();
  }
}
