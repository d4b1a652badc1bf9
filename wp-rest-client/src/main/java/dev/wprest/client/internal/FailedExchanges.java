package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BodyKind;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.WordPressError;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/** Turns what the transport saw into redacted {@link FailedExchange} records. */
public final class FailedExchanges {
  private FailedExchanges() {}

  /**
   * A record of a response; {@code wordPressAnswered} when its body is WordPress's JSON. A response
   * whose body is null was answered but its body is unknown (a recording that did not keep it): its
   * kind is {@link BodyKind#NONE}, not {@link BodyKind#EMPTY}, which would blame the server.
   */
  public static FailedExchange of(
      HttpResponse<byte[]> response,
      AuthStrategy auth,
      boolean credentialsSent,
      List<URI> redirectChain,
      boolean wordPressAnswered) {
    byte[] body = response.body() == null ? new byte[0] : response.body();
    Optional<String> contentType = response.headers().firstValue("Content-Type");
    BodyKind kind =
        response.body() == null ? BodyKind.NONE : ResponseBodies.classify(body, contentType);
    String snippet = ResponseBodies.snippet(body, text -> Redaction.text(auth.redact(text)));
    return FailedExchange.builder(
            response.request().method(), Redaction.uri(response.uri(), auth::redact))
        .status(response.statusCode())
        .responseHeaders(Redaction.headers(response.headers(), auth::redact))
        .body(snippet, kind)
        .wordPressAnswered(wordPressAnswered)
        .auth(auth.scheme(), credentialsSent)
        .credentialFacts(auth.facts())
        .redirectChain(redactAll(redirectChain, auth))
        .requestHeaderNames(response.request().headers().map().keySet())
        .build();
  }

  /** A record of a request that got no response. */
  public static FailedExchange noResponse(
      String method, URI uri, AuthStrategy auth, boolean credentialsSent, List<URI> chain) {
    return FailedExchange.builder(method, Redaction.uri(uri, auth::redact))
        .auth(auth.scheme(), credentialsSent)
        .credentialFacts(auth.facts())
        .redirectChain(redactAll(chain, auth))
        .build();
  }

  /**
   * WordPress's error envelope, when the body is one: a JSON object with string {@code code} and
   * {@code message}. Every string in it is masked here, {@code data} included: a hostile server can
   * echo the credential into any of them.
   */
  public static Optional<WordPressError> envelope(
      ObjectMapper mapper, byte[] body, AuthStrategy auth) {
    return ResponseBodies.readableJson(mapper, body).flatMap(node -> envelope(node, auth));
  }

  private static Optional<WordPressError> envelope(JsonNode node, AuthStrategy auth) {
    if (!WordPressJson.isErrorEnvelope(node)) {
      return Optional.empty();
    }
    List<WordPressError> extra = new java.util.ArrayList<>();
    for (JsonNode e : node.path("additional_errors")) {
      envelope(e, auth).ifPresent(extra::add);
    }
    return Optional.of(
        WordPressError.of(
            Redaction.text(auth.redact(node.path("code").asText())),
            Redaction.text(auth.redact(node.path("message").asText())),
            Redaction.json(node.get("data"), auth::redact),
            extra));
  }

  /** The URIs with the strategy's secrets and nonce parameters masked. */
  public static List<URI> redactAll(List<URI> uris, AuthStrategy auth) {
    return uris.stream()
        .map(uri -> Redaction.uri(uri, auth::redact))
        .collect(java.util.stream.Collectors.toList());
  }
}
