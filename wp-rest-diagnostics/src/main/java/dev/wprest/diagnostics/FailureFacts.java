package dev.wprest.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthScheme;
import dev.wprest.client.CredentialFacts;
import dev.wprest.client.CredentialFacts.PasswordShape;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressException;
import dev.wprest.client.internal.ResponseBodies;
import dev.wprest.client.internal.RestUris;
import dev.wprest.client.internal.WordPressJson;
import dev.wprest.diagnostics.internal.CoreSignature;
import dev.wprest.diagnostics.internal.CoreSignatures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one failed call that analyzers reason from, read once from the exception: status,
 * WordPress code, who answered, what credential was sent (its shape, never its value) and what the
 * site's index said.
 *
 * <p>Every value that came from the wire (the code, the message, the body, header values) is read
 * through {@link SecretMasking} here, on its way in: the client already masked the secrets it
 * knows, this masks credential-shaped text it cannot know. Analyzers compose their sentences from
 * these values, and the sentences themselves are never masked afterwards.
 */
final class FailureFacts {
  private static final ObjectMapper JSON = new ObjectMapper();

  final Throwable thrown;

  /** The WordPress failure found in the chain, or null for anything else. */
  final WordPressException failure;

  /** Its exchange, or null. */
  final FailedExchange exchange;

  final int status;
  final String code;
  final String message;

  /** The envelope's {@code data.status}, or -1 when it carries none. */
  final int dataStatus;

  /** The body snippet, masked once: analyzers read it many times. */
  private final String body;

  private FailureFacts(Throwable thrown, WordPressException failure) {
    this.thrown = thrown;
    this.failure = failure;
    this.exchange = failure == null ? null : failure.exchange();
    this.status = exchange == null ? 0 : exchange.status().orElse(0);
    String c = null;
    String m = null;
    JsonNode d = JSON.missingNode();
    if (failure instanceof WordPressApiException) {
      c = ((WordPressApiException) failure).code().orElse(null);
      m = ((WordPressApiException) failure).errorMessage().orElse(null);
      d = ((WordPressApiException) failure).data().path("status");
    } else if (exchange != null) {
      // Login steps and others carry no parsed envelope; their snippet may still be one.
      JsonNode node = envelope(exchange.bodySnippet());
      if (!node.isMissingNode()) {
        c = node.path("code").asText();
        m = node.path("message").asText(null);
        d = node.path("data").path("status");
      }
    }
    this.dataStatus = d.canConvertToInt() ? d.asInt() : -1;
    this.code = c == null ? "" : SecretMasking.mask(c);
    this.message = m == null ? "" : SecretMasking.mask(m.replaceAll("<[^>]+>", "").strip());
    this.body = exchange == null ? "" : SecretMasking.mask(exchange.bodySnippet());
  }

  static FailureFacts of(Throwable thrown) {
    return new FailureFacts(thrown, findWordPressFailure(thrown));
  }

  /** The first WordPress failure in the cause chain (wrappers such as CompletionException). */
  private static WordPressException findWordPressFailure(Throwable thrown) {
    Throwable t = thrown;
    for (int depth = 0; t != null && depth < 16; depth++) {
      if (t instanceof WordPressException) {
        return (WordPressException) t;
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return null;
  }

  /** WordPress's error envelope in a body, by the client's own rules for JSON and envelopes. */
  private static JsonNode envelope(String text) {
    return ResponseBodies.readableJson(
            JSON, (text == null ? "" : text).getBytes(StandardCharsets.UTF_8))
        .filter(WordPressJson::isErrorEnvelope)
        .orElse(JSON.missingNode());
  }

  boolean isWordPressFailure() {
    return failure != null;
  }

  boolean is(Class<? extends WordPressException> type) {
    return type.isInstance(failure);
  }

  boolean hasResponse() {
    return status > 0;
  }

  /** How the answer compares to core's answer with its code; OTHER_CODE for a code core lacks. */
  CoreSignature.Fit coreFit() {
    return CoreSignatures.forCode(code)
        .map(s -> s.fit(status, code, message, dataStatus))
        .orElse(CoreSignature.Fit.OTHER_CODE);
  }

  /** Why the answer is not core's answer with its code, or "". */
  String coreMismatch() {
    return CoreSignatures.forCode(code)
        .map(s -> s.mismatch(status, code, message, dataStatus))
        .orElse("");
  }

  boolean codeIs(String... codes) {
    return Arrays.asList(codes).contains(code);
  }

  String scheme() {
    return exchange == null ? AuthScheme.NONE : exchange.authScheme();
  }

  boolean credentialsSent() {
    return exchange != null && exchange.credentialsSent();
  }

  /** What the strategy said about its credential; nothing when no exchange was recorded. */
  CredentialFacts credential() {
    return exchange == null ? CredentialFacts.none() : exchange.credentialFacts();
  }

  Optional<String> username() {
    return credential().username();
  }

  boolean passwordShapedLikeApplicationPassword() {
    return credential().passwordShapedLikeApplicationPassword();
  }

  boolean passwordShapedOtherwise() {
    return credential().passwordShape().filter(PasswordShape.OTHER::equals).isPresent();
  }

  Set<String> cookieNames() {
    return credential().cookieNames();
  }

  boolean sentLoginCookie() {
    return credential().hasLoginCookie();
  }

  boolean sentNonce() {
    return credential().noncePresent().orElse(false) || sentHeader("x-wp-nonce");
  }

  /** Whether the request carried a header of this (lower-case) name; values are never kept. */
  boolean sentHeader(String lowerCaseName) {
    return exchange != null && exchange.requestHeaderNames().contains(lowerCaseName);
  }

  Optional<SiteInfo> site() {
    return failure == null ? Optional.empty() : failure.site();
  }

  Optional<Boolean> applicationPasswordsAvailable() {
    return site().flatMap(SiteInfo::applicationPasswordsAvailable);
  }

  /**
   * Whether an answer arrived but its body is unknown: a recording (a HAR file) that did not keep
   * it. WordPress's error code is then unknown too, which is no fault of the server.
   */
  boolean bodyUnrecorded() {
    return hasResponse() && exchange.bodyKind() == dev.wprest.client.BodyKind.NONE;
  }

  boolean wordPressAnswered() {
    return exchange != null && exchange.wordPressAnswered();
  }

  Optional<String> header(String name) {
    return exchange == null ? Optional.empty() : exchange.header(name).map(SecretMasking::mask);
  }

  String body() {
    return body;
  }

  String bodyLower() {
    return body().toLowerCase(Locale.ROOT);
  }

  Optional<String> htmlTitle() {
    return ResponseBodies.htmlTitle(body(), 120);
  }

  String method() {
    return exchange == null ? "?" : exchange.method();
  }

  boolean isWrite() {
    String m = method().toUpperCase(Locale.ROOT);
    return m.equals("POST") || m.equals("PUT") || m.equals("PATCH") || m.equals("DELETE");
  }

  URI uri() {
    return exchange == null ? null : exchange.uri();
  }

  /** The REST route of the URI: {@code /wp/v2/users/me} for both routing styles. */
  String route() {
    String route = RestUris.routeOf(uri());
    return route.isEmpty() && uri() != null && uri().getPath() != null ? uri().getPath() : route;
  }

  boolean isRestUri() {
    return RestUris.isRestUri(uri());
  }

  /** "GET https://example.com/wp-json/wp/v2/users/me" */
  String request() {
    return exchange == null ? "the call" : exchange.method() + " " + exchange.uri();
  }

  /** "401 rest_not_logged_in", "403 (HTML page)", "no HTTP answer". */
  String answer() {
    if (!hasResponse()) {
      return "no HTTP answer";
    }
    return status + (code.isEmpty() ? "" : " " + code);
  }

  /** "GET https://.../users/me answered 401 rest_not_logged_in" */
  String what() {
    return hasResponse() ? request() + " answered " + answer() : request() + " got no HTTP answer";
  }

  /** A diagnosis builder already holding every standard piece of evidence. */
  Diagnosis.Builder diagnosis(LikelyCause cause) {
    Diagnosis.Builder b = Diagnosis.builder(cause);
    StandardEvidence.addTo(b, this);
    return b;
  }
}
