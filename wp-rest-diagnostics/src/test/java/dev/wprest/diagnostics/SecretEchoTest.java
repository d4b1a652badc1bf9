package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.JwtPlugin;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A hostile server echoes every credential it receives (the {@code Authorization} header decoded,
 * every cookie raw and cookie-decoded, the nonce, the login password of a form or JSON login) back
 * in every encoding of {@link EchoEncodings}, in the JSON error's message, code and {@code data},
 * in response headers, in an HTML page and its title, and in PHP output before a success body. For
 * every strategy, no secret in any encoding may survive in anything the library hands out: the
 * exception's message and {@code toString()}, the exchange record, {@code data()}, the log, the
 * diagnosis and both renderers.
 */
class SecretEchoTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER = "editor";
  private static final String APP_PASSWORD = "Zq4X 9rTb Lm2W 8kPd Yv7N 3hJc";
  private static final String SESSION_COOKIE = "editor%7C1999999999%7Cs3ss10nT0k3n%2Fq%7Chm4cV4lu3";
  private static final String NONCE = "9f8e7d6c5b";
  private static final String LOGIN_PASSWORD = "pässwörd/with+plus & 'quotes\" (~*!)";
  private static final String ISSUED_COOKIE = "editor%7C1999999999%7Cl0g1nS3ss%2Bz%7Cm4cX";
  private static final String ISSUED_NONCE = "a1b2c3d4e5";
  private static final String BEARER =
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxNyIsIm5hbWUiOiJlZGl0b3IifQ.c2lnbmF0dXJlK3NlY3JldA";
  private static final String JWT_ISSUED =
      "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqd3QiLCJ1c2VyIjoiZWRpdG9yIn0.aXNzdWVkLXNpZ25hdHVyZQ";
  private static final List<String> PLACES =
      List.of("json message", "json code", "json data", "headers", "html page", "php before json");

  private static EchoServer server;
  private static volatile String firstBearerSeen;
  private static volatile String loginPasswordSeen;

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Logger logger;
  private Level previousLevel;

  @BeforeAll
  static void start() throws Exception {
    server = new EchoServer(SecretEchoTest::answer);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @BeforeEach
  void captureLogs() {
    firstBearerSeen = null;
    loginPasswordSeen = null;
    logger = (Logger) LoggerFactory.getLogger("dev.wprest");
    previousLevel = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    logger.detachAppender(logs);
    logger.setLevel(previousLevel);
  }

  @Test
  void anApplicationPasswordEchoedInAnyEncodingSurvivesNowhere() {
    AuthStrategy auth = AuthStrategy.applicationPassword(USER, APP_PASSWORD);
    assertNoSecretSurvives(auth, bases(APP_PASSWORD, USER + ":" + APP_PASSWORD));
  }

  @Test
  void aCookieSessionAndNonceEchoedInAnyEncodingSurviveNowhere() {
    AuthStrategy auth =
        AuthStrategy.cookieNonce(Map.of("wordpress_logged_in_0a1b", SESSION_COOKIE), NONCE);
    assertNoSecretSurvives(auth, bases(SESSION_COOKIE, NONCE));
  }

  @Test
  void aCookieLoginsPasswordAndIssuedSessionEchoedInAnyEncodingSurviveNowhere() {
    AuthStrategy auth = AuthStrategy.cookieLogin(USER, LOGIN_PASSWORD);
    assertNoSecretSurvives(auth, bases(LOGIN_PASSWORD, ISSUED_COOKIE, ISSUED_NONCE));
  }

  @Test
  void aFixedBearerTokenEchoedInAnyEncodingSurvivesNowhere() {
    assertNoSecretSurvives(AuthStrategy.bearer(BEARER), bases(BEARER));
  }

  @Test
  void aJwtLoginsPasswordAndIssuedTokenEchoedInAnyEncodingSurviveNowhere() {
    AuthStrategy auth =
        AuthStrategy.jwtLogin(JwtPlugin.JWT_AUTHENTICATION_FOR_WP_REST_API, USER, LOGIN_PASSWORD);
    assertNoSecretSurvives(auth, bases(LOGIN_PASSWORD, JWT_ISSUED));
  }

  @Test
  void aRotatingBearerSuppliersFirstAndThreeHundredAndFirstTokensSurviveNowhere() {
    AtomicInteger issued = new AtomicInteger();
    Supplier<String> tokens = () -> "rotating-" + issued.incrementAndGet() + "-Kx9Qz2Vb7Lm";
    AuthStrategy auth = AuthStrategy.bearer(tokens);
    WordPressClient wp = client(auth);
    for (int i = 0; i < 300; i++) {
      wp.json(WpRequest.get("/wp/v2/ping").build());
    }
    // Checked after each call: the first token ever issued and the one just sent.
    int cases =
        assertNoSecretSurvives(
            wp,
            auth,
            () -> bases("rotating-1-Kx9Qz2Vb7Lm", "rotating-" + issued.get() + "-Kx9Qz2Vb7Lm"));
    assertThat(issued.get()).isEqualTo(300 + cases);
  }

  /** Every secret in every encoding: what must appear in no output. */
  private static Set<String> bases(String... secrets) {
    Set<String> forbidden = new LinkedHashSet<>();
    for (String secret : secrets) {
      for (UnaryOperator<String> encoding : EchoEncodings.all().values()) {
        String form = encoding.apply(secret);
        if (form.length() >= 4) {
          forbidden.add(form);
        }
      }
    }
    return forbidden;
  }

  private void assertNoSecretSurvives(AuthStrategy auth, Set<String> forbidden) {
    int cases = assertNoSecretSurvives(client(auth), auth, () -> forbidden);
    assertThat(cases).isEqualTo(EchoEncodings.all().size() * PLACES.size());
  }

  /** Runs every encoding in every place; returns the number of echo exchanges. */
  private int assertNoSecretSurvives(
      WordPressClient wp, AuthStrategy auth, Supplier<Set<String>> forbiddenNow) {
    int cases = 0;
    List<String> leaks = new ArrayList<>();
    for (String encoding : EchoEncodings.all().keySet()) {
      for (String place : PLACES) {
        Throwable thrown =
            catchThrowable(
                () ->
                    wp.json(
                        WpRequest.get("/wp/v2/users/me")
                            .query("echo", encoding)
                            .query("place", place)
                            .build()));
        assertThat(thrown).as(encoding + " in " + place).isInstanceOf(WordPressException.class);
        Set<String> forbidden = forbiddenNow.get();
        for (String output : outputs((WordPressException) thrown, auth)) {
          for (String secret : forbidden) {
            if (output.contains(secret)) {
              leaks.add(encoding + " in " + place + ": " + output);
            }
          }
        }
        logs.list.clear();
        cases++;
      }
    }
    assertThat(leaks).as("outputs holding a secret").isEmpty();
    return cases;
  }

  /** Everything the library hands out about a failure. */
  private List<String> outputs(WordPressException e, AuthStrategy auth) {
    List<String> out = new ArrayList<>();
    out.add(e.getMessage());
    out.add(e.toString());
    out.add(auth.toString());
    out.add(e.exchange().toString());
    out.add(e.exchange().bodySnippet());
    out.add(e.exchange().responseHeaders().toString());
    out.add(e.exchange().uri().toString());
    if (e instanceof WordPressApiException) {
      WordPressApiException api = (WordPressApiException) e;
      out.add(api.data().toString());
      out.add(api.code().orElse(""));
      out.add(api.errorMessage().orElse(""));
    }
    Diagnosis d = AuthDiagnostics.diagnose(e);
    out.add(TextRenderer.render(d));
    out.add(JsonRenderer.render(d));
    out.add(d.toString());
    d.evidence().forEach(ev -> out.add(ev.value()));
    out.add(AuthDiagnostics.translator().apply(e).getMessage());
    for (ILoggingEvent event : logs.list) {
      out.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        out.add(event.getThrowableProxy().getMessage());
      }
    }
    return out;
  }

  private static WordPressClient client(AuthStrategy auth) {
    return WordPressClient.builder()
        .baseUrl(server.baseUrl() + "/wp-json/")
        .auth(auth)
        .callTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  private static EchoServer.Response answer(EchoServer.Request r) {
    String path = r.path();
    if (path.equals("/wp-json/")) {
      return new EchoServer.Response(200, "application/json", index());
    }
    if (path.equals("/wp-login.php")) {
      loginPasswordSeen = formValue(r.body, "pwd");
      return new EchoServer.Response(302, "text/html", "")
          .header("Location", server.baseUrl() + "/wp-admin/")
          .header("Set-Cookie", "wordpress_logged_in_0a1b=" + ISSUED_COOKIE + "; path=/; HttpOnly");
    }
    if (path.equals("/wp-admin/admin-ajax.php")) {
      return new EchoServer.Response(200, "text/plain", ISSUED_NONCE);
    }
    if (path.equals("/wp-json/jwt-auth/v1/token")) {
      try {
        loginPasswordSeen = JSON.readTree(r.body).path("password").asText();
      } catch (Exception e) {
        loginPasswordSeen = null;
      }
      return new EchoServer.Response(200, "application/json", "{\"token\":\"" + JWT_ISSUED + "\"}");
    }
    if (path.equals("/wp-json/wp/v2/ping")) {
      return new EchoServer.Response(200, "application/json", "{}");
    }
    UnaryOperator<String> encoding = EchoEncodings.all().get(r.query("echo"));
    List<String> echoed =
        received(r).stream().map(encoding).distinct().collect(Collectors.toList());
    return echo(r.query("place"), echoed);
  }

  /** What the server can read of the credentials: headers decoded as PHP would. */
  private static List<String> received(EchoServer.Request r) {
    List<String> values = new ArrayList<>();
    String authorization = r.headers.getOrDefault("authorization", "");
    if (authorization.startsWith("Basic ")) {
      String credentials = authorization.substring(6);
      String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
      values.add(decoded);
      values.add(decoded.substring(decoded.indexOf(':') + 1));
    } else if (authorization.startsWith("Bearer ")) {
      String token = authorization.substring(7);
      if (firstBearerSeen == null) {
        firstBearerSeen = token;
      }
      values.add(token);
      values.add(firstBearerSeen);
    }
    for (String pair : r.headers.getOrDefault("cookie", "").split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.add(pair.substring(eq + 1).strip());
      }
    }
    if (r.headers.containsKey("x-wp-nonce")) {
      values.add(r.headers.get("x-wp-nonce"));
    }
    if (loginPasswordSeen != null) {
      values.add(loginPasswordSeen);
    }
    return values;
  }

  private static EchoServer.Response echo(String place, List<String> echoed) {
    String joined = String.join(" ~ ", echoed);
    ObjectNode error = JSON.createObjectNode();
    error.put("code", "incorrect_password");
    error.put("message", "Sorry, you sent " + joined);
    error.putObject("data").put("status", 401);
    switch (place) {
      case "json message":
        return new EchoServer.Response(401, "application/json", error.toString());
      case "json code":
        error.put("code", "echo_" + joined);
        return new EchoServer.Response(401, "application/json", error.toString());
      case "json data":
        ObjectNode data = error.putObject("data");
        data.put("status", 401).put("echo", joined).put(joined, true);
        echoed.forEach(data.putArray("each")::add);
        data.putObject("nested").putArray("deeper").addObject().put("value", joined);
        return new EchoServer.Response(401, "application/json", error.toString());
      case "headers":
        EchoServer.Response withHeaders =
            new EchoServer.Response(401, "application/json", error.put("message", "no").toString());
        for (String value : echoed) {
          if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            withHeaders.header("X-Echo", value).header("Server", "echo/" + value);
            withHeaders.header("WWW-Authenticate", "Basic realm=\"" + value + "\"");
          }
        }
        return withHeaders;
      case "html page":
        return new EchoServer.Response(
            403,
            "text/html; charset=UTF-8",
            "<html><head><title>Denied "
                + joined
                + "</title></head><body><p>"
                + joined
                + "</p></body></html>");
      case "php before json":
        return new EchoServer.Response(
            200,
            "application/json",
            "<br />\n<b>Warning</b>: " + joined + " in /var/www/wp-config.php on line 3<br />\n{}");
      default:
        throw new IllegalArgumentException("no place " + place);
    }
  }

  private static String index() {
    return String.format(
        "{\"name\":\"echo\",\"url\":\"%1$s\",\"home\":\"%1$s\",\"namespaces\":[\"wp/v2\"],"
            + "\"authentication\":{\"application-passwords\":{\"endpoints\":{\"authorization\":"
            + "\"%1$s/wp-admin/authorize-application.php\"}}},\"routes\":{}}",
        server.baseUrl());
  }

  private static String formValue(String form, String name) {
    for (String part : form.split("&")) {
      if (part.startsWith(name + "=")) {
        return URLDecoder.decode(part.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
