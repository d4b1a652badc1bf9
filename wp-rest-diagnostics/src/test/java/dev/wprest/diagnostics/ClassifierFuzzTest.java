package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BadRequestException;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.ForbiddenException;
import dev.wprest.client.MalformedResponseException;
import dev.wprest.client.NotFoundException;
import dev.wprest.client.ServerErrorException;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressError;
import dev.wprest.client.WordPressException;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.ResponseBodies;
import dev.wprest.diagnostics.internal.CoreSignatures;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For arbitrary status, headers and body (with the credential's secrets spliced in where the fuzzer
 * likes), the classifier never throws and no secret the client sent reaches a diagnosis. The
 * exchange is built the way the client builds it (its own redaction of its own secrets); the seed
 * corpus under {@code ClassifierFuzzTestInputs} runs in every {@code mvn test}.
 */
class ClassifierFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER = "admin";

  /** The secrets of both strategies, spliced into answers whichever strategy is used. */
  private static final String[] SECRETS = {
    TestStrategies.APP_PASSWORD,
    TestStrategies.APP_PASSWORD.replace(" ", ""),
    Base64.getEncoder()
        .encodeToString(
            (USER + ":" + TestStrategies.APP_PASSWORD).getBytes(StandardCharsets.UTF_8)),
    TestStrategies.BEARER_TOKEN
  };

  private static final String[] HEADER_NAMES = {
    "WWW-Authenticate", "Allow", "Server", "Link", "Content-Type", "CF-RAY", "X-Echo", "Set-Cookie"
  };
  private static final String[] CODES = {
    "rest_not_logged_in", "rest_cannot_create", "incorrect_password", "invalid_username",
    "rest_cookie_invalid_nonce", "jwt_auth_invalid_token", "rest_no_route", "rest_login_required",
    "application_passwords_disabled", "[jwt_auth] incorrect_password", "rest_invalid_param", ""
  };

  @FuzzTest(maxDuration = "10s")
  void classifierNeverThrowsNorLeaks(FuzzedDataProvider data) {
    boolean bearer = data.consumeBoolean();
    AuthStrategy auth =
        bearer
            ? AuthStrategy.bearer(TestStrategies.BEARER_TOKEN)
            : TestStrategies.applicationPassword();
    if (bearer) {
      auth.credentials(null); // the bearer strategy learns its token's shape when it sends it
    }
    int status = data.consumeInt(100, 599);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    int headerCount = data.consumeInt(0, 4);
    for (int i = 0; i < headerCount; i++) {
      String name = HEADER_NAMES[data.consumeInt(0, HEADER_NAMES.length - 1)];
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(withSecrets(data, 80));
    }
    String code = CODES[data.consumeInt(0, CODES.length - 1)];
    boolean envelope = data.consumeBoolean();
    String body =
        envelope
            ? "{\"code\":\""
                + code
                + "\",\"message\":\""
                + withSecrets(data, 60).replace("\"", "'").replace("\\", "/")
                + "\",\"data\":{\"status\":"
                + status
                + "}}"
            : withSecrets(data, 400);
    WordPressException failure = failure(auth, status, headers, body, data.consumeBoolean());

    Diagnosis d = AuthDiagnostics.diagnose(failure);

    assertThat(d).isNotNull();
    // The passive diagnosis's invariants: one failed call never confirms; "not yet" never
    // contradicts an answer WordPress itself gave; no alternative repeats the cause.
    assertThat(d.confidence()).isNotEqualTo(Confidence.CONFIRMED);
    if (failure.exchange().wordPressAnswered()) {
      assertThat(String.join(" ", d.notYet()))
          .doesNotContain("never reached the REST API", "no answer came back");
    }
    assertThat(d.alternatives()).noneMatch(a -> a.cause() == d.cause());
    // Core's code with a status core never sends with it is a plugin or proxy speaking.
    if (envelope
        && CoreSignatures.forCode(code).filter(c -> !c.statuses().contains(status)).isPresent()) {
      assertThat(d.cause())
          .as(status + " " + code)
          .isNotEqualTo(CoreCodeImitationAnalyzer.CORE_CAUSE.get(code));
    }
    AuthDiagnosisException wrapped = AuthDiagnostics.translator().apply(failure);
    for (String text :
        List.of(
            TextRenderer.render(d), JsonRenderer.render(d), wrapped.getMessage(), d.toString())) {
      // Only what this strategy sent is its secret: the client cannot know anyone else's.
      for (String secret : bearer ? List.of(SECRETS[3]) : List.of(SECRETS).subList(0, 3)) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  /** Fuzzed text with the secrets spliced in at fuzzed places. */
  private static String withSecrets(FuzzedDataProvider data, int max) {
    StringBuilder b = new StringBuilder(data.consumeString(max));
    int splices = data.consumeInt(0, 3);
    for (int i = 0; i < splices; i++) {
      b.insert(data.consumeInt(0, b.length()), SECRETS[data.consumeInt(0, SECRETS.length - 1)]);
    }
    return b.toString();
  }

  /** What the client throws for such an answer, built as the client builds it. */
  private static WordPressException failure(
      AuthStrategy auth,
      int status,
      Map<String, List<String>> headers,
      String body,
      boolean malformedSuccess) {
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    Optional<String> contentType =
        Optional.ofNullable(headers.get("Content-Type")).map(v -> v.get(0));
    Optional<WordPressError> envelope = envelope(auth, raw, contentType);
    FailedExchange exchange =
        FailedExchange.builder("GET", URI.create("https://example.com/wp-json/wp/v2/users/me"))
            .status(status)
            .responseHeaders(
                Redaction.headers(HttpHeaders.of(headers, (n, v) -> true), auth::redact))
            .body(
                Redaction.text(auth.redact(ResponseBodies.snippet(raw))),
                ResponseBodies.classify(raw, contentType))
            .wordPressAnswered(envelope.isPresent())
            .auth(auth.scheme(), true)
            .credentialFacts(auth.facts())
            .build();
    if (malformedSuccess) {
      return new MalformedResponseException(
          "fuzz", exchange, dev.wprest.client.BodyProblem.values()[status % 8], null);
    }
    switch (status) {
      case 400:
        return new BadRequestException("fuzz", exchange, envelope);
      case 401:
        return new UnauthorizedException("fuzz", exchange, envelope);
      case 403:
        return new ForbiddenException("fuzz", exchange, envelope);
      case 404:
        return new NotFoundException("fuzz", exchange, envelope);
      default:
        return status >= 500
            ? new ServerErrorException("fuzz", exchange, envelope)
            : new OtherStatus(exchange, envelope);
    }
  }

  private static Optional<WordPressError> envelope(
      AuthStrategy auth, byte[] raw, Optional<String> contentType) {
    try {
      JsonNode node = ResponseBodies.parse(JSON, raw, true, contentType);
      if (node.isObject() && node.path("code").isTextual() && node.has("message")) {
        return Optional.of(
            WordPressError.of(
                Redaction.text(auth.redact(node.path("code").asText())),
                Redaction.text(auth.redact(node.path("message").asText())),
                Redaction.json(node.get("data"), auth::redact),
                List.of()));
      }
    } catch (ResponseBodies.Failure notJson) {
      // not WordPress's envelope
    }
    return Optional.empty();
  }

  /** A status without a subtype of its own. */
  private static final class OtherStatus extends WordPressApiException {
    private static final long serialVersionUID = 1L;

    OtherStatus(FailedExchange exchange, Optional<WordPressError> error) {
      super("fuzz", exchange, error);
    }
  }
}
