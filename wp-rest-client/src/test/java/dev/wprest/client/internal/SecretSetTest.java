package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretSetTest {
  @Test
  void keepsMaskingTheFirstAndTheThreeHundredAndFirstSecret() {
    SecretSet set = new SecretSet();
    for (int n = 1; n <= 301; n++) {
      set.add("rotating-token-" + n + "-Qx7");
    }

    assertThat(set.redact("a rotating-token-1-Qx7 b rotating-token-301-Qx7 c"))
        .isEqualTo("a [REDACTED] b [REDACTED] c");
  }

  @Test
  void masksPercentEncodingsInAnyHexCaseAndPhpJsonEscapes() {
    SecretSet set = new SecretSet();
    set.add("p/ss wörd|x");

    assertThat(set.redact("u=p%2Fss%20w%C3%B6rd%7Cx;")).isEqualTo("u=[REDACTED];");
    assertThat(set.redact("u=p%2fss+w%c3%B6rd%7cx;")).isEqualTo("u=[REDACTED];");
    assertThat(set.redact("{\"m\":\"p\\/ss w\\u00f6rd|x\"}")).isEqualTo("{\"m\":\"[REDACTED]\"}");
    assertThat(set.redact("{\"m\":\"p\\/ss w\\u00F6rd|x\"}")).isEqualTo("{\"m\":\"[REDACTED]\"}");
  }

  @Test
  void masksBase64OfUserAndPasswordAndTheSpacelessAndDashedForms() {
    SecretSet set = new SecretSet();
    set.add("admin", "abcd EFGH 1234 ijkl MNOP 5678");
    String basic =
        Base64.getEncoder()
            .encodeToString("admin:abcd EFGH 1234 ijkl MNOP 5678".getBytes(StandardCharsets.UTF_8));

    assertThat(set.redact("Basic " + basic)).isEqualTo("Basic [REDACTED]");
    assertThat(set.redact("pw abcdEFGH1234ijklMNOP5678.")).isEqualTo("pw [REDACTED].");
    assertThat(set.redact("pw abcd-EFGH-1234-ijkl-MNOP-5678.")).isEqualTo("pw [REDACTED].");
  }

  @Test
  void overlappingOccurrencesAreMaskedAsOneWithoutATailLeft() {
    SecretSet set = new SecretSet();
    set.add("abcdefgh");
    set.add("efghijkl");

    assertThat(set.redact("x abcdefghijkl y")).isEqualTo("x [REDACTED] y");
  }

  @Test
  void leavesTextWithoutSecretsAndShortValuesAlone() {
    SecretSet set = new SecretSet();
    set.add("abc");
    set.add("s3cr3t-value");
    String sentence = "401 incorrect_password: WordPress refused the password for abc.";

    assertThat(set.redact(sentence)).isSameAs(sentence);
  }

  @Test
  void growsByTheFormsOfEachNewSecretOnly() {
    SecretSet set = new SecretSet();
    set.add("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");
    long oneToken = set.size();
    set.add("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");

    assertThat(set.size()).isEqualTo(oneToken).isBetween(2L, 12L);
  }
}
