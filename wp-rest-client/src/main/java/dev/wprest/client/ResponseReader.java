package dev.wprest.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.ResponseBodies;
import java.util.function.Function;

/** Parses successful bodies and binds them to types, turning failures into typed errors. */
final class ResponseReader {
  private final ObjectMapper mapper;
  private final boolean tolerateLeadingPhpOutput;
  private final AuthStrategy auth;

  ResponseReader(ObjectMapper mapper, boolean tolerateLeadingPhpOutput, AuthStrategy auth) {
    this.mapper = mapper;
    this.tolerateLeadingPhpOutput = tolerateLeadingPhpOutput;
    this.auth = auth;
  }

  JsonNode json(WpResponse response) {
    try {
      return ResponseBodies.parse(
          mapper, response.rawBody(), tolerateLeadingPhpOutput, response.header("Content-Type"));
    } catch (ResponseBodies.Failure f) {
      String detail = f.getMessage();
      if (f.problem() == BodyProblem.HTML_PAGE) {
        detail +=
            ResponseBodies.htmlTitle(response.rawBody(), text -> Redaction.text(auth.redact(text)))
                .map(title -> " titled \"" + title + "\"")
                .orElse("");
      }
      throw malformed(response, f.problem(), detail);
    }
  }

  <T> T bind(WpResponse response, JsonNode json, Class<T> type) {
    return bind(response, json, node -> mapper.convertValue(node, type), type.getSimpleName());
  }

  <T> T bind(WpResponse response, JsonNode json, TypeReference<T> type) {
    return bind(
        response, json, node -> mapper.convertValue(node, type), type.getType().getTypeName());
  }

  private <T> T bind(
      WpResponse response, JsonNode json, Function<JsonNode, T> binder, String typeName) {
    try {
      return binder.apply(json);
    } catch (IllegalArgumentException e) {
      throw malformed(response, BodyProblem.UNEXPECTED_SHAPE, "the JSON does not fit " + typeName);
    }
  }

  private MalformedResponseException malformed(
      WpResponse response, BodyProblem problem, String detail) {
    // The parser's own exception is not chained: its message can quote the body, secrets included.
    FailedExchange exchange =
        FailedExchange.builder(response.method().name(), Redaction.uri(response.uri()))
            .status(response.status())
            .responseHeaders(Redaction.headers(response.headers(), auth::redact))
            .body(
                ResponseBodies.snippet(
                    response.rawBody(), text -> Redaction.text(auth.redact(text))),
                dev.wprest.client.internal.ResponseBodies.classify(
                    response.rawBody(), response.header("Content-Type")))
            .auth(auth.scheme(), auth.sendsCredentials())
            .authFacts(auth.describe())
            .redirectChain(response.redirectChain())
            .build();
    return new MalformedResponseException(
        response.status()
            + " on "
            + exchange.method()
            + " "
            + exchange.uri()
            + ": "
            + Redaction.text(auth.redact(detail)),
        exchange,
        problem,
        null);
  }
}
