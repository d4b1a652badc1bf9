package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Async calls run on the JDK client's own pipeline: they hold no thread while an exchange, a
 * deadline or a retry's pause is under way, and a permit per exchange, not a pool of threads,
 * bounds how many are in flight. The stub site answers from a timer, so that it starts no thread
 * per request either and the threads counted are the client's.
 */
class AsyncPipelineTest {
  private HttpServer server;
  private ExecutorService serverThreads;
  private ScheduledExecutorService serverTimer;
  private ExecutorService httpThreads;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger heldArrivals = new AtomicInteger();
  private final AtomicInteger flakyAnswers = new AtomicInteger();
  private final AtomicInteger nonceFetches = new AtomicInteger();
  private final Queue<HttpExchange> held = new ConcurrentLinkedQueue<>();
  private volatile String validNonce = "0000000001";

  @BeforeEach
  void startSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    serverThreads = Executors.newFixedThreadPool(2);
    serverTimer = Executors.newSingleThreadScheduledExecutor();
    server.setExecutor(serverThreads);
    server.createContext("/", this::answer);
    server.start();
    // A fixed pool for the JDK client: its thread count is then the same for every run.
    httpThreads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopSite() {
    held.forEach(HttpExchange::close);
    server.stop(0);
    serverThreads.shutdownNow();
    serverTimer.shutdownNow();
    httpThreads.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String base = base();
    switch (path) {
      case "/wp-json/":
        send(exchange, 200, "{\"url\":\"" + base + "\",\"routes\":{},\"namespaces\":[\"wp/v2\"]}");
        return;
      case "/wp-json/slow":
        arrived();
        serverTimer.schedule(
            () -> sendQuietly(exchange, 200, "{\"id\":1}"), 20, TimeUnit.MILLISECONDS);
        return;
      case "/wp-json/held":
        arrived();
        heldArrivals.incrementAndGet();
        held.add(exchange);
        return;
      case "/wp-json/flaky":
        send(exchange, flakyAnswers.incrementAndGet() < 3 ? 503 : 200, "{\"id\":2}");
        return;
      case "/wp-json/moved":
        exchange.getResponseHeaders().add("Location", base + "/wp-json/slow");
        send(exchange, 301, "");
        return;
      case "/wp-login.php":
        exchange.getResponseHeaders().add("Location", base + "/wp-admin/");
        exchange
            .getResponseHeaders()
            .add("Set-Cookie", "wordpress_logged_in_abc=admin%7C1; path=/");
        send(exchange, 302, "");
        return;
      case "/wp-admin/admin-ajax.php":
        nonceFetches.incrementAndGet();
        send(exchange, 200, validNonce);
        return;
      case "/wp-json/wp/v2/users/me":
        if (validNonce.equals(exchange.getRequestHeaders().getFirst("X-WP-Nonce"))) {
          send(exchange, 200, "{\"id\":1}");
        } else {
          send(exchange, 403, WireMockSite.INVALID_NONCE);
        }
        return;
      default:
        send(exchange, 404, "{}");
    }
  }

  private void arrived() {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
  }

  /** Answers every held request. */
  private void releaseHeld() {
    for (HttpExchange exchange = held.poll(); exchange != null; exchange = held.poll()) {
      sendQuietly(exchange, 200, "{\"id\":3}");
    }
  }

  private void sendQuietly(HttpExchange exchange, int status, String body) {
    inFlight.decrementAndGet();
    try {
      send(exchange, status, body);
    } catch (IOException clientGone) {
      // A cancelled call closed its connection: nothing to answer.
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    try {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } finally {
      exchange.close();
    }
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private HttpClient newHttpClient() {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .executor(httpThreads)
        .build();
  }

  private WordPressClient.Builder client() {
    return WordPressClient.builder()
        .baseUrl(base() + "/wp-json/")
        .httpClient(newHttpClient())
        .callTimeout(Duration.ofSeconds(20));
  }

  private static List<CompletableFuture<WpResponse>> gets(WordPressClient wp, String route, int n) {
    List<CompletableFuture<WpResponse>> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      calls.add(wp.executeAsync(WpRequest.get(route).build()));
    }
    return calls;
  }

  private static void allOk(List<CompletableFuture<WpResponse>> calls) throws Exception {
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
    assertThat(calls).allSatisfy(c -> assertThat(c.join().status()).isEqualTo(200));
  }

  /** Threads started in the whole JVM while {@code burst} runs. */
  private static long threadsStartedBy(ThrowingRunnable burst) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = threads.getTotalStartedThreadCount();
    burst.run();
    return threads.getTotalStartedThreadCount() - before;
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private void rawSendAsync(HttpClient http, int n) throws Exception {
    List<CompletableFuture<HttpResponse<String>>> raw = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      raw.add(
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(base() + "/wp-json/slow")).build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> r : raw) {
      assertThat(r.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void twoHundredConcurrentGetsStartNoMoreThreadsThanRawSendAsync() throws Exception {
    HttpClient rawHttp = newHttpClient();
    WordPressClient wp = client().maxConcurrentRequests(200).build();
    // Warm up both: the JDK's selector and pool threads, the client's one timer thread.
    rawSendAsync(rawHttp, 20);
    allOk(gets(wp, "/slow", 20));

    long raw = threadsStartedBy(() -> rawSendAsync(rawHttp, 200));
    long client = threadsStartedBy(() -> allOk(gets(wp, "/slow", 200)));

    assertThat(client).as("threads started by 200 async calls").isLessThanOrEqualTo(raw);
  }

  @Test
  void thePermitLimitHoldsAtTheServerWithMoreInFlightThanAnyThreadPool() throws Exception {
    // More permits than the shared pool has threads: only a pipeline without a thread per call
    // can have them all in flight.
    int limit = 24;
    WordPressClient wp = client().maxConcurrentRequests(limit).build();
    wp.siteInfo();

    List<CompletableFuture<WpResponse>> calls = gets(wp, "/held", 60);
    awaitValue(inFlight::get, limit);
    Thread.sleep(200); // time for any exchange past the limit to arrive, if one could
    assertThat(maxInFlight.get()).isEqualTo(limit);

    while (!calls.stream().allMatch(CompletableFuture::isDone)) {
      releaseHeld();
      Thread.sleep(5);
    }
    allOk(calls);
    assertThat(maxInFlight.get()).as("most requests seen in flight at the server").isEqualTo(limit);
  }

  @Test
  void aCancelledCallReleasesItsPermitAndLeavesTheQueue() throws Exception {
    WordPressClient wp = client().maxConcurrentRequests(1).build();
    wp.siteInfo();

    CompletableFuture<WpResponse> holding = wp.executeAsync(WpRequest.get("/held").build());
    awaitValue(inFlight::get, 1);
    CompletableFuture<WpResponse> queuedAndCancelled =
        wp.executeAsync(WpRequest.get("/held").build());
    CompletableFuture<WpResponse> queued = wp.executeAsync(WpRequest.get("/slow").build());

    assertThat(queuedAndCancelled.cancel(true)).isTrue();
    assertThat(holding.cancel(true)).isTrue();

    // The only permit came back, and skipped the cancelled waiter: the last call gets it.
    assertThat(queued.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
    assertThat(heldArrivals.get()).as("the cancelled waiter sent nothing").isEqualTo(1);
  }

  @Test
  void aDeadlineFiresWithoutStartingAThread() throws Exception {
    WordPressClient wp =
        client().callTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build();
    wp.siteInfo();
    allOk(gets(wp, "/slow", 4)); // warm up

    List<CompletableFuture<WpResponse>> calls = new ArrayList<>();
    long started = threadsStartedBy(() -> calls.addAll(gets(wp, "/held", 20)));
    for (CompletableFuture<WpResponse> call : calls) {
      assertThatThrownBy(() -> call.get(20, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(DeadlineExceededException.class);
    }
    assertThat(started).as("threads started to watch 20 deadlines").isZero();
  }

  @Test
  void aRetryAfterA503IsAScheduledPauseNotASleep() throws Exception {
    WordPressClient wp =
        client()
            .retryPolicy(
                // Six: each GET counts twice, as the JDK may resend it once by itself.
                RetryPolicy.builder()
                    .maxAttempts(6)
                    .initialBackoff(Duration.ofMillis(10))
                    .maxBackoff(Duration.ofMillis(20))
                    .build())
            .build();
    wp.siteInfo();

    WpResponse response =
        wp.executeAsync(WpRequest.get("/flaky").build()).get(20, TimeUnit.SECONDS);

    assertThat(response.status()).isEqualTo(200);
    assertThat(flakyAnswers.get()).as("two 503s, then the answer").isEqualTo(3);
  }

  @Test
  void aRedirectIsFollowedAsync() throws Exception {
    WordPressClient wp = client().build();

    WpResponse response =
        wp.executeAsync(WpRequest.get("/moved").build()).get(20, TimeUnit.SECONDS);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.uri().getPath()).isEqualTo("/wp-json/slow");
  }

  @Test
  void aStaleNonceIsRefreshedOnceAsync() throws Exception {
    WordPressClient wp = client().auth(AuthStrategy.cookieLogin("admin", "login-password")).build();
    assertThat(
            wp.executeAsync(WpRequest.get("/wp/v2/users/me").build())
                .get(20, TimeUnit.SECONDS)
                .status())
        .isEqualTo(200);
    validNonce = "0000000002";

    WpResponse response =
        wp.executeAsync(WpRequest.get("/wp/v2/users/me").build()).get(20, TimeUnit.SECONDS);

    assertThat(response.status()).isEqualTo(200);
    assertThat(nonceFetches.get()).as("the first nonce and its one refresh").isEqualTo(2);
  }

  private static void awaitValue(IntSupplier value, int expected) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (value.getAsInt() < expected && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(value.getAsInt()).isEqualTo(expected);
  }
}
