package dev.wprest.client.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BodyProblem;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.MalformedResponseException;
import dev.wprest.client.WpResponse;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.concurrent.ConcurrentHashMap;

/** Parses successful bodies and binds them to types, turning failures into typed errors. */
public final class ResponseReader {
  private final ObjectMapper mapper;
  private final boolean tolerateLeadingPhpOutput;
  private final AuthStrategy auth;

  /** Built once: every typed bind starts from it (a reader per call allocates on the hot path). */
  private final ObjectReader strict;

  /** One reader per bound type, made on first use: {@code forType} allocates a reader per call. */
  private final ConcurrentHashMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  /** A reader with the client's mapper, PHP-output tolerance and strategy (for masking). */
  public ResponseReader(ObjectMapper mapper, boolean tolerateLeadingPhpOutput, AuthStrategy auth) {
    this.mapper = mapper;
    this.strict = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.tolerateLeadingPhpOutput = tolerateLeadingPhpOutput;
    this.auth = auth;
  }

  /** The body as JSON, strictly. */
  public JsonNode json(WpResponse response) {
    try {
      return ResponseBodies.parse(
          mapper,
          ApiAccess.get().rawBody(response),
          tolerateLeadingPhpOutput,
          response.header("Content-Type"));
    } catch (ResponseBodies.Failure f) {
      String detail = f.getMessage();
      if (f.problem() == BodyProblem.HTML_PAGE) {
        detail +=
            ResponseBodies.htmlTitle(
                    ApiAccess.get().rawBody(response), text -> Redaction.text(auth.redact(text)))
                .map(title -> " titled \"" + title + "\"")
                .orElse("");
      }
      throw malformed(response, f.problem(), detail);
    }
  }

  /** The body bound to a class. */
  public <T> T bind(WpResponse response, Class<T> type) {
    return bind(response, readerFor(type), type);
  }

  /** The body bound to a generic type. */
  public <T> T bind(WpResponse response, TypeReference<T> type) {
    return bind(response, readerFor(type.getType()), type.getType());
  }

  private ObjectReader readerFor(Type type) {
    ObjectReader reader = readers.get(type);
    if (reader == null) {
      reader =
          readers.computeIfAbsent(
              type,
              t -> strict.forType(t instanceof JavaType ? (JavaType) t : mapper.constructType(t)));
    }
    return reader;
  }

  /**
   * Binds straight from the bytes, as a hand-written Jackson call would; only when that fails is
   * the body examined closely, to say precisely what is wrong with it.
   */
  private <T> T bind(WpResponse response, ObjectReader reader, Type type) {
    byte[] body = ApiAccess.get().rawBody(response);
    if (startsLikeJson(body)) {
      try {
        return reader.readValue(body);
      } catch (IOException e) {
        // fall through to the careful path below
      }
    }
    JsonNode json = json(response);
    try {
      return reader.readValue(json);
    } catch (IOException | IllegalArgumentException e) {
      throw malformed(
          response,
          BodyProblem.UNEXPECTED_SHAPE,
          "the JSON does not fit " + typeName(type) + JsonPath.at(e));
    }
  }

  /** The type's name for a message: built only on failure, as a JavaType builds it anew. */
  private static String typeName(Type type) {
    return type instanceof Class ? ((Class<?>) type).getSimpleName() : type.getTypeName();
  }

  /** WordPress's own JSON after PHP's notices: WordPress answered, PHP printed in front of it. */
  private boolean intactAfterNotices(WpResponse response) {
    try {
      ResponseBodies.parse(
          mapper, ApiAccess.get().rawBody(response), true, response.header("Content-Type"));
      return true;
    } catch (ResponseBodies.Failure f) {
      return false;
    }
  }

  /** A body that starts with an object or array: no BOM, PHP notice or HTML in front of it. */
  private static boolean startsLikeJson(byte[] body) {
    for (byte b : body) {
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        continue;
      }
      return b == '{' || b == '[';
    }
    return false;
  }

  /**
   * {@code detail} is the library's own sentence, with any value from the wire (the page title)
   * already masked: it is not masked again, so that its words survive.
   */
  private MalformedResponseException malformed(
      WpResponse response, BodyProblem problem, String detail) {
    // The parser's own exception is not chained: its message can quote the body, secrets included.
    FailedExchange exchange =
        FailedExchange.builder(
                ApiAccess.get().method(response).name(),
                Redaction.uri(response.uri(), auth::redact))
            .status(response.status())
            .responseHeaders(Redaction.headers(response.headers(), auth::redact))
            .body(
                ResponseBodies.snippet(
                    ApiAccess.get().rawBody(response), text -> Redaction.text(auth.redact(text))),
                ResponseBodies.classify(
                    ApiAccess.get().rawBody(response), response.header("Content-Type")))
            .wordPressAnswered(
                problem == BodyProblem.PHP_OUTPUT_BEFORE_JSON && intactAfterNotices(response))
            .auth(auth.scheme(), auth.sendsCredentials())
            .credentialFacts(auth.facts())
            .redirectChain(FailedExchanges.redactAll(response.redirectChain(), auth))
            .build();
    return new MalformedResponseException(
        response.status() + " on " + exchange.method() + " " + exchange.uri() + ": " + detail,
        exchange,
        problem,
        null);
  }
}
