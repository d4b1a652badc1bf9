package dev.wprest.testing;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that answers each mounted request with an answer recorded from a real
 * WordPress, and nothing else: no behaviour of its own, unlike {@link FakeWordPress}. For replaying
 * a whole situation exactly as it was recorded, e.g. to an active prober that sends several
 * requests with and without credentials.
 *
 * <pre>{@code
 * try (ReplaySite site = ReplaySite.start()
 *     .mount("GET", "/wp-json/", "index.stripped-header")
 *     .mount("GET", "/wp-json/wp/v2/users/me", "users-me.basic-valid.stripped-header")) {
 *   // point a client or the doctor at site.baseUrl() + "/wp-json/"
 * }
 * }</pre>
 *
 * <p>The recording site's own origin is moved onto {@code http://127.0.0.1:<port>} and any other
 * recording site's onto {@code http://localhost:<port>}, which is another origin for a client, as
 * it was when recorded. A request nothing is mounted for gets status 599 and says so.
 */
public final class ReplaySite implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Recording> mounted = new ConcurrentHashMap<>();
  private final List<String> received = new CopyOnWriteArrayList<>();

  private ReplaySite(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a server on an ephemeral loopback port, with nothing mounted.
   *
   * @return the running server; close it when done
   */
  public static ReplaySite start() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind a loopback port", e);
    }
    ReplaySite site = new ReplaySite(server);
    server.createContext("/", site::handle);
    server.start();
    return site;
  }

  /**
   * Answers {@code method pathAndQuery} with a recording. A path mounted with a query also answers
   * the same path with its query written in another order or encoding.
   *
   * @param method e.g. {@code GET}
   * @param pathAndQuery e.g. {@code /wp-json/wp/v2/users/me}
   * @param recording a file name of {@code fixtures/wordpress/}, without {@code .json}
   * @return this server
   * @throws IllegalArgumentException when there is no such recording
   */
  public ReplaySite mount(String method, String pathAndQuery, String recording) {
    Recording r = Recording.named(requireNonNull(recording, "recording == null"));
    String verb = method.toUpperCase(Locale.ROOT) + " ";
    mounted.put(verb + pathAndQuery, r);
    int query = pathAndQuery.indexOf('?');
    if (query > 0) {
      mounted.putIfAbsent(verb + pathAndQuery.substring(0, query), r);
    }
    return this;
  }

  /**
   * Answers a recording's own request (its method and path) with it, e.g. {@code
   * "users-me.basic-valid.admin.modphp"} for {@code GET /wp-json/wp/v2/users/me}.
   *
   * @param recording a file name of {@code fixtures/wordpress/}, without {@code .json}
   * @return this server
   * @throws IllegalArgumentException when there is no such recording
   */
  public ReplaySite mount(String recording) {
    Recording r = Recording.named(requireNonNull(recording, "recording == null"));
    return mount(r.method, r.path, recording);
  }

  /**
   * Every request received so far, oldest first, as {@code "GET /wp-json/wp/v2/users/me"} (path and
   * query; never a header, so never a credential).
   *
   * @return the requests
   */
  public List<String> requests() {
    return List.copyOf(received);
  }

  /**
   * The server's base URL.
   *
   * @return e.g. {@code http://127.0.0.1:43125}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String verb = exchange.getRequestMethod().toUpperCase(Locale.ROOT) + " ";
      received.add(verb + exchange.getRequestURI());
      Recording r = mounted.get(verb + exchange.getRequestURI());
      if (r == null) {
        // A query written in another order or encoding than recorded still finds its answer.
        r = mounted.get(verb + exchange.getRequestURI().getRawPath());
      }
      if (r == null) {
        String missing = "no recorded answer for " + verb + exchange.getRequestURI();
        AnswerSender.send(exchange, new Answer(599, Map.of(), missing), text -> text);
        return;
      }
      String site = r.site;
      int port = server.getAddress().getPort();
      AnswerSender.send(exchange, r.answer, text -> RecordedOrigins.ownAndOthers(text, site, port));
    } finally {
      exchange.close();
    }
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop(0);
  }

  @Override
  public String toString() {
    return "ReplaySite[" + baseUrl() + ", " + mounted.size() + " mounted]";
  }
}
