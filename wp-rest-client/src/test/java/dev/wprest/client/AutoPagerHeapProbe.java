package dev.wprest.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Run in a JVM with a small heap by {@link AutoPagerHeapTest}: pages through 100,000 posts (about
 * 150 MB of JSON) served from loopback and prints how many it saw. It can only finish if the
 * auto-pager holds no more than about one page at a time.
 */
public final class AutoPagerHeapProbe {
  static final int PAGES = 1000;
  static final int PER_PAGE = 100;

  private AutoPagerHeapProbe() {}

  /**
   * Starts the stub, pages through everything and prints the count.
   *
   * @param args unused
   * @throws IOException if the stub cannot start
   */
  public static void main(String[] args) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", AutoPagerHeapProbe::answer);
    server.start();
    try {
      WordPressClient client =
          WordPressClient.builder()
              .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/wp-json/")
              .build();
      long count = 0;
      for (Post post : client.posts().autoPager(PostQuery.builder().perPage(PER_PAGE).build())) {
        if (post.id() > 0) {
          count++;
        }
      }
      System.out.println("items=" + count);
    } finally {
      server.stop(0);
    }
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      byte[] body =
          path.equals("/wp-json/")
              ? "{\"routes\":{},\"namespaces\":[\"wp/v2\"],\"url\":\"http://127.0.0.1/\"}"
                  .getBytes(StandardCharsets.UTF_8)
              : page(pageNumber(exchange.getRequestURI().getRawQuery()));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.getResponseHeaders().add("X-WP-Total", String.valueOf(PAGES * PER_PAGE));
      exchange.getResponseHeaders().add("X-WP-TotalPages", String.valueOf(PAGES));
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } finally {
      exchange.close();
    }
  }

  private static int pageNumber(String query) {
    for (String pair : query == null ? new String[0] : query.split("&")) {
      if (pair.startsWith("page=")) {
        return Integer.parseInt(pair.substring(5));
      }
    }
    return 1;
  }

  /**
   * One page of distinct posts (the auto-pager refuses a page that repeats an earlier one), each
   * with about 1.5 KB of content, as WordPress renders them; built per request so that the probe
   * itself holds no pages.
   */
  private static byte[] page(int number) {
    String content =
        "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(25) + "</p>";
    StringBuilder json = new StringBuilder("[");
    for (int i = 1; i <= PER_PAGE; i++) {
      if (i > 1) {
        json.append(',');
      }
      json.append("{\"id\":")
          .append((number - 1) * PER_PAGE + i)
          .append(",\"date\":\"2024-01-01T09:00:00\",\"date_gmt\":\"2024-01-01T09:00:00\",")
          .append("\"slug\":\"post-")
          .append(i)
          .append("\",\"status\":\"publish\",\"type\":\"post\",\"title\":{\"rendered\":\"Post ")
          .append(i)
          .append("\"},\"content\":{\"rendered\":\"")
          .append(content)
          .append("\",\"protected\":false},\"excerpt\":{\"rendered\":\"\",\"protected\":false}}");
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }
}
