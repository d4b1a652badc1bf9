package dev.wprest.diagnostics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.wprest.diagnostics.Fixture.handMade;
import static dev.wprest.diagnostics.Fixture.recorded;
import static dev.wprest.diagnostics.Fixture.securityLayer;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Walks the README's wiring table ("What each wiring throws") on recorded real answers: for every
 * row, the plain client, a client with {@code install()} and {@code call()} around a call are run
 * against the row's answer, and what they throw must be what the row says.
 */
@WireMockTest
class AuthContractTableTest {
  private static final String HEADER =
      "| failure | answer it is proven on | diagnosis | plain client | `install()` | `call()` |";

  private static final WpRequest ME = WpRequest.get("/wp/v2/users/me").build();

  /** Each row's answer, by the name the table gives it. */
  private static final Map<String, Answer> ANSWERS = new LinkedHashMap<>();

  static {
    onSite(
        "wordpress/users-me.basic-bad-app-password.modphp",
        recorded("users-me.basic-bad-app-password.modphp"));
    onSite(
        "wordpress/users-me.basic-valid.stripped-header",
        recorded("users-me.basic-valid.stripped-header"));
    onSite("wordpress/posts.create.subscriber.modphp", recorded("posts.create.subscriber.modphp"));
    onSite(
        "security-layer/firewall-403.posts.create.nginx",
        securityLayer("firewall-403.posts.create.nginx"));
    ANSWERS.put(
        "`wordpress/home.get.basicauth`",
        new Answer(AuthContractTableTest::basicChallengeEverywhere, ME));
    onSite(
        "security-layer/lockout-429.users-me.nginx", securityLayer("lockout-429.users-me.nginx"));
    onSite("wordpress/route-unknown.modphp", recorded("route-unknown.modphp"));
    ANSWERS.put("`responses/critical-error` (hand-made)", onSite(handMade("critical-error")));
    ANSWERS.put(
        "`responses/php-notice-before-json` (hand-made)",
        onSite(handMade("php-notice-before-json")));
    ANSWERS.put(
        "a closed port", new Answer(wm -> "http://localhost:" + closedPort() + "/wp-json/", ME));
  }

  /** How to serve a row's answer (returning the base URL), and the request that meets it. */
  private static final class Answer {
    final Function<WireMockRuntimeInfo, String> serve;
    final WpRequest request;

    Answer(Function<WireMockRuntimeInfo, String> serve, WpRequest request) {
      this.serve = serve;
      this.request = request;
    }
  }

  @Test
  void everyRowOfTheReadmeWiringTableHoldsOnItsAnswer(WireMockRuntimeInfo wm) throws IOException {
    List<List<String>> rows = readmeTable();
    assertThat(rows).extracting(row -> row.get(1)).containsExactlyElementsOf(ANSWERS.keySet());

    for (List<String> row : rows) {
      wm.getWireMock().resetMappings();
      Answer answer = ANSWERS.get(row.get(1));
      String baseUrl = answer.serve.apply(wm);
      WpRequest request = answer.request;
      WordPressClient plain = builder(baseUrl).build();
      WordPressClient installed = AuthDiagnostics.install(builder(baseUrl)).build();

      Throwable fromPlain = failureOf(() -> plain.json(request));
      Throwable fromInstalled = failureOf(() -> installed.json(request));
      Throwable fromCall = failureOf(() -> AuthDiagnostics.call(() -> plain.json(request)));
      Throwable fromCallInstalled =
          failureOf(() -> AuthDiagnostics.call(() -> builder(baseUrl).build().json(request)));

      String failure = row.get(0);
      assertThat(code(AuthDiagnostics.diagnose(fromCall))).as(failure).isEqualTo(row.get(2));
      assertThat(thrown(fromPlain)).as(failure + ": plain client").isEqualTo(row.get(3));
      assertThat(thrown(fromInstalled)).as(failure + ": install()").isEqualTo(row.get(4));
      assertThat(thrown(fromCall)).as(failure + ": call()").isEqualTo(row.get(5));
      assertThat(thrown(fromCallInstalled))
          .as(failure + ": call() on install()")
          .isEqualTo(row.get(5));
      if (fromCall instanceof AuthDiagnosisException) {
        WordPressException original = (WordPressException) fromCall.getCause();
        assertThat(((AuthDiagnosisException) fromCall).exchange()).isSameAs(original.exchange());
      }
    }
  }

  /** What a wiring threw, in the table's words. */
  private static String thrown(Throwable t) {
    if (t instanceof AuthDiagnosisException) {
      return "`AuthDiagnosisException` (cause `" + t.getCause().getClass().getSimpleName() + "`)";
    }
    boolean attached = false;
    for (Throwable s : t.getSuppressed()) {
      attached |= s instanceof AuthDiagnosisException;
    }
    return "`" + t.getClass().getSimpleName() + "`" + (attached ? " + diagnosis" : "");
  }

  private static String code(Diagnosis d) {
    return "`" + d.code() + "`";
  }

  private static Throwable failureOf(Supplier<?> call) {
    try {
      call.get();
    } catch (RuntimeException e) {
      assertThat(e).isInstanceOf(WordPressException.class);
      return e;
    }
    throw new AssertionError("the call succeeded");
  }

  private static WordPressClient.Builder builder(String baseUrl) {
    return WordPressClient.builder()
        .baseUrl(baseUrl)
        .auth(TestStrategies.applicationPassword())
        .callTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().sleeper(d -> {}).build());
  }

  private static void onSite(String name, Fixture answer) {
    ANSWERS.put("`" + name + "`", onSite(answer));
  }

  /** The modphp site's index, and the answer at its recorded method and path. */
  private static Answer onSite(Fixture answer) {
    String route = answer.path.substring("/wp-json".length());
    WpRequest request =
        answer.method.equals("POST")
            ? WpRequest.post(route, Map.of("title", "from the table test")).build()
            : WpRequest.builder(HttpMethod.valueOf(answer.method), route).build();
    return new Answer(
        wm -> {
          new Replay(wm).index(recorded("index.modphp")).answer(answer);
          return wm.getHttpBaseUrl() + "/wp-json/";
        },
        request);
  }

  /** A whole site behind the web server's Basic challenge: discovery meets it first. */
  private static String basicChallengeEverywhere(WireMockRuntimeInfo wm) {
    Fixture challenge = recorded("home.get.basicauth");
    ResponseDefinitionBuilder r = aResponse().withStatus(challenge.status);
    challenge.headers.forEach((name, values) -> values.forEach(v -> r.withHeader(name, v)));
    wm.getWireMock()
        .register(
            any(anyUrl()).willReturn(r.withBody(challenge.body.getBytes(StandardCharsets.UTF_8))));
    return wm.getHttpBaseUrl() + "/";
  }

  private static int closedPort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The rows of the README's wiring table, each as its cells. */
  private static List<List<String>> readmeTable() throws IOException {
    List<String> lines = Files.readAllLines(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    int start = lines.indexOf(HEADER);
    assertThat(start).as("the README has the wiring table").isNotNegative();
    List<List<String>> rows = new ArrayList<>();
    for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    return rows;
  }
}
