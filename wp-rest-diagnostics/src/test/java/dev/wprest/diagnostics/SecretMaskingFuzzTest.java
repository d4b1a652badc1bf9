package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.InvalidCredentialException;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.SecretSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * For any secret (any characters, any length from 4) held by any strategy, and any surrounding
 * text, the secret in any encoding of {@link EchoEncodings} never survives the strategy's masking:
 * every occurrence is inside a mask. The seed corpus under {@code SecretMaskingFuzzTestInputs} runs
 * in every {@code mvn test}; run with {@code JAZZER_FUZZ=1} to search for more.
 */
class SecretMaskingFuzzTest {
  private static final List<String> ENCODINGS = new ArrayList<>(EchoEncodings.all().keySet());
  private static final Pattern MASK = Pattern.compile(Pattern.quote(Redaction.MASK));

  @FuzzTest(maxDuration = "10s")
  void aSecretInAnyEncodingNeverSurvivesMasking(FuzzedDataProvider data) {
    int kind = data.consumeInt(0, 3);
    String user = "u" + data.consumeAsciiString(8).replaceAll("[^A-Za-z0-9@._-]", "");
    String secret = data.consumeString(48);
    if (secret.length() < 4) {
      return;
    }
    String encodingName = ENCODINGS.get(data.consumeInt(0, ENCODINGS.size() - 1));
    UnaryOperator<String> encoding = EchoEncodings.all().get(encodingName);
    boolean withUser = data.consumeBoolean();
    String prefix = data.consumeString(40);
    String suffix = data.consumeRemainingAsString();

    UnaryOperator<String> redactor;
    String base = secret;
    try {
      switch (kind) {
        case 0:
          AuthStrategy basic = AuthStrategy.applicationPassword(user, secret);
          redactor = basic::redact;
          base = withUser ? user + ":" + secret : secret;
          break;
        case 1:
          AuthStrategy bearer = AuthStrategy.bearer(secret);
          redactor = bearer::redact;
          break;
        case 2:
          AuthStrategy cookies =
              AuthStrategy.cookieNonce(Map.of("wordpress_logged_in_0a", secret), "a1b2c3d4e5");
          redactor = cookies::redact;
          break;
        default:
          SecretSet set = new SecretSet();
          set.add(secret);
          redactor = set::redact;
      }
    } catch (InvalidCredentialException refused) {
      assertThat(secret.chars().anyMatch(c -> Character.isISOControl(c) || c > 0xff)).isTrue();
      return;
    }
    String form = encoding.apply(base);
    if (form.length() < 4 || form.contains(Redaction.MASK)) {
      return;
    }

    String masked = redactor.apply(prefix + form + suffix);

    for (String unmasked : MASK.split(masked, -1)) {
      assertThat(unmasked)
          .as("strategy %d, %s of %s", kind, encodingName, codePoints(base))
          .doesNotContain(form);
    }
  }

  private static String codePoints(String text) {
    StringBuilder b = new StringBuilder();
    text.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
    return b.toString();
  }
}
