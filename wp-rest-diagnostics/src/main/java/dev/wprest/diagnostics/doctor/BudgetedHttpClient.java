package dev.wprest.diagnostics.doctor;

import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.Redaction;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The only way the doctor reaches the network, for its own probes and for the client it drives
 * alike. It enforces what the doctor promises rather than trusting every probe to remember: at most
 * {@code budget} requests, only to the site's origin, nothing that writes, every answer within the
 * request's deadline and the examination's (headers and the whole body), and no body larger than
 * the limit (enforced while it streams in). Reads are GET, HEAD and OPTIONS; the few POSTs allowed
 * read too or only log in: XML-RPC's {@code wp.getUsersBlogs} (once), a JWT plugin's {@code
 * token/validate}, and the login steps of the strategy under test ({@code wp-login.php}, a JWT
 * plugin's {@code token}), and the write probe, which WordPress refuses before it writes anything.
 */
final class BudgetedHttpClient extends HttpClient {
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private static final int LOGIN_PAGE_KEPT = 64 * 1024;

  private final HttpClient delegate;
  private final int budget;
  private final Limits limits;
  private final List<String> allowedOrigins = new ArrayList<>();
  private final List<Sent> journal = new ArrayList<>();
  private boolean xmlRpcSent;

  /** The deadlines and the size limit every exchange is held to. */
  static final class Limits {
    final Duration perRequest;
    final Instant runDeadline;
    final long maxBytes;
    final java.time.Clock clock;

    Limits(Duration perRequest, Instant runDeadline, long maxBytes, java.time.Clock clock) {
      this.perRequest = perRequest;
      this.runDeadline = runDeadline;
      this.maxBytes = maxBytes;
      this.clock = clock;
    }

    static Limits generous() {
      return new Limits(
          Duration.ofSeconds(30), Instant.MAX, 16L * 1024 * 1024, java.time.Clock.systemUTC());
    }

    /**
     * What is left for one exchange: the request's deadline or the run's, whichever comes first.
     */
    Duration remaining() {
      Instant now = clock.instant();
      Duration run =
          runDeadline.equals(Instant.MAX) ? perRequest : Duration.between(now, runDeadline);
      return run.compareTo(perRequest) < 0 ? run : perRequest;
    }
  }

  /**
   * A read the doctor already sent and that answered with a redirect, asked for again: a redirect
   * loop, which would only bring the same answer back, ends here instead of going round.
   */
  static final class RepeatedRequestException extends IOException {
    private static final long serialVersionUID = 1L;

    RepeatedRequestException(String request) {
      super(
          "the doctor sends no request twice, and "
              + request
              + " was sent already (a redirect loop?)");
    }
  }

  /** One request the doctor sent, its URI redacted. */
  static final class Sent {
    final String method;
    final URI uri;
    final String key;
    int status = -1;
    volatile byte[] bodyStart = new byte[0];

    Sent(String method, URI uri, String key) {
      this.method = method;
      this.uri = uri;
      this.key = key;
    }

    String line() {
      return method + " " + uri;
    }
  }

  BudgetedHttpClient(HttpClient delegate, URI origin, int budget) {
    this(delegate, origin, budget, Limits.generous());
  }

  BudgetedHttpClient(HttpClient delegate, URI origin, int budget, Limits limits) {
    this.delegate = delegate;
    this.budget = budget;
    this.limits = limits;
    allowedOrigins.add(Origins.origin(origin));
  }

  /** Whether the examination's deadline has passed. */
  boolean pastDeadline() {
    return !limits.runDeadline.equals(Instant.MAX)
        && !limits.clock.instant().isBefore(limits.runDeadline);
  }

  /** Requests sent more than once, identical in method, URI and credential headers. */
  synchronized List<String> duplicates() {
    List<String> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Sent sent : journal) {
      if (!seen.add(sent.key)) {
        out.add(sent.line());
      }
    }
    return out;
  }

  /** Also allows an origin the site moved to safely (http to https on the same host). */
  synchronized void allowOrigin(URI uri) {
    allowedOrigins.add(Origins.origin(uri));
  }

  synchronized int sent() {
    return journal.size();
  }

  synchronized int remaining() {
    return budget - journal.size();
  }

  /** The requests sent from index {@code from} on. */
  synchronized List<Sent> since(int from) {
    return List.copyOf(journal.subList(Math.min(from, journal.size()), journal.size()));
  }

  private synchronized Sent admit(HttpRequest request) throws IOException {
    String method = request.method().toUpperCase(Locale.ROOT);
    URI uri = request.uri();
    if (journal.size() >= budget) {
      throw new IOException("the doctor's budget of " + budget + " requests is used up");
    }
    if (pastDeadline()) {
      throw new HttpTimeoutException("the doctor's deadline for the whole examination has passed");
    }
    if (allowedOrigins.stream().noneMatch(o -> o.equals(Origins.origin(uri)))) {
      throw new IOException(
          "the doctor only talks to " + allowedOrigins + ", not " + Origins.origin(uri));
    }
    if (!READS.contains(method) && !WriteProbe.isProbe(uri)) {
      if (!method.equals("POST") || !readOnlyPost(uri)) {
        throw new IOException(
            "the doctor sends no writes: refused " + method + " " + Redaction.uri(uri));
      }
    }
    String key = key(request);
    if (READS.contains(method)
        && journal.stream().anyMatch(s -> s.key.equals(key) && s.status / 100 == 3)) {
      throw new RepeatedRequestException(method + " " + Redaction.uri(uri));
    }
    Sent sent = new Sent(method, Redaction.uri(uri), key);
    journal.add(sent);
    return sent;
  }

  /** Method, URI and which credential headers were sent, with a digest of their values. */
  private static String key(HttpRequest request) {
    StringBuilder k = new StringBuilder(request.method()).append(' ').append(request.uri());
    for (String name : List.of("Authorization", "Cookie", "X-WP-Nonce", "Content-Type")) {
      request
          .headers()
          .firstValue(name)
          .ifPresent(v -> k.append(' ').append(name).append('#').append(v.hashCode()));
    }
    return k.toString();
  }

  private boolean readOnlyPost(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (path.endsWith("/xmlrpc.php")) {
      if (xmlRpcSent) {
        return false;
      }
      xmlRpcSent = true;
      return true;
    }
    if (path.endsWith("/wp-login.php")) {
      return true;
    }
    String route = RestRoutes.routeOf(uri);
    return route.equals("/jwt-auth/v1/token/validate") || route.equals("/jwt-auth/v1/token");
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    Sent sent = admit(request);
    Duration left = limits.remaining();
    if (left.isNegative() || left.isZero()) {
      throw new HttpTimeoutException("the doctor's deadline for the whole examination has passed");
    }
    boolean loginPage =
        request.uri().getPath() != null && request.uri().getPath().endsWith("/wp-login.php");
    BoundedBodies<T> bounded =
        new BoundedBodies<>(
            handler, limits.maxBytes, loginPage ? LOGIN_PAGE_KEPT : 0, b -> sent.bodyStart = b);
    CompletableFuture<HttpResponse<T>> future = delegate.sendAsync(request, bounded);
    HttpResponse<T> response;
    try {
      response = future.get(left.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      HttpTimeoutException late =
          new HttpTimeoutException("no complete answer within " + left.toMillis() + " ms");
      bounded.abort(late);
      future.cancel(true);
      throw late;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof java.util.concurrent.CompletionException
          && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IOException(cause);
    } catch (InterruptedException e) {
      bounded.abort(new IOException("interrupted"));
      future.cancel(true);
      throw e;
    }
    synchronized (this) {
      sent.status = response.statusCode();
    }
    return response;
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return sendAsync(request, handler, null);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    Sent sent;
    try {
      sent = admit(request);
    } catch (IOException refused) {
      return CompletableFuture.failedFuture(refused);
    }
    // No server push: a pushed response would be a request the budget never saw.
    BoundedBodies<T> bounded = new BoundedBodies<>(handler, limits.maxBytes, 0, b -> {});
    Duration left = limits.remaining();
    return delegate
        .sendAsync(request, bounded)
        .orTimeout(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS)
        .whenComplete(
            (r, failure) -> {
              if (failure != null) {
                bounded.abort(new HttpTimeoutException("no complete answer in time"));
              }
            })
        .thenApply(
            response -> {
              synchronized (this) {
                sent.status = response.statusCode();
              }
              return response;
            });
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return Optional.empty();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NEVER;
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return Optional.empty();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
