package dev.wprest.testing;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake WordPress on loopback for your own tests, on the JDK's HTTP server: answers recorded from
 * real WordPress sites, routes you program, and the ways WordPress refuses an identity.
 *
 * <pre>{@code
 * try (FakeWordPress fake = FakeWordPress.start()) {        // answers the REST index already
 *   fake.replay("posts.list.page1.modphp");                  // a recorded real answer
 *   fake.on("GET", "/wp/v2/tags").respond(200, "[]");        // one of your own
 *   WordPressClient wp = WordPressClient.builder().baseUrl(fake.baseUrl())
 *       .auth(AuthStrategy.applicationPassword("admin", "abcd EFGH 1234 ijkl MNOP 5678")).build();
 *   fake.stripAuthorization();            // a host that drops the header, as many do
 *   wp.users().me();                      // 401 rest_not_logged_in, exactly as WordPress says it
 *   fake.requests();                      // what your code sent (never the credentials)
 * }
 * }</pre>
 *
 * <p>Without credentials reaching it (none sent, or stripped) the fake answers as WordPress does an
 * anonymous caller: {@code users/me} is {@link Refusal#NOT_LOGGED_IN} and a new post {@link
 * Refusal#CANNOT_CREATE}. A route it has no answer for is WordPress's own {@code 404
 * rest_no_route}. Recordings name a file of the project's {@code fixtures/wordpress/} (see its
 * {@code CATALOG.md}); their origins are moved onto the fake's.
 */
public final class FakeWordPress implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Answer> routes = new ConcurrentHashMap<>();
  private final Map<String, Refusal> refusedRoutes = new ConcurrentHashMap<>();
  private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
  private volatile boolean stripAuthorization;
  private volatile Refusal refuseCredentials;

  private FakeWordPress(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a fake on an ephemeral loopback port, answering the REST index ({@code GET /wp-json/})
   * with a real WordPress 6.1 site's.
   *
   * @return the running fake; close it when done
   */
  public static FakeWordPress start() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind a loopback port", e);
    }
    FakeWordPress fake = new FakeWordPress(server);
    server.createContext("/", fake::handle);
    server.start();
    return fake.replay("index.modphp");
  }

  /**
   * The site's URL, for {@code WordPressClient.builder().baseUrl(...)}.
   *
   * @return e.g. {@code http://127.0.0.1:43125}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Answers the recorded request with the recorded answer, e.g. {@code "posts.list.page1.modphp"}
   * for {@code GET /wp/v2/posts}.
   *
   * @param recording a file name of {@code fixtures/wordpress/}, without {@code .json}
   * @return this fake
   * @throws IllegalArgumentException when there is no such recording
   */
  public FakeWordPress replay(String recording) {
    Recording r = Recording.named(requireNonNull(recording, "recording == null"));
    routes.put(key(r.method, route(r.path)), r.answer);
    return this;
  }

  /**
   * Starts programming a route.
   *
   * @param method e.g. {@code GET}
   * @param route the REST route, e.g. {@code /wp/v2/posts} (query strings are not matched)
   * @return the route, to give it an answer
   */
  public Route on(String method, String route) {
    return new Route(key(requireNonNull(method, "method == null"), requireNonNull(route, "route")));
  }

  /**
   * Drops the {@code Authorization} header of every request from now on, as a host without
   * WordPress's {@code .htaccess} rule (or a proxy) does: WordPress then sees an anonymous caller.
   *
   * @return this fake
   */
  public FakeWordPress stripAuthorization() {
    stripAuthorization = true;
    return this;
  }

  /**
   * Refuses every request that carries credentials from now on, e.g. {@link
   * Refusal#INCORRECT_PASSWORD}: WordPress checks an Application Password before any route.
   *
   * @param refusal the answer
   * @return this fake
   */
  public FakeWordPress refuse(Refusal refusal) {
    refuseCredentials = requireNonNull(refusal, "refusal == null");
    return this;
  }

  /**
   * Refuses one route whoever calls it, e.g. {@code refuse("GET",
   * "/wp/v2/users/me/application-passwords", Refusal.APPLICATION_PASSWORDS_DISABLED)}.
   *
   * @param method e.g. {@code GET}
   * @param route the REST route
   * @param refusal the answer
   * @return this fake
   */
  public FakeWordPress refuse(String method, String route, Refusal refusal) {
    refusedRoutes.put(key(method, route), requireNonNull(refusal, "refusal == null"));
    return this;
  }

  /**
   * Every request received so far, oldest first.
   *
   * @return the requests
   */
  public List<ReceivedRequest> requests() {
    return List.copyOf(received);
  }

  /** A programmed route, waiting for its answer. */
  public final class Route {
    private final String key;

    private Route(String key) {
      this.key = key;
    }

    /**
     * Answers with a JSON body.
     *
     * @param status the HTTP status
     * @param json the body
     * @return the fake
     */
    public FakeWordPress respond(int status, String json) {
      return respond(status, json, Map.of());
    }

    /**
     * Answers with a JSON body and headers, e.g. {@code X-WP-Total}.
     *
     * @param status the HTTP status
     * @param json the body
     * @param headers header name to value
     * @return the fake
     */
    public FakeWordPress respond(int status, String json, Map<String, String> headers) {
      Map<String, List<String>> all = new java.util.LinkedHashMap<>();
      all.put("Content-Type", List.of("application/json; charset=UTF-8"));
      headers.forEach((name, value) -> all.put(name, List.of(value)));
      routes.put(key, new Answer(status, all, requireNonNull(json, "json == null")));
      return FakeWordPress.this;
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String query = exchange.getRequestURI().getRawQuery();
      String route = routeOf(exchange.getRequestURI().getRawPath(), query);
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      boolean credentials = authorization != null && !stripAuthorization;
      String scheme = credentials ? authorization.split(" ", 2)[0] : "";
      received.add(new ReceivedRequest(method, route, query == null ? "" : query, scheme));
      String origin = baseUrl();
      AnswerSender.send(
          exchange,
          answer(method, route, credentials),
          text -> RecordedOrigins.allOnto(text, origin));
    } finally {
      exchange.close();
    }
  }

  private Answer answer(String method, String route, boolean credentials) {
    Refusal refusal = credentials ? refuseCredentials : null;
    if (refusal == null) {
      refusal = refusedRoutes.get(key(method, route));
    }
    if (refusal == null && !credentials) {
      // What WordPress answers an anonymous caller on the two routes every client tries first.
      if (route.equals("/wp/v2/users/me")) {
        refusal = Refusal.NOT_LOGGED_IN;
      } else if (method.equals("POST") && route.equals("/wp/v2/posts")) {
        refusal = Refusal.CANNOT_CREATE;
      }
    }
    if (refusal != null) {
      return refusal.answer();
    }
    Answer programmed = routes.get(key(method, route));
    return programmed != null ? programmed : Recording.named("route-unknown.modphp").answer;
  }

  /** The REST route of a request: after {@code /wp-json}, or in {@code ?rest_route=}. */
  private static String routeOf(String path, String query) {
    if (path.startsWith("/wp-json")) {
      String route = path.substring("/wp-json".length());
      return route.isEmpty() ? "/" : route;
    }
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("rest_route=")) {
          return URLDecoder.decode(pair.substring("rest_route=".length()), StandardCharsets.UTF_8);
        }
      }
    }
    return path;
  }

  private static String route(String recordedPath) {
    return routeOf(recordedPath, null);
  }

  private static String key(String method, String route) {
    return method.toUpperCase(Locale.ROOT) + " " + route;
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop(0);
  }

  @Override
  public String toString() {
    return "FakeWordPress{" + baseUrl() + ", " + routes.size() + " routes}";
  }
}
