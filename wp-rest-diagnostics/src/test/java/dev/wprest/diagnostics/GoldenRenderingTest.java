package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wprest.client.BodyKind;
import dev.wprest.client.CredentialFacts;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.ForbiddenException;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressError;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Golden files of the rendered text and JSON, from recorded answers on a fixed URI. Regenerate with
 * {@code -DupdateGolden=true} after a deliberate change, and read the diff.
 */
class GoldenRenderingTest {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");
  private static final URI ME = URI.create("https://example.com/wp-json/wp/v2/users/me");

  @Test
  void loginPasswordText() throws IOException {
    Fixture f = Fixture.recorded("users-me.basic-login-password.modphp");
    Diagnosis d =
        AuthDiagnostics.diagnose(
            unauthorized(
                f,
                CredentialFacts.builder()
                    .username("admin")
                    .passwordShape(CredentialFacts.PasswordShape.OTHER)
                    .passwordLength(29)
                    .build()));
    assertGolden("login-password.txt", TextRenderer.render(d));
    assertGolden("login-password.json", JsonRenderer.render(d) + "\n");
  }

  @Test
  void cloudflareBlockText() throws IOException {
    Fixture f = Fixture.handMade("cloudflare-block");
    FailedExchange exchange =
        exchange(
            f,
            BodyKind.HTML,
            false,
            CredentialFacts.builder()
                .username("admin")
                .passwordShape(CredentialFacts.PasswordShape.APPLICATION_PASSWORD)
                .build());
    Diagnosis d =
        AuthDiagnostics.diagnose(new ForbiddenException("403", exchange, Optional.empty()));
    assertGolden("cloudflare-block.txt", TextRenderer.render(d));
  }

  @Test
  void shortFormIsTheExceptionMessage() {
    Fixture f = Fixture.recorded("users-me.anonymous.modphp");
    UnauthorizedException e = unauthorized(f, CredentialFacts.none());
    AuthDiagnosisException wrapped = AuthDiagnostics.translator().apply(e);
    assertThat(wrapped.getMessage())
        .isEqualTo(
            "[WPD-401-NO-CREDENTIALS, likely] GET https://example.com/wp-json/wp/v2/users/me"
                + " answered 401 rest_not_logged_in and the client sent no credentials (auth"
                + " scheme none): this route needs an identity.");
    assertThat(wrapped.getCause()).isSameAs(e);
  }

  private static UnauthorizedException unauthorized(Fixture f, CredentialFacts facts) {
    String scheme = facts.isEmpty() ? "none" : "application-password";
    FailedExchange exchange =
        FailedExchange.builder("GET", ME)
            .status(f.status)
            .responseHeaders(lowerCase(f.headers))
            .body(f.body, BodyKind.JSON)
            .wordPressAnswered(true)
            .auth(scheme, !facts.isEmpty())
            .credentialFacts(facts)
            .build();
    return new UnauthorizedException(
        "401",
        exchange,
        Optional.of(
            WordPressError.of(
                "rest_not_logged_in",
                "You are not currently logged in.",
                MissingNode.getInstance(),
                List.of())));
  }

  private static FailedExchange exchange(
      Fixture f, BodyKind kind, boolean wordPress, CredentialFacts facts) {
    return FailedExchange.builder("GET", ME)
        .status(f.status)
        .responseHeaders(lowerCase(f.headers))
        .body(f.body, kind)
        .wordPressAnswered(wordPress)
        .auth("application-password", true)
        .credentialFacts(facts)
        .build();
  }

  private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    headers.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return out;
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("updateGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
