package dev.wprest.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * One in-process loopback server for every variant: pre-serialized real WordPress JSON (a post
 * recorded from WordPress 6.1) with {@code Content-Length} and the pagination headers. The JDK's
 * server, not WireMock, whose request journal would add noise. Needs {@code
 * -Dsun.net.httpserver.nodelay=true}: without it every exchange stalls about 40 ms on JDK 17.
 *
 * <p>What it serves:
 *
 * <ul>
 *   <li>{@code GET /wp-json/}: a minimal index; {@code GET /wp-json/wp/v2/posts?page=N}: page N of
 *       {@link #TOTAL_POSTS} distinct posts, {@link #PER_PAGE} a page, with {@code X-WP-Total},
 *       {@code X-WP-TotalPages} and a {@code Link rel="next"}; {@code GET /wp-json/wp/v2/posts/ID}:
 *       the recorded post.
 *   <li>Writes: {@code POST /wp-json/wp/v2/posts} answers 201 with the recorded post (a create);
 *       {@code POST}, {@code PUT} or {@code PATCH} on {@code /wp-json/wp/v2/posts/ID} answers 200
 *       with it (an update); {@code DELETE} answers 200 with {@code {"deleted":true,"previous":
 *       post}}. {@code POST /wp-json/batch/v1} answers 207 with one such answer per entry of the
 *       request's {@code requests} array, in WordPress's {@code {"responses":[{"body":..,
 *       "status":..,"headers":{}}]}} shape. Request bodies are read and otherwise ignored.
 *   <li>Anything else: 401 {@code rest_not_logged_in}.
 * </ul>
 *
 * <p>Two knobs stand for a real network and host: a fixed latency added to every request before it
 * is answered (served from enough threads that concurrent requests wait in parallel, as they would
 * on a network), and gzip when the request's {@code Accept-Encoding} names it ({@code
 * Content-Encoding: gzip}, compressed once per body and cached). {@link #bodyBytesSent()} counts
 * the response body bytes put on the wire, to compare compressed with plain answers.
 */
public final class StubWordPress implements AutoCloseable {
  /** Posts on the site for the auto-pager: 100 pages of 100. */
  public static final int TOTAL_POSTS = 10_000;

  /** Posts per list page. */
  public static final int PER_PAGE = 100;

  /** The prefix of the stub's own thread names, to tell them from the client's. */
  public static final String THREAD_NAME = "stub-wordpress-";

  /** WordPress's default {@code /batch/v1} limit, also advertised in the stub's index. */
  public static final int MAX_BATCH = 25;

  /**
   * Server threads: enough for a few hundred requests waiting out their latency at the same time.
   */
  private static final int THREADS = 256;

  private final HttpServer server;
  private final ExecutorService threads;
  private final ObjectMapper mapper;
  private final long latencyMillis;
  private final byte[] index;
  private final byte[] post;
  private final byte[] deleted;
  private final byte[][] pages;
  private final byte[] unauthorized;

  /** Compressed forms of the fixed bodies, keyed by identity (arrays do not override equals). */
  private final ConcurrentHashMap<byte[], byte[]> gzipped = new ConcurrentHashMap<>();

  private final AtomicLong bodyBytesSent = new AtomicLong();
  private final AtomicLong requestsServed = new AtomicLong();

  private StubWordPress(
      HttpServer server,
      ExecutorService threads,
      ObjectMapper mapper,
      long latencyMillis,
      byte[][] bodies,
      byte[][] pages) {
    this.server = server;
    this.threads = threads;
    this.mapper = mapper;
    this.latencyMillis = latencyMillis;
    this.index = bodies[0];
    this.post = bodies[1];
    this.unauthorized = bodies[2];
    this.deleted = bodies[3];
    this.pages = pages;
  }

  /**
   * Starts the server on an ephemeral loopback port, answering without added latency.
   *
   * @return the running server
   */
  public static StubWordPress start() {
    return start(0);
  }

  /**
   * Starts the server on an ephemeral loopback port.
   *
   * @param latencyMillis milliseconds every request waits before it is answered (0 for none), to
   *     stand for a network round trip
   * @return the running server
   */
  public static StubWordPress start(long latencyMillis) {
    if (latencyMillis < 0) {
      throw new IllegalArgumentException("latency must not be negative: " + latencyMillis);
    }
    try {
      ObjectMapper mapper = new ObjectMapper();
      JsonNode recorded = mapper.readTree(fixture("posts.single.modphp")).path("response");
      ObjectNode single = (ObjectNode) mapper.readTree(recorded.path("body").asText());
      // Distinct posts on every page, as WordPress serves them: the auto-pager refuses a page
      // that repeats an earlier one. Each gets its own title, slug and a few paragraphs of text,
      // so that gzip shrinks a page about as much as a real one (identical copies of one post
      // would compress about 90 times and overstate what compression saves).
      Random random = new Random(42);
      String[] words = vocabulary(random);
      byte[][] pages = new byte[TOTAL_POSTS / PER_PAGE][];
      for (int p = 0; p < pages.length; p++) {
        ArrayNode list = mapper.createArrayNode();
        for (int i = 1; i <= PER_PAGE; i++) {
          int id = p * PER_PAGE + i;
          ObjectNode copy = single.deepCopy().put("id", id).put("slug", "post-" + id);
          ((ObjectNode) copy.get("title")).put("rendered", sentence(random, words, 6));
          ((ObjectNode) copy.get("content"))
              .put("rendered", "\n<p>" + sentence(random, words, 120) + "</p>\n");
          ((ObjectNode) copy.get("excerpt"))
              .put("rendered", "<p>" + sentence(random, words, 20) + "</p>\n");
          list.add(copy);
        }
        pages[p] = mapper.writeValueAsBytes(list);
      }
      ObjectNode deleted = mapper.createObjectNode().put("deleted", true);
      deleted.set("previous", single);
      // Backlog for a few hundred simultaneous connections (concurrent async benchmarks).
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
      AtomicInteger threadCount = new AtomicInteger();
      ExecutorService threads =
          Executors.newFixedThreadPool(
              THREADS,
              r -> {
                Thread t = new Thread(r, THREAD_NAME + threadCount.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      byte[][] bodies = {
        ("{\"name\":\"bench\",\"url\":\"http://127.0.0.1\",\"namespaces\":[\"wp/v2\",\"batch/v1\"],"
                + "\"authentication\":{\"application-passwords\":{}},"
                + "\"routes\":{\"/batch/v1\":{\"namespace\":\"batch/v1\",\"methods\":[\"POST\"],"
                + "\"endpoints\":[{\"methods\":[\"POST\"],\"args\":{\"validation\":{\"type\":"
                + "\"string\",\"enum\":[\"require-all-validate\",\"normal\"],\"default\":\"normal\","
                + "\"required\":false},\"requests\":{\"type\":\"array\",\"maxItems\":"
                + MAX_BATCH
                + ",\"required\":true}}}]}}}")
            .getBytes(StandardCharsets.UTF_8),
        mapper.writeValueAsBytes(single),
        "{\"code\":\"rest_not_logged_in\",\"message\":\"You are not currently logged in.\",\"data\":{\"status\":401}}"
            .getBytes(StandardCharsets.UTF_8),
        mapper.writeValueAsBytes(deleted)
      };
      StubWordPress stub = new StubWordPress(server, threads, mapper, latencyMillis, bodies, pages);
      server.createContext("/", stub::handle);
      server.setExecutor(threads);
      server.start();
      return stub;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The index the stub serves, for another server standing for the same site.
   *
   * @return the body
   */
  public byte[] indexBody() {
    return index.clone();
  }

  /**
   * A page of {@link #PER_PAGE} posts the stub serves, for another server standing for the site.
   *
   * @param number the page, from 1
   * @return the body
   */
  public byte[] pageBody(int number) {
    return pages[number - 1].clone();
  }

  /** The API root. @return e.g. {@code http://127.0.0.1:41234/wp-json/} */
  public URI apiRoot() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wp-json/");
  }

  /**
   * Requests answered so far.
   *
   * @return the count since the server started
   */
  public long requestsServed() {
    return requestsServed.get();
  }

  /**
   * Response body bytes written so far, as sent (compressed when gzip was asked for).
   *
   * @return the count since the server started
   */
  public long bodyBytesSent() {
    return bodyBytesSent.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] requestBody = exchange.getRequestBody().readAllBytes();
      if (latencyMillis > 0) {
        Thread.sleep(latencyMillis);
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
      if (method.equals("GET") && path.equals("/wp-json/")) {
        send(exchange, 200, index);
      } else if (method.equals("GET") && path.equals("/wp-json/wp/v2/posts")) {
        int pageNumber = pageNumber(exchange.getRequestURI().getRawQuery());
        int pages = TOTAL_POSTS / PER_PAGE;
        exchange.getResponseHeaders().add("X-WP-Total", String.valueOf(TOTAL_POSTS));
        exchange.getResponseHeaders().add("X-WP-TotalPages", String.valueOf(pages));
        if (pageNumber < pages) {
          exchange
              .getResponseHeaders()
              .add(
                  "Link",
                  "<" + apiRoot() + "wp/v2/posts?page=" + (pageNumber + 1) + ">; rel=\"next\"");
        }
        send(exchange, 200, this.pages[Math.max(1, Math.min(pageNumber, this.pages.length)) - 1]);
      } else if (method.equals("POST") && path.equals("/wp-json/batch/v1")) {
        send(exchange, 207, batch(requestBody), false);
      } else if (path.startsWith("/wp-json/wp/v2/posts")) {
        int status = writeStatus(method, path.substring("/wp-json".length()));
        send(exchange, status, status == 200 && method.equals("DELETE") ? deleted : post);
      } else {
        send(exchange, 401, unauthorized);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  /** The status a single request gets: 201 for a create, 200 for a read, update or delete. */
  private static int writeStatus(String method, String route) {
    return method.equals("POST") && route.equals("/wp/v2/posts") ? 201 : 200;
  }

  /** One answer per sub-request, as {@code WP_REST_Server::serve_batch_request_v1} shapes them. */
  private byte[] batch(byte[] requestBody) throws IOException {
    JsonNode requests = mapper.readTree(requestBody).path("requests");
    ArrayNode responses = mapper.createArrayNode();
    for (JsonNode request : requests) {
      String method = request.path("method").asText("POST");
      int status = writeStatus(method, request.path("path").asText());
      responses
          .addObject()
          .put("status", status)
          .<ObjectNode>set("headers", mapper.createObjectNode())
          .set("body", mapper.readTree(method.equals("DELETE") ? deleted : post));
    }
    ObjectNode answer = mapper.createObjectNode();
    answer.set("responses", responses);
    return mapper.writeValueAsBytes(answer);
  }

  /** 500 made-up lowercase words of 2 to 10 letters. */
  private static String[] vocabulary(Random random) {
    String[] words = new String[500];
    for (int w = 0; w < words.length; w++) {
      char[] letters = new char[2 + random.nextInt(9)];
      for (int c = 0; c < letters.length; c++) {
        letters[c] = (char) ('a' + random.nextInt(26));
      }
      words[w] = new String(letters);
    }
    return words;
  }

  private static String sentence(Random random, String[] words, int length) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < length; w++) {
      text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    }
    return text.append('.').toString();
  }

  private static int pageNumber(String query) {
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("page=")) {
          return Integer.parseInt(pair.substring(5));
        }
      }
    }
    return 1;
  }

  private void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    send(exchange, status, body, true);
  }

  /**
   * Writes the answer, gzipped when asked for; {@code fixed} bodies (the pre-serialized ones) keep
   * their compressed form, built-per-request ones (batch answers) are compressed every time.
   */
  private void send(HttpExchange exchange, int status, byte[] body, boolean fixed)
      throws IOException {
    String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
    if (accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
      body = fixed ? gzipped.computeIfAbsent(body, StubWordPress::gzip) : gzip(body);
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
    }
    bodyBytesSent.addAndGet(body.length);
    requestsServed.incrementAndGet();
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
      out.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        StubWordPress.class.getResourceAsStream("/fixtures/wordpress/" + name + ".json")) {
      if (in == null) {
        throw new IOException("fixture missing from the benchmarks jar: " + name);
      }
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
