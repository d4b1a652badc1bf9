package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many threads sharing one cookie-login client all see the nonce go stale at once; WordPress needs
 * one new nonce, not one per thread.
 */
class NonceRefreshConcurrencyTest {
  private static final int THREADS = 64;

  private HttpServer server;
  private ExecutorService serverThreads;
  private final AtomicInteger nonceFetches = new AtomicInteger();
  private volatile String validNonce = "0000000000";
  private int rotations;

  @BeforeEach
  void startSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    serverThreads = Executors.newFixedThreadPool(32);
    server.setExecutor(serverThreads);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopSite() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  /** The site's nonce changes, as at the end of WordPress's nonce lifetime. */
  private void rotate() {
    rotations++;
    validNonce = String.format("%010x", rotations);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      if (path.equals("/wp-json/")) {
        send(exchange, 200, "{\"url\":\"" + base + "\",\"routes\":{},\"namespaces\":[\"wp/v2\"]}");
      } else if (path.equals("/wp-login.php")) {
        exchange.getResponseHeaders().add("Location", base + "/wp-admin/");
        exchange
            .getResponseHeaders()
            .add("Set-Cookie", "wordpress_logged_in_abc=admin%7C1; path=/");
        send(exchange, 302, "");
      } else if (path.equals("/wp-admin/admin-ajax.php")) {
        nonceFetches.incrementAndGet();
        send(exchange, 200, validNonce);
      } else if (validNonce.equals(exchange.getRequestHeaders().getFirst("X-WP-Nonce"))) {
        send(exchange, 200, "{\"id\":1}");
      } else {
        send(exchange, 403, WireMockSite.INVALID_NONCE);
      }
    } finally {
      exchange.close();
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Test
  void sixtyFourThreadsSeeingAStaleNonceFetchExactlyOneNewNoncePerRotation() throws Exception {
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/wp-json/")
            .auth(AuthStrategy.cookieLogin("admin", "login-password"))
            .callTimeout(Duration.ofSeconds(20))
            .build();
    wp.execute(WpRequest.get("/wp/v2/users/me").build());
    assertThat(nonceFetches.get()).as("the first nonce").isEqualTo(1);

    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 1; round <= 5; round++) {
        rotate();
        nonceFetches.set(0);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          calls.add(
              callers.submit(
                  () -> {
                    start.await();
                    return wp.execute(WpRequest.get("/wp/v2/users/me").build()).status();
                  }));
        }
        start.countDown();
        for (Future<Integer> call : calls) {
          assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        }
        assertThat(nonceFetches.get()).as("nonce fetches after rotation " + round).isEqualTo(1);
      }
    } finally {
      callers.shutdownNow();
    }
  }
}
