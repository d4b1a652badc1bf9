package dev.wprest.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One in-process loopback server for every variant: pre-serialized real WordPress JSON (a post
 * recorded from WordPress 6.1) with {@code Content-Length} and the pagination headers. The JDK's
 * server, not WireMock, whose request journal would add noise. Needs {@code
 * -Dsun.net.httpserver.nodelay=true}: without it every exchange stalls about 40 ms on JDK 17.
 */
public final class StubWordPress implements AutoCloseable {
  /** Posts on the site for the auto-pager: 100 pages of 100. */
  public static final int TOTAL_POSTS = 10_000;

  /** Posts per list page. */
  public static final int PER_PAGE = 100;

  private final HttpServer server;
  private final ExecutorService threads;
  private final byte[] index;
  private final byte[] post;
  private final byte[][] pages;
  private final byte[] unauthorized;

  private StubWordPress(
      HttpServer server, ExecutorService threads, byte[][] bodies, byte[][] pages) {
    this.server = server;
    this.threads = threads;
    this.index = bodies[0];
    this.post = bodies[1];
    this.unauthorized = bodies[2];
    this.pages = pages;
  }

  /**
   * Starts the server on an ephemeral loopback port.
   *
   * @return the running server
   */
  public static StubWordPress start() {
    try {
      ObjectMapper mapper = new ObjectMapper();
      JsonNode recorded = mapper.readTree(fixture("posts.single.modphp")).path("response");
      ObjectNode single = (ObjectNode) mapper.readTree(recorded.path("body").asText());
      // Distinct posts on every page, as WordPress serves them: the auto-pager refuses a page
      // that repeats an earlier one.
      byte[][] pages = new byte[TOTAL_POSTS / PER_PAGE][];
      for (int p = 0; p < pages.length; p++) {
        ArrayNode list = mapper.createArrayNode();
        for (int i = 1; i <= PER_PAGE; i++) {
          list.add(single.deepCopy().put("id", p * PER_PAGE + i));
        }
        pages[p] = mapper.writeValueAsBytes(list);
      }
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      ExecutorService threads = Executors.newFixedThreadPool(8);
      byte[][] bodies = {
        ("{\"name\":\"bench\",\"url\":\"http://127.0.0.1\",\"namespaces\":[\"wp/v2\"],"
                + "\"authentication\":{\"application-passwords\":{}}}")
            .getBytes(StandardCharsets.UTF_8),
        mapper.writeValueAsBytes(single),
        "{\"code\":\"rest_not_logged_in\",\"message\":\"You are not currently logged in.\",\"data\":{\"status\":401}}"
            .getBytes(StandardCharsets.UTF_8)
      };
      StubWordPress stub = new StubWordPress(server, threads, bodies, pages);
      server.createContext("/", stub::handle);
      server.setExecutor(threads);
      server.start();
      return stub;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The API root. @return e.g. {@code http://127.0.0.1:41234/wp-json/} */
  public URI apiRoot() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wp-json/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
      if (path.equals("/wp-json/")) {
        send(exchange, 200, index);
      } else if (path.equals("/wp-json/wp/v2/posts")) {
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
      } else if (path.startsWith("/wp-json/wp/v2/posts/")) {
        send(exchange, 200, post);
      } else {
        send(exchange, 401, unauthorized);
      }
    } finally {
      exchange.close();
    }
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

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
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
