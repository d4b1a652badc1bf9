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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The only way the doctor reaches the network, for its own probes and for the client it drives
 * alike. It enforces what the doctor promises rather than trusting every probe to remember: at most
 * {@code budget} requests, only to the site's origin, and nothing that writes. Reads are GET, HEAD
 * and OPTIONS; the few POSTs allowed read too or only log in: XML-RPC's {@code wp.getUsersBlogs}
 * (once), a JWT plugin's {@code token/validate}, and the login steps of the strategy under test
 * ({@code wp-login.php}, a JWT plugin's {@code token}).
 */
final class BudgetedHttpClient extends HttpClient {
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final HttpClient delegate;
  private final int budget;
  private final List<String> allowedOrigins = new ArrayList<>();
  private final List<Sent> journal = new ArrayList<>();
  private boolean xmlRpcSent;

  /** One request the doctor sent, its URI redacted. */
  static final class Sent {
    final String method;
    final URI uri;
    int status = -1;

    Sent(String method, URI uri) {
      this.method = method;
      this.uri = uri;
    }

    String line() {
      return method + " " + uri;
    }
  }

  BudgetedHttpClient(HttpClient delegate, URI origin, int budget) {
    this.delegate = delegate;
    this.budget = budget;
    allowedOrigins.add(Origins.origin(origin));
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
    if (allowedOrigins.stream().noneMatch(o -> o.equals(Origins.origin(uri)))) {
      throw new IOException(
          "the doctor only talks to " + allowedOrigins + ", not " + Origins.origin(uri));
    }
    if (!READS.contains(method)) {
      if (!method.equals("POST") || !readOnlyPost(uri)) {
        throw new IOException(
            "the doctor sends no writes: refused " + method + " " + Redaction.uri(uri));
      }
    }
    Sent sent = new Sent(method, Redaction.uri(uri));
    journal.add(sent);
    return sent;
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
    HttpResponse<T> response = delegate.send(request, handler);
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
    return delegate
        .sendAsync(request, handler)
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
