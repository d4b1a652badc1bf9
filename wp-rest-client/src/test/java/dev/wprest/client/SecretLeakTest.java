package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Feeds known secrets through every failure path, with a server that echoes them back, and checks
 * that none appears in a message, {@code toString()}, the exchange record or a log line.
 */
@WireMockTest
class SecretLeakTest {
  private static final String APP_PASSWORD = "Zq4X 9rTb Lm2W 8kPd Yv7N 3hJc";
  private static final String BEARER = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2VjcmV0LXNpZw";
  private static final String COOKIE = "admin%7C1999999999%7CsessionTokenSecret%7Chmac";
  private static final String NONCE = "9f8e7d6c5b";
  private static final String LOGIN_PASSWORD = "correct-horse-battery-staple";

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Logger logger;
  private Level previous;
  private WireMockRuntimeInfo wm;

  @BeforeEach
  void capture(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    logger = (Logger) LoggerFactory.getLogger("dev.wprest");
    previous = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void release() {
    logger.detachAppender(logs);
    logger.setLevel(previous);
  }

  private static String basic() {
    return Base64.getEncoder()
        .encodeToString(("admin:" + APP_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** A server that answers every path by echoing every secret in its headers and body. */
  private void echoingServer(int status, String contentType) {
    String echo = String.join(" ", APP_PASSWORD, basic(), BEARER, COOKIE, NONCE, LOGIN_PASSWORD);
    String body =
        contentType.contains("json")
            ? "{\"code\":\"rest_forbidden\",\"message\":\"you sent "
                + echo
                + "\",\"data\":{\"status\":"
                + status
                + "}}"
            : "<html><title>Blocked "
                + echo
                + "</title><script>var wpApiSettings={\"nonce\":\""
                + NONCE
                + "\"};</script></html>";
    wm.getWireMock()
        .register(
            any(urlPathMatching("/wp-json/wp/.*"))
                .willReturn(
                    aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", contentType)
                        .withHeader("X-WP-Nonce", NONCE)
                        .withHeader("Set-Cookie", "wordpress_logged_in_x=" + COOKIE + "; path=/")
                        .withHeader("X-Echo", echo)
                        .withBody(body)));
  }

  /** Each strategy with the secrets it holds: a client can only mask what it knows. */
  private static Map<AuthStrategy, List<String>> strategies() {
    return Map.of(
        AuthStrategy.applicationPassword("admin", APP_PASSWORD),
        List.of(APP_PASSWORD, APP_PASSWORD.replace(" ", ""), basic()),
        AuthStrategy.bearer(BEARER),
        List.of(BEARER),
        AuthStrategy.cookieNonce(Map.of("wordpress_logged_in_x", COOKIE), NONCE),
        List.of(COOKIE, NONCE));
  }

  private void assertNoSecretIn(Throwable t, List<String> secrets) {
    assertThat(t).isNotNull();
    List<String> texts = new ArrayList<>();
    for (Throwable c = t; c != null; c = c.getCause()) {
      texts.add(String.valueOf(c.getMessage()));
      texts.add(c.toString());
    }
    if (t instanceof WordPressException) {
      FailedExchange e = ((WordPressException) t).exchange();
      texts.add(e.toString());
      texts.add(e.bodySnippet());
      texts.add(e.uri().toString());
      texts.add(e.responseHeaders().toString());
      texts.add(e.credentialFacts().toString());
    }
    if (t instanceof WordPressApiException) {
      texts.add(((WordPressApiException) t).errorMessage().orElse(""));
      texts.add(((WordPressApiException) t).data().toString());
    }
    logs.list.forEach(event -> texts.add(event.getFormattedMessage()));
    for (String text : texts) {
      for (String secret : secrets) {
        assertThat(text).as("a message or log line").doesNotContain(secret);
      }
    }
  }

  @Test
  void wordPressErrorsThatEchoSecretsDoNotLeakThem() {
    echoingServer(403, "application/json; charset=UTF-8");
    for (Map.Entry<AuthStrategy, List<String>> entry : strategies().entrySet()) {
      AuthStrategy auth = entry.getKey();
      WordPressClient wp = WireMockSite.client(wm, auth).build();
      assertNoSecretIn(
          catchThrowable(() -> wp.execute(WpRequest.get("/wp/v2/settings").build())),
          entry.getValue());
    }
  }

  @Test
  void htmlPagesThatEchoSecretsDoNotLeakThem() {
    echoingServer(401, "text/html");
    for (Map.Entry<AuthStrategy, List<String>> entry : strategies().entrySet()) {
      AuthStrategy auth = entry.getKey();
      WordPressClient wp = WireMockSite.client(wm, auth).build();
      assertNoSecretIn(
          catchThrowable(() -> wp.execute(WpRequest.get("/wp/v2/users/me").build())),
          entry.getValue());
    }
  }

  @Test
  void malformedBodiesThatEchoSecretsDoNotLeakThem() {
    echoingServer(200, "text/html");
    for (Map.Entry<AuthStrategy, List<String>> entry : strategies().entrySet()) {
      AuthStrategy auth = entry.getKey();
      WordPressClient wp = WireMockSite.client(wm, auth).build();
      assertNoSecretIn(
          catchThrowable(() -> wp.json(WpRequest.get("/wp/v2/posts").build())), entry.getValue());
    }
  }

  @Test
  void transportFailuresAndDeadlinesDoNotLeakSecrets() {
    wm.getWireMock()
        .register(
            any(urlPathEqualTo("/wp-json/wp/v2/reset"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    wm.getWireMock()
        .register(
            any(urlPathEqualTo("/wp-json/wp/v2/slow"))
                .willReturn(aResponse().withStatus(200).withBody("[]").withFixedDelay(3_000)));
    for (Map.Entry<AuthStrategy, List<String>> entry : strategies().entrySet()) {
      AuthStrategy auth = entry.getKey();
      WordPressClient wp =
          WireMockSite.client(wm, auth)
              .callTimeout(Duration.ofMillis(300))
              .retryPolicy(RetryPolicy.none())
              .build();
      assertNoSecretIn(
          catchThrowable(() -> wp.execute(WpRequest.get("/wp/v2/reset").build())),
          entry.getValue());
      assertNoSecretIn(
          catchThrowable(() -> wp.execute(WpRequest.get("/wp/v2/slow").build())), entry.getValue());
    }
  }

  @Test
  void refusalsAndLoginFailuresDoNotLeakSecrets() {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo("/wp-login.php"))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withBody("<html>bad login for " + LOGIN_PASSWORD + "</html>")));
    WordPressClient login =
        WireMockSite.client(wm, AuthStrategy.cookieLogin("admin", LOGIN_PASSWORD)).build();
    assertNoSecretIn(
        catchThrowable(() -> login.execute(WpRequest.get("/wp/v2/users/me").build())),
        List.of(LOGIN_PASSWORD));

    for (Map.Entry<AuthStrategy, List<String>> entry : strategies().entrySet()) {
      AuthStrategy auth = entry.getKey();
      WordPressClient insecure =
          WordPressClient.builder().baseUrl("http://wp.example.invalid/").auth(auth).build();
      assertNoSecretIn(
          catchThrowable(() -> insecure.execute(WpRequest.get("/wp/v2/users/me").build())),
          entry.getValue());
      assertThat(Stream.of(insecure.toString(), auth.toString(), auth.facts().toString()))
          .allSatisfy(
              text -> entry.getValue().forEach(secret -> assertThat(text).doesNotContain(secret)));
    }
  }
}
