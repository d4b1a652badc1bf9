package dev.wprest.client;

import static dev.wprest.client.HostileServer.Answers.declared;
import static dev.wprest.client.HostileServer.Answers.drippingHeaders;
import static dev.wprest.client.HostileServer.Answers.endlessChunked;
import static dev.wprest.client.HostileServer.Answers.endlessHeaders;
import static dev.wprest.client.HostileServer.Answers.headers;
import static dev.wprest.client.HostileServer.Answers.raw;
import static dev.wprest.client.HostileServer.Answers.status;

import dev.wprest.client.HostileServer.Answers;
import dev.wprest.client.HostileServer.Behaviour;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Run in a JVM with a small heap by {@link HostileServerTest}: the client against a {@link
 * HostileServer} that sends endless, huge, dripping, malformed and cut-off answers, bad redirects
 * and dropped connections. Each case runs under a hang bound and prints one line:
 *
 * <pre>case=NAME verdict=PASS|FAIL|HANG outcome=EXCEPTION ms=N seen=N allowed=N why=...</pre>
 *
 * then a summary line {@code cases=N failed=N hangs=N oom=0}. An {@link OutOfMemoryError} anywhere
 * ends the JVM ({@code -XX:+ExitOnOutOfMemoryError}), which the test reports.
 */
public final class HostileServerProbe {
  /** No case may take longer than this: a client that hangs is stopped here and reported. */
  static final long HANG_BOUND_MS = 20_000;

  static final String SECRET = "hostile-secret-9f3c";

  /** What the client sends for {@code editor:SECRET}; a hostile server echoes it back. */
  static final String BASIC =
      java.util.Base64.getEncoder()
          .encodeToString(("editor:" + SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private HostileServerProbe() {}

  /** One hostile answer, the call made against it, and what the client must do. */
  private static final class Case {
    final String name;
    final Behaviour behaviour;
    final Function<WordPressClient.Builder, WordPressClient.Builder> config;
    final HttpMethod method;
    final Class<? extends Throwable> expected;
    final long maxMillis;
    final int allowedRequests;
    final Consumer<Throwable> check;

    Case(
        String name,
        Behaviour behaviour,
        Function<WordPressClient.Builder, WordPressClient.Builder> config,
        HttpMethod method,
        Class<? extends Throwable> expected,
        long maxMillis,
        int allowedRequests,
        Consumer<Throwable> check) {
      this.name = name;
      this.behaviour = behaviour;
      this.config = config;
      this.method = method;
      this.expected = expected;
      this.maxMillis = maxMillis;
      this.allowedRequests = allowedRequests;
      this.check = check;
    }
  }

  /** A case's name, for the test that reads the probe's lines. */
  static String name(Object c) {
    return ((Case) c).name;
  }

  private static final Consumer<Throwable> NOTHING = t -> {};

  private static Function<WordPressClient.Builder, WordPressClient.Builder> attempts(int n) {
    return b ->
        b.retryPolicy(
            RetryPolicy.builder().maxAttempts(n).initialBackoff(Duration.ofMillis(50)).build());
  }

  private static Function<WordPressClient.Builder, WordPressClient.Builder> timeouts(int attempts) {
    return b ->
        attempts(attempts)
            .apply(b)
            .callTimeout(Duration.ofSeconds(1))
            .callDeadline(Duration.ofSeconds(3));
  }

  static List<?> cases() {
    return hostileCases();
  }

  private static List<Case> hostileCases() {
    List<Case> c = new ArrayList<>();
    // Bounded memory: the default 16 MiB limit, in a 64 MB heap.
    c.add(
        new Case(
            "endless-chunked-body",
            endlessChunked(),
            attempts(3),
            HttpMethod.GET,
            ResponseTooLargeException.class,
            10_000,
            3,
            t ->
                require(((ResponseTooLargeException) t).declaredLength().isEmpty(), "undeclared")));
    c.add(
        new Case(
            "declared-2gb-body",
            declared(2L * 1024 * 1024 * 1024),
            attempts(3),
            HttpMethod.GET,
            ResponseTooLargeException.class,
            5_000,
            1,
            t ->
                require(
                    ((ResponseTooLargeException) t).declaredLength().getAsLong()
                        == 2L * 1024 * 1024 * 1024,
                    "names the declared size")));
    c.add(
        new Case(
            "declared-endless-content-length",
            declared(Long.MAX_VALUE),
            attempts(3),
            HttpMethod.GET,
            WordPressException.class,
            5_000,
            3,
            NOTHING));
    c.add(
        new Case(
            "body-over-a-configured-limit",
            declared(200_000),
            b -> attempts(3).apply(b).maxResponseBytes(100_000),
            HttpMethod.GET,
            ResponseTooLargeException.class,
            5_000,
            1,
            NOTHING));
    c.add(
        new Case(
            "too-large-body-whose-headers-echo-the-credentials",
            (s, out) ->
                out.write(
                    ("HTTP/1.1 200 OK\r\nX-Echo: Basic "
                            + BASIC
                            + "\r\nX-Echo-Raw: "
                            + SECRET
                            + "\r\nContent-Length: 4294967296\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
            attempts(3),
            HttpMethod.GET,
            ResponseTooLargeException.class,
            5_000,
            1,
            t ->
                require(
                    ((ResponseTooLargeException) t).exchange().header("X-Echo").isPresent(),
                    "the headers are kept, masked")));
    c.add(
        new Case(
            "endless-headers",
            endlessHeaders(),
            timeouts(3),
            HttpMethod.GET,
            WordPressException.class,
            10_000,
            3,
            NOTHING));
    // Nothing hangs: the per-attempt timeout and the overall deadline.
    c.add(
        new Case(
            "dripping-body-1-byte-per-second",
            Answers.dripping(),
            timeouts(10),
            HttpMethod.GET,
            DeadlineExceededException.class,
            4_500,
            10,
            NOTHING));
    c.add(
        new Case(
            "dripping-headers-1-byte-per-second",
            drippingHeaders(),
            timeouts(10),
            HttpMethod.GET,
            DeadlineExceededException.class,
            4_500,
            10,
            NOTHING));
    // Malformed answers.
    c.add(
        new Case(
            "malformed-status-line",
            raw("HTTP/1.1 abc Broken\r\nContent-Length: 0\r\n\r\n"),
            attempts(3),
            HttpMethod.GET,
            WordPressException.class,
            5_000,
            3,
            NOTHING));
    c.add(
        new Case(
            "not-http-at-all",
            raw("SSH-2.0-OpenSSH_9.2\r\n\r\n"),
            attempts(3),
            HttpMethod.GET,
            WordPressException.class,
            5_000,
            3,
            NOTHING));
    c.add(
        new Case(
            "invalid-chunk-size",
            raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
            attempts(3),
            HttpMethod.GET,
            WordPressException.class,
            5_000,
            3,
            NOTHING));
    c.add(
        new Case(
            // The JDK reads a negative length as "until the connection closes", which never comes.
            "negative-content-length-and-no-close",
            raw("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n{}"),
            timeouts(3),
            HttpMethod.GET,
            DeadlineExceededException.class,
            4_500,
            3,
            NOTHING));
    c.add(
        new Case(
            "html-title-backtracking-bait-over-the-limit",
            status(404, "text/html", "<title>".repeat(600_000)),
            b -> attempts(3).apply(b).maxResponseBytes(1024 * 1024),
            HttpMethod.GET,
            ResponseTooLargeException.class,
            5_000,
            1,
            NOTHING));
    c.add(
        new Case(
            // Under the size limit the page is read whole: the <title> reader must stay linear.
            "html-title-backtracking-bait-within-the-limit",
            status(404, "text/html", "<title>".repeat(36_000)),
            attempts(3),
            HttpMethod.GET,
            NotFoundException.class,
            5_000,
            1,
            NOTHING));
    c.add(
        new Case(
            "json-nesting-bait",
            status(200, "application/json", "[".repeat(1_000_000)),
            attempts(3),
            HttpMethod.GET,
            MalformedResponseException.class,
            10_000,
            1,
            NOTHING));
    // Redirects.
    c.add(
        new Case(
            "malformed-location",
            headers(302, "Location: http://[::1\r\n", ""),
            attempts(3),
            HttpMethod.GET,
            RedirectRefusedException.class,
            5_000,
            1,
            t ->
                require(
                    ((RedirectRefusedException) t).reason()
                        == RedirectRefusedException.Reason.MALFORMED_LOCATION,
                    "reason MALFORMED_LOCATION")));
    c.add(
        new Case(
            "userinfo-location-same-origin",
            (s, out) ->
                headers(
                        302,
                        "Location: http://editor:"
                            + SECRET
                            + "@127.0.0.1:"
                            + s.getLocalPort()
                            + "/wp-json/ok\r\n",
                        "")
                    .answer(s, out),
            attempts(3),
            HttpMethod.GET,
            RedirectRefusedException.class,
            5_000,
            1,
            t ->
                require(
                    ((RedirectRefusedException) t).reason()
                            == RedirectRefusedException.Reason.USERINFO_IN_LOCATION
                        && !String.valueOf(((RedirectRefusedException) t).location())
                            .contains(SECRET),
                    "reason USERINFO_IN_LOCATION, userinfo masked")));
    c.add(
        new Case(
            "redirect-loop",
            (s, out) -> headers(302, "Location: /wp-json/redirect-loop\r\n", "").answer(s, out),
            attempts(3),
            HttpMethod.GET,
            RedirectRefusedException.class,
            5_000,
            6,
            NOTHING));
    // Dropped connections: what the server sees per policy.
    for (int n : new int[] {1, 3, 5}) {
      c.add(
          new Case(
              "get-connection-dropped-max-attempts-" + n,
              Answers.drop(),
              attempts(n),
              HttpMethod.GET,
              TransportException.class,
              5_000,
              Math.max(n, 2),
              NOTHING));
    }
    c.add(
        new Case(
            "get-connection-reset-max-attempts-3",
            Answers.reset(),
            attempts(3),
            HttpMethod.GET,
            TransportException.class,
            5_000,
            3,
            NOTHING));
    c.add(
        new Case(
            "get-reset-mid-headers",
            Answers.resetMidHeaders(),
            attempts(3),
            HttpMethod.GET,
            TransportException.class,
            5_000,
            3,
            NOTHING));
    c.add(
        new Case(
            "get-dropped-mid-body",
            Answers.dropMidBody(),
            attempts(3),
            HttpMethod.GET,
            TransportException.class,
            5_000,
            3,
            NOTHING));
    c.add(
        new Case(
            "post-connection-dropped",
            Answers.drop(),
            attempts(3),
            HttpMethod.POST,
            OutcomeUnknownException.class,
            5_000,
            1,
            NOTHING));
    c.add(
        new Case(
            "put-connection-dropped-max-attempts-3",
            Answers.drop(),
            attempts(3),
            HttpMethod.PUT,
            TransportException.class,
            5_000,
            3,
            NOTHING));
    // Retries and waits.
    c.add(
        new Case(
            "retry-after-of-days",
            headers(429, "Retry-After: 864000\r\nContent-Type: application/json\r\n", "{}"),
            attempts(3),
            HttpMethod.GET,
            RateLimitedException.class,
            2_000,
            1,
            t ->
                require(
                    ((RateLimitedException) t).retryAt().isPresent()
                        && t.getMessage().contains("not retried"),
                    "fails at once with the server's date")));
    c.add(
        new Case(
            "retry-after-http-date-next-year",
            headers(
                429,
                "Retry-After: Wed, 01 Dec 2100 00:00:00 GMT\r\nContent-Type: application/json\r\n",
                "{}"),
            attempts(3),
            HttpMethod.GET,
            RateLimitedException.class,
            2_000,
            1,
            t -> require(t.getMessage().contains("2100-12-01"), "names the server's date")));
    c.add(
        new Case(
            "retry-after-zero-waits-the-minimum-backoff",
            headers(503, "Retry-After: 0\r\n", ""),
            attempts(5),
            HttpMethod.GET,
            ServerErrorException.class,
            5_000,
            5,
            NOTHING));
    c.add(
        new Case(
            "post-429-every-time",
            headers(429, "Retry-After: 0\r\n", ""),
            attempts(3),
            HttpMethod.POST,
            RateLimitedException.class,
            5_000,
            3,
            NOTHING));
    return c;
  }

  /**
   * Runs every case and prints one line each, then the summary.
   *
   * @param args unused
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    List<Case> cases = hostileCases();
    ExecutorService runner =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "hostile-case");
              t.setDaemon(true);
              return t;
            });
    int failed = 0;
    int hangs = 0;
    try (HostileServer server = new HostileServer()) {
      server.on(
          "/wp-json/",
          status(
              200,
              "application/json",
              "{\"routes\":{},\"namespaces\":[\"wp/v2\"],\"url\":\"" + server.url() + "\"}"));
      for (Case k : cases) {
        server.on("/wp-json/" + k.name, k.behaviour);
      }
      for (Case k : cases) {
        WordPressClient client =
            k.config.apply(WordPressClient.builder().baseUrl(server.url() + "wp-json/")).build();
        client.siteInfo();
        long start = System.nanoTime();
        Future<Throwable> outcome = runner.submit(() -> call(client, k));
        Throwable thrown;
        String verdict;
        String why = "";
        try {
          thrown = outcome.get(HANG_BOUND_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException hung) {
          outcome.cancel(true);
          thrown = null;
          hangs++;
          print(k, "HANG", "none", HANG_BOUND_MS, server.requests("/wp-json/" + k.name), "");
          failed++;
          continue;
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int seen = server.requests("/wp-json/" + k.name);
        why = judge(k, thrown, ms, seen);
        verdict = why.isEmpty() ? "PASS" : "FAIL";
        if (!why.isEmpty()) {
          failed++;
        }
        print(k, verdict, thrown == null ? "OK" : thrown.getClass().getSimpleName(), ms, seen, why);
      }
    }
    System.out.println(
        "cases=" + cases.size() + " failed=" + failed + " hangs=" + hangs + " oom=0");
  }

  private static Throwable call(WordPressClient client, Case k) {
    WpRequest.Builder request =
        k.method == HttpMethod.POST
            ? WpRequest.post("/" + k.name, Map.of("title", "x"))
            : WpRequest.builder(k.method, "/" + k.name);
    try {
      client.execute(request.build()).json();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  private static String judge(Case k, Throwable thrown, long ms, int seen) {
    if (thrown == null) {
      return "no exception, expected " + k.expected.getSimpleName();
    }
    if (!k.expected.isInstance(thrown)) {
      return "threw " + thrown + ", expected " + k.expected.getSimpleName();
    }
    if (String.valueOf(thrown.getMessage()).contains(SECRET)
        || String.valueOf(thrown).contains(SECRET)) {
      return "the message carries the secret";
    }
    if (ms > k.maxMillis) {
      return "took " + ms + " ms, more than " + k.maxMillis;
    }
    if (seen > k.allowedRequests) {
      return "the server saw " + seen + " requests, more than " + k.allowedRequests;
    }
    try {
      k.check.accept(thrown);
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
    return "";
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("expected: " + what);
    }
  }

  private static void print(Case k, String verdict, String outcome, long ms, int seen, String why) {
    System.out.println(
        "case="
            + k.name
            + " verdict="
            + verdict
            + " outcome="
            + outcome
            + " ms="
            + ms
            + " seen="
            + seen
            + " allowed="
            + k.allowedRequests
            + (why.isEmpty() ? "" : " why=" + why.replace('\n', ' ')));
  }
}
