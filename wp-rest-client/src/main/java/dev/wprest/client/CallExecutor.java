package dev.wprest.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.internal.Redaction;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one {@link WpRequest}: credentials, transport, the retry policy, and the single auth-refresh
 * retry; maps every outcome to a {@link WpResponse} or a typed exception.
 */
final class CallExecutor {
  private final Transport transport;
  private final RetryPolicy retry;
  private final AuthStrategy auth;
  private final AuthContext authContext;
  private final ObjectMapper mapper;
  private final ErrorMapper errors;
  private final ResponseReader reader;

  CallExecutor(
      Transport transport,
      RetryPolicy retry,
      AuthStrategy auth,
      AuthContext authContext,
      ObjectMapper mapper,
      ResponseReader reader) {
    this.transport = transport;
    this.retry = retry;
    this.auth = auth;
    this.authContext = authContext;
    this.mapper = mapper;
    this.errors = new ErrorMapper(mapper, retry);
    this.reader = reader;
  }

  WpResponse execute(WpRequest request, URI uri) {
    HttpMethod method = request.method();
    byte[] body = body(request);
    boolean authRefreshed = false;
    for (int attempt = 1; ; attempt++) {
      Map<String, String> credentials = auth.credentials(authContext);
      credentials.forEach(
          (name, value) -> CredentialCheck.sendable(auth.scheme(), name + " header", value));
      boolean credentialsSent = auth.sendsCredentials() && !credentials.isEmpty();
      Map<String, String> headers = headers(request, credentials);
      Transport.Sent sent;
      try {
        sent = transport.send(method, uri, headers, body, auth, credentialsSent);
      } catch (Transport.Failure f) {
        if (mayRetry(f, method) && attempt < retry.maxAttempts()) {
          pause(attempt, Optional.empty());
          continue;
        }
        throw failure(f, method, credentialsSent);
      }
      HttpResponse<byte[]> response = sent.response;
      auth.observe(response.headers());
      int status = response.statusCode();
      if (status / 100 == 2) {
        return new WpResponse(
            method,
            response.uri(),
            status,
            response.headers(),
            response.body(),
            sent.chain,
            reader);
      }
      WordPressApiException error =
          errors.fromResponse(response, auth, credentialsSent, sent.chain);
      if ((status == 401 || status == 403)
          && !authRefreshed
          && auth.refreshAfter(authContext, error)) {
        authRefreshed = true;
        attempt--;
        continue;
      }
      if (attempt < retry.maxAttempts() && retry.retriesStatus(method, status)) {
        pause(attempt, response.headers().firstValue("Retry-After"));
        continue;
      }
      throw error;
    }
  }

  private static boolean mayRetry(Transport.Failure f, HttpMethod method) {
    return f.kind == Transport.Failure.Kind.CONNECT || method.idempotent();
  }

  private WordPressException failure(
      Transport.Failure f, HttpMethod method, boolean credentialsSent) {
    FailedExchange exchange =
        FailedExchanges.noResponse(method.name(), f.uri, auth, credentialsSent, List.of());
    String where = method + " " + Redaction.uri(f.uri, auth::redact);
    String cause = f.getCause() == null ? "" : f.getCause().getClass().getSimpleName();
    if (f.kind == Transport.Failure.Kind.CONNECT) {
      return new TransportException(
          "could not connect for " + where + " (" + cause + "): is the site up and the URL right?",
          exchange,
          f.getCause());
    }
    if (!method.idempotent()) {
      return new OutcomeUnknownException(
          where
              + (f.kind == Transport.Failure.Kind.DEADLINE ? " timed out" : " failed mid-exchange")
              + " after the request may have reached the server: it may or may not have taken effect. "
              + "Check the site before sending it again.",
          exchange,
          f.getCause());
    }
    if (f.kind == Transport.Failure.Kind.DEADLINE) {
      return new DeadlineExceededException(
          where + " did not complete (headers and body) within the call timeout", exchange);
    }
    return new TransportException(
        where + " failed mid-exchange (" + cause + ")", exchange, f.getCause());
  }

  private void pause(int attempt, Optional<String> retryAfter) {
    Duration delay = retry.delayBefore(attempt, retryAfter);
    try {
      retry.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }

  private static Map<String, String> headers(WpRequest request, Map<String, String> credentials) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    if (request.jsonBody().isPresent()) {
      headers.put("Content-Type", "application/json; charset=utf-8");
    }
    request.rawContentType().ifPresent(type -> headers.put("Content-Type", type));
    headers.putAll(request.headers());
    headers.putAll(credentials);
    return headers;
  }

  private byte[] body(WpRequest request) {
    if (request.rawBody().isPresent()) {
      return request.rawBody().get();
    }
    if (request.jsonBody().isEmpty()) {
      return null;
    }
    try {
      return mapper.writeValueAsBytes(request.jsonBody().get());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the request body cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
