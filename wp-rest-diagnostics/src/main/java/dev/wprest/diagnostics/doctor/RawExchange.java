package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wprest.client.BodyKind;
import dev.wprest.client.internal.RedirectRules;
import dev.wprest.client.internal.ResponseBodies;
import dev.wprest.client.internal.WordPressJson;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One raw probe request and what it got back, or why it got nothing: the doctor's own request, sent
 * on the client's transport without the strategy under examination. Its sibling {@link
 * ClientExchange} is a call made through the wp-rest client; either becomes a {@link ProbeResult},
 * the report's line for it.
 */
final class RawExchange {
  private static final ObjectMapper JSON = new ObjectMapper();

  final String method;
  final URI uri;
  final int status;
  final HttpHeaders headers;
  final String body;

  /** Why no answer came, or null. */
  final String failure;

  /** Whether the failure was a connection that could not be made at all. */
  final boolean connectFailure;

  /** Whether the failure was TLS refusing the site's certificate or handshake. */
  final boolean tlsFailure;

  /** What to check first for a connection that failed, fitted to why; null when not known. */
  final String check;

  /** The body's JSON once read; null before. */
  private JsonNode json;

  private RawExchange(
      String method,
      URI uri,
      int status,
      HttpHeaders headers,
      String body,
      String failure,
      boolean connectFailure,
      boolean tlsFailure,
      String check) {
    this.method = method;
    this.uri = uri;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.failure = failure;
    this.connectFailure = connectFailure;
    this.tlsFailure = tlsFailure;
    this.check = check;
  }

  static RawExchange of(String method, URI uri, int status, HttpHeaders headers, String body) {
    return new RawExchange(method, uri, status, headers, body, null, false, false, null);
  }

  static RawExchange failed(String method, URI uri, String why, boolean connectFailure) {
    return failed(method, uri, why, connectFailure, null);
  }

  static RawExchange failed(
      String method, URI uri, String why, boolean connectFailure, String check) {
    return new RawExchange(
        method,
        uri,
        -1,
        HttpHeaders.of(Map.of(), (a, b) -> true),
        "",
        why,
        connectFailure,
        false,
        check);
  }

  static RawExchange tlsFailed(String method, URI uri, String why, String check) {
    return new RawExchange(
        method, uri, -1, HttpHeaders.of(Map.of(), (a, b) -> true), "", why, true, true, check);
  }

  boolean answered() {
    return failure == null;
  }

  Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  List<String> headers(String name) {
    return headers.allValues(name);
  }

  boolean isRedirect() {
    return RedirectRules.isRedirect(status, header("Location"));
  }

  /** JSON as the client reads it (see {@link ResponseBodies#readableJson}): a document. */
  boolean isJson() {
    return !json().isMissingNode();
  }

  boolean isHtml() {
    return ResponseBodies.classify(bytes(), header("Content-Type")) == BodyKind.HTML;
  }

  /** The JSON document the client would read from the body, or a missing node. */
  JsonNode json() {
    if (json == null) {
      // A scalar (WordPress's admin-ajax.php answers "0") is JSON to a parser, not a document.
      json =
          ResponseBodies.readableJson(JSON, bytes())
              .filter(JsonNode::isContainerNode)
              .orElse(MissingNode.getInstance());
    }
    return json;
  }

  private byte[] bytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** WordPress's error code, or "". */
  String code() {
    return json().path("code").asText("");
  }

  boolean isWordPressIndex() {
    return WordPressJson.isIndex(json());
  }

  boolean isWordPressError() {
    return WordPressJson.isErrorEnvelope(json());
  }

  Optional<String> htmlTitle() {
    return ResponseBodies.htmlTitle(body, 100);
  }

  boolean hasApiLink() {
    return headers("Link").stream().anyMatch(l -> l.contains("https://api.w.org/"));
  }

  /** "401 rest_not_logged_in", "404 (HTML page "Not Found")", "200 (text/xml)". */
  String summary() {
    if (!answered()) {
      return "no answer (" + failure + ")";
    }
    String code = code();
    if (!code.isEmpty()) {
      return status + " " + code;
    }
    if (isHtml()) {
      return status
          + " (an HTML page"
          + htmlTitle().map(t -> " titled \"" + t + "\"").orElse("")
          + ")";
    }
    if (isJson()) {
      return status + " (JSON)";
    }
    return status + header("Content-Type").map(t -> " (" + t + ")").orElse("");
  }
}
