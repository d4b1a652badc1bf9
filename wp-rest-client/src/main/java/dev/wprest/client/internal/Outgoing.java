package dev.wprest.client.internal;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.HttpMethod;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request on its way down the transport's {@link Interceptor} chain: what to send, with what
 * credentials, by when, and the URIs that redirected to it. Immutable; each step that changes it
 * makes a copy.
 */
public final class Outgoing {
  final HttpMethod method;
  final URI uri;
  final Map<String, String> headers;
  final HttpRequest.BodyPublisher body;
  final AuthStrategy auth;
  final boolean credentialsSent;
  final long deadlineNanos;
  final List<URI> visited;
  final Cancellation cancellation;

  private Outgoing(
      HttpMethod method,
      URI uri,
      Map<String, String> headers,
      HttpRequest.BodyPublisher body,
      AuthStrategy auth,
      boolean credentialsSent,
      long deadlineNanos,
      List<URI> visited,
      Cancellation cancellation) {
    this.method = method;
    this.uri = uri;
    this.headers = headers;
    this.body = body;
    this.auth = auth;
    this.credentialsSent = credentialsSent;
    this.deadlineNanos = deadlineNanos;
    this.visited = visited;
    this.cancellation = cancellation;
  }

  /**
   * A request to send.
   *
   * @param headers every header to send, credentials included
   * @param body the body, or null for none
   * @param credentialsSent whether {@code headers} carry the strategy's credentials
   * @param deadlineNanos when the exchange must be over, body included ({@link System#nanoTime})
   */
  public static Outgoing of(
      HttpMethod method,
      URI uri,
      Map<String, String> headers,
      HttpRequest.BodyPublisher body,
      AuthStrategy auth,
      boolean credentialsSent,
      long deadlineNanos,
      Cancellation cancellation) {
    return new Outgoing(
        method,
        uri,
        Collections.unmodifiableMap(new LinkedHashMap<>(headers)),
        body,
        auth,
        credentialsSent,
        deadlineNanos,
        List.of(),
        cancellation);
  }

  /** The same request sent to {@code target}, after {@code from} redirected to it. */
  Outgoing redirectedTo(URI target) {
    List<URI> chain = new ArrayList<>(visited);
    chain.add(uri);
    return new Outgoing(
        method,
        target,
        headers,
        body,
        auth,
        credentialsSent,
        deadlineNanos,
        List.copyOf(chain),
        cancellation);
  }

  /** The same request with {@code added} sent first (the caller's headers win a clash). */
  Outgoing withHeadersFirst(Map<String, String> added) {
    Map<String, String> all = new LinkedHashMap<>(added);
    all.putAll(headers);
    return new Outgoing(
        method,
        uri,
        Collections.unmodifiableMap(all),
        body,
        auth,
        credentialsSent,
        deadlineNanos,
        visited,
        cancellation);
  }

  /** The request the JDK sends: the headers in order, the timeout what is left of the deadline. */
  HttpRequest toHttpRequest() {
    HttpRequest.Builder b = RequestBridge.timed(HttpRequest.newBuilder(uri), deadlineNanos);
    headers.forEach(b::header);
    if (body == null && method == HttpMethod.GET) {
      // GET() sends no body and no "Content-Length: 0", which method("GET", noBody()) would add.
      return b.GET().build();
    }
    return b.method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody() : body)
        .build();
  }
}
