package dev.wprest.diagnostics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every recorded answer of real WordPress that carries a code core produces fits core's signature
 * for it; the same code with another status, another data.status or another message does not.
 */
class CoreSignaturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of("..", "fixtures", "wordpress");

  @Test
  void everyRecordedCoreAnswerFitsItsSignature() throws IOException {
    List<String> seen = new ArrayList<>();
    try (Stream<Path> files = Files.list(FIXTURES)) {
      for (Path file :
          (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))::iterator) {
        JsonNode response = JSON.readTree(file.toFile()).path("response");
        JsonNode body = parse(response.path("body").asText(""));
        String code = body.path("code").asText("");
        if (file.getFileName().toString().contains(".jwt.")) {
          continue; // the JWT plugin's token route reports core's codes in its own way
        }
        CoreSignatures.forCode(code)
            .or(() -> familyOf(code))
            .ifPresent(
                signature -> {
                  int status = response.path("status").asInt();
                  String message = body.path("message").asText("");
                  int data = body.path("data").path("status").asInt(-1);
                  assertThat(signature.fit(status, code, message, data))
                      .as(file.getFileName() + " " + status + " " + code + " " + message)
                      .isEqualTo(CoreSignature.Fit.CORE);
                  seen.add(code);
                });
      }
    }
    assertThat(seen)
        .as("the recordings cover core's codes")
        .contains(
            "rest_not_logged_in",
            "incorrect_password",
            "invalid_username",
            "invalid_email",
            "application_passwords_disabled",
            "application_passwords_disabled_for_user",
            "rest_cookie_invalid_nonce",
            "rest_no_route",
            "rest_invalid_param",
            "rest_post_invalid_id");
  }

  @Test
  void theSameCodeWithAStatusCoreNeverSendsIsNotCore() {
    for (CoreSignature signature : CoreSignatures.all()) {
      String code = sampleCode(signature);
      assertThat(signature.fit(418, code, "Blocked by a plugin", 418))
          .as(signature.toString())
          .isEqualTo(CoreSignature.Fit.NOT_CORE);
      int status = signature.statuses().iterator().next();
      assertThat(signature.fit(status, code, "anything", 500))
          .as(signature + ": data.status differs from the HTTP status")
          .isEqualTo(CoreSignature.Fit.NOT_CORE);
      assertThat(signature.mismatch(418, code, "x", 418)).contains("418", code);
      assertThat(signature.fit(status, "a_plugin_code", "x", status))
          .isEqualTo(CoreSignature.Fit.OTHER_CODE);
    }
  }

  @Test
  void anotherMessageWithCoresStatusCostsCertaintyNotTheProducer() {
    // A translated site says it in its own words with core's status: not proof of a plugin.
    assertThat(
            CoreSignatures.INCORRECT_PASSWORD.fit(
                401, "incorrect_password", "Das Passwort ist ungültig.", 401))
        .isEqualTo(CoreSignature.Fit.MESSAGE_DIFFERS);
    assertThat(CoreSignatures.NOT_LOGGED_IN.fit(401, "rest_not_logged_in", "", -1))
        .as("no data.status, which core always sends")
        .isEqualTo(CoreSignature.Fit.MESSAGE_DIFFERS);
    assertThat(
            CoreSignatures.INVALID_USERNAME.fit(
                401,
                "invalid_username",
                "<strong>Error:</strong> Unknown username. Check again or try your email address.",
                401))
        .isEqualTo(CoreSignature.Fit.CORE);
  }

  private static java.util.Optional<CoreSignature> familyOf(String code) {
    return CoreSignatures.ROUTE_REFUSAL.fit(-1, code, "", -1) == CoreSignature.Fit.OTHER_CODE
        ? java.util.Optional.empty()
        : java.util.Optional.of(CoreSignatures.ROUTE_REFUSAL);
  }

  private static String sampleCode(CoreSignature signature) {
    return signature == CoreSignatures.ROUTE_REFUSAL ? "rest_forbidden" : signature.code();
  }

  private static JsonNode parse(String body) {
    try {
      return body.strip().startsWith("{") ? JSON.readTree(body) : JSON.missingNode();
    } catch (IOException notJson) {
      return JSON.missingNode();
    }
  }
}
