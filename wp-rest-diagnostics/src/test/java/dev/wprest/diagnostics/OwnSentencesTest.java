package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Masking protects values from the wire and the caller; it never eats the library's own words, such
 * as "incorrect_password: WordPress refused the password", which the old last-line masking of whole
 * sentences turned into "incorrect_password: [REDACTED] refused the password".
 */
class OwnSentencesTest {
  private EchoServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        new EchoServer(
            r ->
                r.path().equals("/wp-json/")
                    ? new EchoServer.Response(
                        200, "application/json", "{\"namespaces\":[\"wp/v2\"],\"routes\":{}}")
                    : new EchoServer.Response(
                        401,
                        "application/json",
                        "{\"code\":\"incorrect_password\",\"message\":\"<strong>Error:</strong>"
                            + " The password you entered for the username <strong>editor</strong>"
                            + " is incorrect. token: abc123456789 password: hunter2hunter2\","
                            + "\"data\":{\"status\":401}}"));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private UnauthorizedException failure(AuthStrategy auth) {
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl(server.baseUrl() + "/wp-json/")
            .auth(auth)
            .callTimeout(Duration.ofSeconds(5))
            .retryPolicy(RetryPolicy.none())
            .build();
    return catchThrowableOfType(
        UnauthorizedException.class, () -> wp.json(WpRequest.get("/wp/v2/users/me").build()));
  }

  @Test
  void theLibrarysOwnSentenceAboutARefusedPasswordKeepsEveryWord() {
    Diagnosis d =
        AuthDiagnostics.diagnose(
            failure(AuthStrategy.applicationPassword("editor", "my-login-password")));

    assertThat(d.summary())
        .endsWith(
            "answered 401 incorrect_password: WordPress refused the password, which is not"
                + " shaped like an Application Password.");
    assertThat(TextRenderer.render(d))
        .contains("password shape")
        .contains("not like an Application Password, 17 characters");
  }

  @Test
  void credentialShapedTextFromTheWireIsMaskedWhileTheSentencesAroundItAreNot() {
    UnauthorizedException e =
        failure(AuthStrategy.applicationPassword("editor", "my-login-password"));
    Diagnosis d = AuthDiagnostics.diagnose(e);

    String message =
        d.evidence().stream()
            .filter(ev -> ev.label().equals("WordPress message"))
            .findFirst()
            .orElseThrow()
            .value();
    assertThat(message)
        .isEqualTo(
            "Error: The password you entered for the username editor is incorrect."
                + " token: [REDACTED] password: [REDACTED]");
    assertThat(TextRenderer.render(d)).doesNotContain("abc123456789", "hunter2hunter2");
    assertThat(e.getMessage())
        .startsWith("401 incorrect_password on GET ")
        .contains("(auth: application-password, credentials sent)");
  }

  @Test
  void aRenderedDiagnosisWithNoSecretOnTheWireHoldsNoMaskAtAll() {
    server.handler(
        r ->
            r.path().equals("/wp-json/")
                ? new EchoServer.Response(
                    200, "application/json", "{\"namespaces\":[\"wp/v2\"],\"routes\":{}}")
                : new EchoServer.Response(
                    401,
                    "application/json",
                    "{\"code\":\"rest_not_logged_in\",\"message\":\"You are not currently logged"
                        + " in.\",\"data\":{\"status\":401}}"));
    Diagnosis d =
        AuthDiagnostics.diagnose(failure(AuthStrategy.bearer("opaqueTokenValue0123456789")));

    assertThat(TextRenderer.render(d)).doesNotContain("[REDACTED]");
    assertThat(JsonRenderer.render(d)).doesNotContain("[REDACTED]");
  }
}
