package dev.wprest.client.internal;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BodyProblem;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.InsecureTransportException;
import dev.wprest.client.MalformedResponseException;
import dev.wprest.client.RedirectPolicy;
import dev.wprest.client.RedirectRefusedException;
import dev.wprest.client.ResponseTooLargeException;
import dev.wprest.client.WordPressClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests: one exchange under a deadline that covers the body, the insecure-http rule, and
 * redirects followed by the library (never by the JDK) under the {@link RedirectPolicy}.
 */
public final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger(WordPressClient.class);

  private final HttpClient http;
  private final Duration callTimeout;
  private final long maxResponseBytes;
  private final RedirectPolicy redirects;
  private final boolean allowInsecureHttp;
  private final String userAgent;
  private final boolean acceptGzip;
  private final ExchangeHook hook;

  /**
   * The transport of one client, with a hook on every exchange ({@link ExchangeHook#NONE} for
   * none).
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
    this.http = http;
    this.callTimeout = callTimeout;
    this.maxResponseBytes = maxResponseBytes;
    this.redirects = redirects;
    this.allowInsecureHttp = allowInsecureHttp;
    this.userAgent = userAgent;
    this.acceptGzip = acceptGzip;
    this.hook = hook;
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
   * Sends a request and follows safe redirects.
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
    List<URI> chain = new ArrayList<>();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      refuseInsecure(method.name(), current, auth, credentialsSent, chain);
      HttpResponse<byte[]> response =
          exchange(build(method, current, headers, body, deadlineNanos), deadlineNanos);
      int status = response.statusCode();
      if (!RedirectRules.isRedirect(status, response.headers().firstValue("Location"))) {
        return new Sent(response, chain);
      }
      URI target = location(response, current, auth, credentialsSent, chain);
      RedirectRules.Refusal refusal =
          RedirectRules.refusal(
                  method, status, current, target, hop, redirects.maxHops(), credentialsSent)
              .orElse(null);
      chain.add(current);
      if (refusal != null) {
        URI from = Redaction.uri(current);
        URI to = Redaction.uri(target);
        throw new RedirectRefusedException(
            status
                + " redirect from "
                + from
                + " to "
                + to
                + " refused: "
                + refusal.words
                + ". If "
                + Origins.origin(target)
                + " is the site's address, use it as the base URL.",
            FailedExchanges.of(
                response, auth, credentialsSent, chain.subList(0, chain.size() - 1), false),
            from,
            to,
            refusal.reason);
      }
      current = target;
    }
  }

  /**
   * Where a redirect points, resolved against the URI that answered. A {@code Location} that is not
   * a URI is refused here, typed, and never quoted: it is the server's text and may hold anything.
   */
  private static URI location(
      HttpResponse<byte[]> response,
      URI current,
      AuthStrategy auth,
      boolean credentialsSent,
      List<URI> chain)
      throws RedirectRefusedException {
    String value = response.headers().firstValue("Location").orElseThrow();
    Optional<URI> target = RedirectRules.target(current, value);
    if (target.isPresent()) {
      return target.get();
    }
    URI from = Redaction.uri(current);
    throw new RedirectRefusedException(
        response.statusCode()
            + " redirect from "
            + from
            + " refused: its Location header is not a valid absolute http(s) URL",
        FailedExchanges.of(response, auth, credentialsSent, chain, false),
        from,
        null,
        RedirectRefusedException.Reason.MALFORMED_LOCATION);
  }

  /** Refuses credentials over plain http to a non-loopback host unless the caller opted in. */
  public void refuseInsecure(
      String method, URI uri, AuthStrategy auth, boolean credentialsSent, List<URI> chain) {
    if (credentialsSent
        && !allowInsecureHttp
        && Origins.isPlainHttp(uri)
        && !Origins.isLoopback(uri)) {
      throw new InsecureTransportException(
          "refusing to send "
              + auth.scheme()
              + " credentials over plain http to "
              + Origins.origin(uri)
              + ": anyone on the network could read them. Use the site's https:// URL, or call "
              + "allowInsecureHttp() on the client builder for a trusted network only",
          FailedExchanges.noResponse(method, uri, auth, false, chain));
    }
  }

  /** A request to {@code uri} with the user agent and the per-attempt timeout. */
  public HttpRequest.Builder newRequest(URI uri) {
    return newRequest(uri, attemptDeadline());
  }

  private HttpRequest.Builder newRequest(URI uri, long deadlineNanos) {
    long remaining = Math.max(1, deadlineNanos - System.nanoTime());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofNanos(remaining))
            .header("User-Agent", userAgent);
    // The JDK client neither asks for nor decodes compression: BoundedBody decodes gzip.
    return acceptGzip ? b.header("Accept-Encoding", "gzip") : b;
  }

  private HttpRequest build(
      HttpMethod method,
      URI uri,
      Map<String, String> headers,
      HttpRequest.BodyPublisher body,
      long deadlineNanos) {
    HttpRequest.Builder b = newRequest(uri, deadlineNanos);
    headers.forEach(b::header);
    if (body == null && method == HttpMethod.GET) {
      // GET() sends no body and no "Content-Length: 0", which method("GET", noBody()) would add.
      return b.GET().build();
    }
    return b.method(method.name(), body == null ? HttpRequest.BodyPublishers.noBody() : body)
        .build();
  }

  /** One exchange, its body included, within the call timeout from now. */
  public HttpResponse<byte[]> exchange(HttpRequest request) throws Failure {
    return exchange(request, attemptDeadline());
  }

  /** One exchange, its body included, by {@code deadlineNanos} ({@link System#nanoTime}). */
  public HttpResponse<byte[]> exchange(HttpRequest request, long deadlineNanos) throws Failure {
    long start = System.nanoTime();
    AtomicReference<HttpResponse.ResponseInfo> head = new AtomicReference<>();
    try {
      // The synchronous send saves a thread hand-off per call; the body deadline is enforced by
      // the body handler, the header deadline by the request's own timeout.
      hook.beforeSend(request);
      HttpResponse<byte[]> response =
          http.send(request, BodyDeadline.bytesBy(deadlineNanos, maxResponseBytes, head::set));
      log(request, String.valueOf(response.statusCode()), start);
      hook.answered(request, response);
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure(Failure.Kind.IO, request.uri(), e);
    } catch (HttpConnectTimeoutException | ConnectException e) {
      log(request, "failed: " + e.getClass().getSimpleName(), start);
      throw new Failure(Failure.Kind.CONNECT, request.uri(), e);
    } catch (HttpTimeoutException e) {
      log(request, "deadline exceeded", start);
      throw new Failure(Failure.Kind.DEADLINE, request.uri(), e);
    } catch (IOException e) {
      BoundedBody.TooLarge tooLarge = causeOf(e, BoundedBody.TooLarge.class);
      if (tooLarge != null) {
        log(request, "body over " + maxResponseBytes + " bytes", start);
        throw new Failure(Failure.Kind.TOO_LARGE, request.uri(), tooLarge, head.get());
      }
      GzipBody.Corrupt corrupt = causeOf(e, GzipBody.Corrupt.class);
      if (corrupt != null) {
        log(request, "corrupt gzip body", start);
        throw new Failure(Failure.Kind.CORRUPT_ENCODING, request.uri(), corrupt, head.get());
      }
      if (System.nanoTime() >= deadlineNanos) {
        // The deadline cancelled the exchange and the JDK reported the cancellation as I/O.
        log(request, "deadline exceeded", start);
        throw new Failure(Failure.Kind.DEADLINE, request.uri(), e);
      }
      log(request, "failed: " + e.getClass().getSimpleName(), start);
      throw new Failure(Failure.Kind.IO, request.uri(), e);
    }
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static void log(HttpRequest request, String outcome, long startNanos) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} -> {} ({} ms)",
          request.method(),
          Redaction.uri(request.uri()),
          outcome,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }
  }
}
