package dev.wprest.client.authorize;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server behind {@link LoopbackReceiver}; the only class that touches {@code
 * jdk.httpserver}, so that the receiver can say the module is missing instead of failing to load.
 */
final class CallbackServer {
  private static final String DONE_PAGE =
      "<!doctype html><meta charset=utf-8><title>Done</title>"
          + "<p>%s You can close this window and return to the application.";

  private final HttpServer server;
  private final ExecutorService executor;
  private final String state;
  private final String authority;
  private final CompletableFuture<AuthorizationResult> result;
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean claimed = new AtomicBoolean();

  CallbackServer(InetAddress address, String state, CompletableFuture<AuthorizationResult> result)
      throws IOException {
    this.state = state;
    this.result = result;
    this.server = HttpServer.create(new InetSocketAddress(address, 0), 4);
    // Two daemon threads: a stray connection that stalls cannot hold up the real callback, and
    // nothing keeps the JVM alive.
    this.executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "wp-rest-authorization-callback");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    String host = address.getHostAddress();
    this.authority =
        (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + server.getAddress().getPort();
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  int refused() {
    return refused.get();
  }

  void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    AuthorizationResult delivered = null;
    // HttpExchange is AutoCloseable only from Java 14.
    try {
      Optional<AuthorizationResult> answer = answer(exchange);
      if (answer.isEmpty()) {
        return;
      }
      if (!claimed.compareAndSet(false, true)) {
        refuse(exchange, 410, "This request was already answered.");
        return;
      }
      delivered = answer.get();
      switch (delivered.outcome()) {
        case APPROVED:
          send(exchange, 200, String.format(DONE_PAGE, "The application was approved."));
          break;
        case REJECTED:
          send(exchange, 200, String.format(DONE_PAGE, "The request was rejected."));
          break;
        default:
          send(
              exchange,
              200,
              String.format(DONE_PAGE, "The site does not offer Application Passwords."));
      }
    } finally {
      exchange.close();
      // Only now: the waiting thread closes the server as soon as it has the result, which would
      // cut the browser's answer short. Delivered even when the browser went away meanwhile.
      if (delivered != null) {
        result.complete(delivered);
      }
    }
  }

  /** The result this request carries, or empty after refusing it with an answer. */
  private Optional<AuthorizationResult> answer(HttpExchange exchange) throws IOException {
    if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
      refuse(exchange, 403, "Refused.");
      return Optional.empty();
    }
    // A page that made the browser resolve its own host name to 127.0.0.1 sends that name.
    if (!authority.equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Host"))) {
      refuse(exchange, 403, "Refused.");
      return Optional.empty();
    }
    if (!LoopbackReceiver.CALLBACK_PATH.equals(exchange.getRequestURI().getRawPath())) {
      refuse(exchange, 404, "Not found.");
      return Optional.empty();
    }
    if (!"GET".equals(exchange.getRequestMethod())) {
      refuse(exchange, 405, "GET only.");
      return Optional.empty();
    }
    if (claimed.get()) {
      refuse(exchange, 410, "This request was already answered.");
      return Optional.empty();
    }
    CallbackQuery query = CallbackQuery.parse(exchange.getRequestURI().getRawQuery());
    if (!query.stateMatches(state)) {
      refuse(exchange, 403, "This callback is not for this request.");
      return Optional.empty();
    }
    Optional<AuthorizationResult> answer = query.result();
    if (answer.isEmpty()) {
      refuse(exchange, 400, "Neither an approval nor a rejection.");
    }
    return answer;
  }

  /** Counts the refusal before answering: whoever reads the answer sees the count. */
  private void refuse(HttpExchange exchange, int status, String text) throws IOException {
    refused.incrementAndGet();
    send(exchange, status, text);
  }

  private static void send(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .set("Content-Type", (status == 200 ? "text/html" : "text/plain") + "; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
