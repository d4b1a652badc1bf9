package dev.wprest.wpdoctor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A stand-in WordPress on loopback that answers each mounted request with a recorded real answer.
 * Origins of the recording sites ({@code http://127.0.0.1:80xx}) are moved onto this server: the
 * answering site's own origin onto {@code http://127.0.0.1:<port>}, any other site's onto {@code
 * http://localhost:<port>}, which is another origin for the client, as it was when recorded.
 */
public final class ReplayServer implements AutoCloseable {
  private static final Pattern RECORDED_ORIGIN =
      Pattern.compile("https?://127\\.0\\.0\\.1:(80\\d\\d|8443)");
  private static final Set<String> HOP_BY_HOP =
      Set.of("content-length", "transfer-encoding", "connection", "keep-alive", "date");

  /** The port each recording site had, to tell its own origin from the others. */
  private static final Map<String, String> SITE_PORTS =
      Map.of(
          "modphp",
          "8081",
          "stripped",
          "8082",
          "https",
          "8443",
          "production",
          "8084",
          "norewrite",
          "8085",
          "jwt",
          "8086",
          "redirect",
          "8087",
          "earlyuser",
          "8088");

  private final HttpServer server;
  private final Map<String, RecordedExchange> routes = new ConcurrentHashMap<>();

  private ReplayServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @return the running server
   * @throws IOException if no port can be bound
   */
  public static ReplayServer start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ReplayServer replay = new ReplayServer(server);
    server.createContext("/", replay::handle);
    server.start();
    return replay;
  }

  /**
   * Answers {@code method pathAndQuery} with a recorded exchange.
   *
   * @param method e.g. {@code GET}
   * @param pathAndQuery e.g. {@code /wp-json/wp/v2/users/me}
   * @param fixture the recorded answer
   * @return this
   */
  public ReplayServer mount(String method, String pathAndQuery, RecordedExchange fixture) {
    routes.put(method.toUpperCase(Locale.ROOT) + " " + pathAndQuery, fixture);
    int query = pathAndQuery.indexOf('?');
    if (query > 0) {
      routes.putIfAbsent(
          method.toUpperCase(Locale.ROOT) + " " + pathAndQuery.substring(0, query), fixture);
    }
    return this;
  }

  /** The server's base URL. @return e.g. {@code http://127.0.0.1:43125} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().toString();
      RecordedExchange fixture = routes.get(key);
      if (fixture == null) {
        // A query written in another order or encoding than recorded still finds its answer.
        fixture =
            routes.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
      }
      if (fixture == null) {
        byte[] body = ("no recorded answer for " + key).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(599, body.length);
        exchange.getResponseBody().write(body);
        return;
      }
      String ownPort = SITE_PORTS.getOrDefault(fixture.site(), "");
      for (Map.Entry<String, List<String>> header : fixture.headers().entrySet()) {
        if (HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
          continue;
        }
        for (String value : header.getValue()) {
          exchange.getResponseHeaders().add(header.getKey(), relocate(value, ownPort));
        }
      }
      byte[] body = relocate(fixture.body(), ownPort).getBytes(StandardCharsets.UTF_8);
      boolean noBody = exchange.getRequestMethod().equals("HEAD") || body.length == 0;
      exchange.sendResponseHeaders(fixture.status(), noBody ? -1 : body.length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      exchange.close();
    }
  }

  private String relocate(String text, String ownPort) {
    int port = server.getAddress().getPort();
    return RECORDED_ORIGIN
        .matcher(text)
        .replaceAll(
            m ->
                m.group(1).equals(ownPort)
                    ? "http://127.0.0.1:" + port
                    : "http://localhost:" + port);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
