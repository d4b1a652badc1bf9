package dev.wprest.diagnostics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.wprest.diagnostics.Fixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Known secrets go through the real client and the diagnosis, against a server that echoes them in
 * its body and headers; none may appear in any text a diagnosis produces or any log line.
 */
@WireMockTest
class SecretLeakTest {
  private static final List<String> SECRETS =
      List.of(
          TestStrategies.APP_PASSWORD,
          TestStrategies.APP_PASSWORD.replace(" ", ""),
          basic("admin", TestStrategies.APP_PASSWORD),
          TestStrategies.BEARER_TOKEN,
          TestStrategies.COOKIE_VALUE,
          TestStrategies.NONCE);

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  /** The secrets the strategy under test sent. */
  private static List<String> sent = SECRETS;

  @BeforeEach
  void captureLogs() {
    logs.start();
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
  }

  @Test
  void echoedSecretsAppearInNoDiagnosisText(WireMockRuntimeInfo wm) {
    // Each strategy with the secrets it sends: those are the ones the client can know to mask.
    java.util.Map<AuthStrategy, List<String>> cases = new java.util.LinkedHashMap<>();
    cases.put(TestStrategies.applicationPassword(), SECRETS.subList(0, 3));
    cases.put(TestStrategies.bearer(), List.of(TestStrategies.BEARER_TOKEN));
    cases.put(
        TestStrategies.cookieNonce(),
        List.of(TestStrategies.COOKIE_VALUE, TestStrategies.NONCE, "f0e1d2c3b4"));
    cases.put(TestStrategies.cookiesWithoutNonce(), List.of(TestStrategies.COOKIE_VALUE));
    cases.put(TestStrategies.nonceWithoutCookies(), List.of(TestStrategies.NONCE));
    for (java.util.Map.Entry<AuthStrategy, List<String>> c : cases.entrySet()) {
      AuthStrategy auth = c.getKey();
      sent = c.getValue();
      for (int status : new int[] {401, 403, 200}) {
        for (boolean json : new boolean[] {true, false}) {
          wm.getWireMock().resetMappings();
          new Replay(wm).index(recorded("index.modphp"));
          wm.getWireMock()
              .register(
                  any(urlPathEqualTo("/wp-json/wp/v2/users/me")).willReturn(echo(status, json)));
          wm.getWireMock()
              .register(
                  any(urlPathEqualTo("/wp-admin/admin-ajax.php"))
                      .willReturn(aResponse().withStatus(200).withBody("f0e1d2c3b4")));
          assertNoSecretIn(wm, auth);
        }
      }
    }
    sent = SECRETS;
    for (ILoggingEvent event : logs.list) {
      assertNoSecret("log line", event.getFormattedMessage());
    }
  }

  private void assertNoSecretIn(WireMockRuntimeInfo wm, AuthStrategy auth) {
    try {
      new Replay(wm).client(auth).json(WpRequest.get("/wp/v2/users/me").build());
      return; // a 200 with JSON is a success: nothing to diagnose
    } catch (WordPressException e) {
      Diagnosis d = Replay.attachedDiagnosis(e);
      assertNoSecret("message", e.getMessage());
      assertNoSecret("toString", e.toString());
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      assertNoSecret("stack trace with the attached diagnosis", trace.toString());
      assertNoSecret("diagnosis toString", d.toString());
      assertNoSecret("text", TextRenderer.render(d));
      assertNoSecret("json", JsonRenderer.render(d));
      assertThat(TextRenderer.render(d)).as("the echo is still visible as evidence").isNotBlank();
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder echo(
      int status, boolean json) {
    String all = String.join(" ", SECRETS);
    String body =
        json
            ? "{\"code\":\"rest_not_logged_in\",\"message\":\"You sent "
                + all
                + "\",\"data\":{\"status\":"
                + status
                + "}}"
            : "<html><title>Echo "
                + all
                + "</title><body>Authorization: Basic "
                + basic("admin", TestStrategies.APP_PASSWORD)
                + " Cookie: wordpress_logged_in_0123abcd="
                + TestStrategies.COOKIE_VALUE
                + " nonce="
                + TestStrategies.NONCE
                + "</body></html>";
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", json ? "application/json" : "text/html")
        .withHeader("X-Echo", all)
        .withHeader("Allow", "GET " + TestStrategies.BEARER_TOKEN)
        .withHeader("Server", "echo " + TestStrategies.APP_PASSWORD)
        .withHeader("WWW-Authenticate", "Bearer " + TestStrategies.BEARER_TOKEN)
        .withBody(body);
  }

  static void assertNoSecret(String where, String text) {
    for (String secret : sent) {
      assertThat(text).as(where).doesNotContain(secret);
    }
  }

  private static String basic(String user, String password) {
    return Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
