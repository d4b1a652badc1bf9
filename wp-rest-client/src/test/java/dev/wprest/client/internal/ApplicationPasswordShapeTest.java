package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One Application Password shape, as WordPress compares one ({@code
 * wp_authenticate_application_password()} strips all but letters and digits), over the cases on
 * which the library (any grouping) and the HAR explainer (groups of four only) used to disagree.
 */
class ApplicationPasswordShapeTest {
  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "abcd EFGH 1234 ijkl MNOP 5678 | true",
        "abcdEFGH1234ijklMNOP5678      | true",
        "abcd-EFGH-1234-ijkl-MNOP-5678 | true",
        "abcdEFGH 1234ijkl MNOP5678    | true",
        "abcd EFGH-1234 ijkl-MNOP 5678 | true",
        "abcd EFGH 1234 ijkl MNOP 567  | false",
        "abcd EFGH 1234 ijkl MNOP 56789 | false",
        "abcd_EFGH_1234_ijkl_MNOP_5678 | false",
        "abcd EFGH 1234 ijkl MNOP 567! | false",
        "''                            | false",
      })
  void isShapedAsWordPressComparesIt(String secret, boolean shaped) {
    assertThat(ApplicationPasswordShape.matches(secret)).isEqualTo(shaped);
  }
}
