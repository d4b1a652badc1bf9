package dev.wprest.client.internal;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BodyProblem;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.MalformedResponseException;
import dev.wprest.client.RedirectPolicy;
import dev.wprest.client.ResponseTooLargeException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Sends requests through one chain of {@link Interceptor}s, outermost first:
 *
 * <ol>
 *   <li>{@link RedirectFollower}: redirects followed by the library (never by the JDK) under the
 *       {@link RedirectPolicy};
 *   <li>{@link InsecureTransportGuard}: no credentials over plain http, at every hop;
 *   <li>{@link RequestBridge}: the user agent and {@code Accept-Encoding};
 *   <li>{@link Exchange}: one exchange on the JDK client's {@code sendAsync} under a permit of the
 *       client's concurrency limit, its body bounded in size and time, the {@link ExchangeHook}
 *       told before and after.
 * </ol>
 *
 * <p>Retries and the auth refresh are the call's, above the chain ({@link CallExecutor}): they
 * decide on the typed answer, which the transport does not map. The synchronous methods wait for
 * the same chain, so both paths send, refuse and fail alike.
 */
public final class Transport {
  /**
   * The default limit of exchanges in flight per client: a typical WordPress host serves a handful
   * of PHP workers; more parallel requests only queue there (or trip its rate limiter).
   */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 16;

  private final Duration callTimeout;
  private final ExchangeHook hook;
  private final InsecureTransportGuard guard;
  private final RequestBridge bridge;
  private final Exchange exchange;
  private final List<Interceptor> chain;

  /**
   * The transport of one client, with a hook on every exchange ({@link ExchangeHook#NONE} for none)
   * and the default limit of exchanges in flight.
   */
  public Transport(
      HttpClient http,
      Duration callTimeout,
      long maxResponseBytes,
      RedirectPolicy redirects,
      boolean allowInsecureHttp,
      String userAgent,
      boolean acceptGzip,
      ExchangeHook hook) {
    this(
        http,
        callTimeout,
        maxResponseBytes,
        redirects,
        allowInsecureHttp,
        userAgent,
        acceptGzip,
        hook,
        DEFAULT_MAX_CONCURRENT_REQUESTS);
  }

  /**
   * The transport of one client.
   *
   * @param maxConcurrentRequests the most exchanges in flight at once; more wait their turn
   */
  public Transport(
      HttpClient http,
      Duration callTimeout,
      long maxResponseBytes,
      RedirectPolicy redirects,
      boolean allowInsecureHttp,
      String userAgent,
      boolean acceptGzip,
      ExchangeHook hook,
      int maxConcurrentRequests) {
    this.callTimeout = callTimeout;
    this.hook = hook;
    this.guard = new InsecureTransportGuard(allowInsecureHttp);
    this.bridge = new RequestBridge(userAgent, acceptGzip);
    this.exchange = new Exchange(http, maxResponseBytes, hook, new Permits(maxConcurrentRequests));
    this.chain = List.of(new RedirectFollower(redirects), guard, bridge, exchange);
  }

  /** The per-attempt deadline starting now, as a {@link System#nanoTime} value. */
  public long attemptDeadline() {
    return System.nanoTime() + hook.timeLeft(callTimeout).toNanos();
  }

  /** Why one exchange produced no response. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
      /** Nothing was sent: connection refused or connect timeout. */
      CONNECT,
      /** The exchange broke after the request may have left. */
      IO,
      /** The deadline passed before the whole body arrived. */
      DEADLINE,
      /** The body passed the maximum response size; what arrived was dropped. */
      TOO_LARGE,
      /** The body's gzip encoding is corrupt or was cut off. */
      CORRUPT_ENCODING
    }

    /** What went wrong. */
    public final Kind kind;

    /** The URI of the failed exchange. */
    public final URI uri;

    /** The status and headers of a response whose body was too large or corrupt; else null. */
    public final HttpResponse.ResponseInfo info;

    Failure(Kind kind, URI uri, Throwable cause) {
      this(kind, uri, cause, null);
    }

    Failure(Kind kind, URI uri, Throwable cause, HttpResponse.ResponseInfo info) {
      super(cause);
      this.kind = kind;
      this.uri = uri;
      this.info = info;
    }

    /** The typed exception for a {@link Kind#TOO_LARGE} failure. */
    public ResponseTooLargeException tooLarge(
        String method, AuthStrategy auth, boolean credentialsSent, List<URI> chain) {
      BoundedBody.TooLarge cause = (BoundedBody.TooLarge) getCause();
      FailedExchange.Builder exchange =
          FailedExchange.builder(method, Redaction.uri(uri))
              .auth(auth.scheme(), credentialsSent)
              .credentialFacts(auth.facts())
              .redirectChain(chain.stream().map(Redaction::uri).collect(Collectors.toList()));
      if (info != null) {
        exchange
            .status(info.statusCode())
            .responseHeaders(Redaction.headers(info.headers(), auth::redact));
      }
      return new ResponseTooLargeException(
          (info == null ? "" : info.statusCode() + " on ")
              + method
              + " "
              + Redaction.uri(uri)
              + ": "
              + cause.getMessage()
              + " (maxResponseBytes); nothing past the limit was read",
          exchange.build(),
          cause.limit(),
          cause.declared());
    }

    /** The typed exception for a {@link Kind#CORRUPT_ENCODING} failure. */
    MalformedResponseException corruptEncoding(
        String method, AuthStrategy auth, boolean credentialsSent) {
      FailedExchange.Builder exchange =
          FailedExchange.builder(method, Redaction.uri(uri))
              .auth(auth.scheme(), credentialsSent)
              .credentialFacts(auth.facts());
      if (info != null) {
        exchange
            .status(info.statusCode())
            .responseHeaders(Redaction.headers(info.headers(), auth::redact));
      }
      // The server's compression is broken: sending again would get the same bytes, so this is
      // not a transport failure to retry. The cause is the library's own sentence.
      return new MalformedResponseException(
          (info == null ? "" : info.statusCode() + " on ")
              + method
              + " "
              + Redaction.uri(uri)
              + ": "
              + getCause().getMessage(),
          exchange.build(),
          BodyProblem.CORRUPT_ENCODING,
          getCause());
    }
  }

  /** A response and the URIs visited before it. */
  public static final class Sent {
    /** The final response. */
    public final HttpResponse<byte[]> response;

    /** The URIs that redirected to it, in order. */
    public final List<URI> chain;

    Sent(HttpResponse<byte[]> response, List<URI> chain) {
      this.response = response;
      this.chain = List.copyOf(chain);
    }
  }

  /**
   * Sends a request down the chain without waiting: the answer, or a future failed with a {@link
   * Failure} or the typed exception of a refusal (redirect, insecure http).
   */
  public CompletableFuture<Sent> sendAsync(Outgoing request) {
    return Interceptor.chain(chain, 0, request).proceed(request);
  }

  /**
   * Sends a request and follows safe redirects, waiting for the answer.
   *
   * @param headers every header to send, credentials included
   */
  public Sent send(
      HttpMethod method,
      URI uri,
      Map<String, String> headers,
      HttpRequest.BodyPublisher body,
      AuthStrategy auth,
      boolean credentialsSent,
      long deadlineNanos)
      throws Failure {
    return await(
        sendAsync(
            Outgoing.of(
                method,
                uri,
                headers,
                body,
                auth,
                credentialsSent,
                deadlineNanos,
                new Cancellation())),
        uri);
  }

  /** Refuses credentials over plain http to a non-loopback host unless the caller opted in. */
  public void refuseInsecure(
      String method, URI uri, AuthStrategy auth, boolean credentialsSent, List<URI> chain) {
    guard.refuse(method, uri, auth, credentialsSent, chain);
  }

  /** A request to {@code uri} with the user agent and the per-attempt timeout. */
  public HttpRequest.Builder newRequest(URI uri) {
    return bridge.newRequest(uri, attemptDeadline());
  }

  /** One exchange, its body included, within the call timeout from now. */
  public HttpResponse<byte[]> exchange(HttpRequest request) throws Failure {
    return exchange(request, attemptDeadline());
  }

  /** One exchange, its body included, by {@code deadlineNanos} ({@link System#nanoTime}). */
  public HttpResponse<byte[]> exchange(HttpRequest request, long deadlineNanos) throws Failure {
    return await(exchange.send(request, deadlineNanos, new Cancellation()), request.uri());
  }

  /** Waits for a step of the chain; an interrupt cancels it and fails as I/O, as the JDK's does. */
  private static <T> T await(CompletableFuture<T> step, URI uri) throws Failure {
    try {
      return step.get();
    } catch (InterruptedException e) {
      step.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failure(Failure.Kind.IO, uri, e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /** A chain's failure as the synchronous caller gets it: the {@link Failure}, or thrown as is. */
  static Failure rethrown(Throwable failed) throws Failure {
    Throwable t = Exchange.unwrap(failed);
    if (t instanceof Failure) {
      return (Failure) t;
    }
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    throw new IllegalStateException("unexpected failure of the transport", t);
  }
}
