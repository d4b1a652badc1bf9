package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.internal.RestUris;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded WordPress answer, served as the answer to the call the doctor is asked about (with
 * the credential it was recorded with, on its site's index), leaves every doctor invariant intact:
 * OK only when the calls asked about succeeded, no identity cause once the identity was accepted,
 * no contradicting "not yet", a CONFIRMED verdict citing its probe, no request sent twice, nothing
 * but reads, within the budget.
 */
@WireMockTest
class RecordedAnswersInvariantsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of("..", "fixtures", "wordpress");

  static Stream<String> recordings() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .map(n -> n.substring(0, n.length() - ".json".length()))
              .sorted()
              .collect(Collectors.toList());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordings")
  void theDoctorKeepsItsInvariantsOnEveryRecordedAnswer(String name, WireMockRuntimeInfo wm)
      throws IOException {
    JsonNode f = load(name);
    String method = f.path("request").path("method").asText("GET");
    String path = f.path("request").path("path").asText("/");
    String query = f.path("request").path("query").asText("");
    String auth = f.path("request").path("auth").asText("none");
    String site = f.path("site").asText("modphp");
    URI asked = URI.create(path + (query.isEmpty() ? "" : "?" + query));
    String route = RestUris.routeOf(asked);
    boolean queryStyle = query.contains("rest_route=");

    FakeSite fake = new FakeSite(wm);
    if (queryStyle) {
      fake.restRoute("index.norewrite-rest-route", "GET", path, "/");
    } else {
      fake.home().recorded(exists("index." + site) ? "index." + site : "index.modphp");
    }
    if (queryStyle) {
      fake.restRoute(name, method, path, route);
    } else if (!(method.equals("GET") && path.equals("/"))) {
      fake.recorded(name);
    }

    AuthDoctor.Builder doctor =
        AuthDoctor.builder(
                queryStyle ? URI.create(wm.getHttpBaseUrl() + path + "?rest_route=/") : fake.url())
            .deadline(Duration.ofSeconds(10));
    credential(doctor, auth);
    if (!route.isEmpty() && !route.equals("/") && isMethod(method)) {
      doctor.route(route.replaceAll("[?#].*$", "")).method(HttpMethod.valueOf(method));
    }

    DoctorReport report = doctor.build().examine();

    fake.assertReadOnlyWithinBudget(report);
  }

  private static void credential(AuthDoctor.Builder doctor, String auth) {
    String app = ApplicationPasswordDoctorTest.APP_PASSWORD;
    String login = ApplicationPasswordDoctorTest.LOGIN_PASSWORD;
    if (auth.startsWith("basic-login-password") || auth.equals("xmlrpc-login-password")) {
      doctor.applicationPassword("itadmin", login);
    } else if (auth.startsWith("basic-unknown")) {
      doctor.applicationPassword("nobody", app);
    } else if (auth.startsWith("basic") || auth.startsWith("xmlrpc")) {
      doctor.applicationPassword("itadmin", app);
    } else if (auth.startsWith("bearer")) {
      doctor.bearer("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXZhbHVl");
    } else if (auth.startsWith("form")) {
      doctor.cookieLogin(auth.contains("unknown") ? "nobody" : "itadmin", login);
    }
  }

  private static boolean isMethod(String method) {
    try {
      HttpMethod.valueOf(method);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean exists(String name) {
    return Files.exists(FIXTURES.resolve(name + ".json"));
  }

  private static JsonNode load(String name) throws IOException {
    try (InputStream in = Files.newInputStream(FIXTURES.resolve(name + ".json"))) {
      return JSON.readTree(in);
    }
  }
}
