package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.RedirectPolicy;
import dev.wprest.client.internal.Transport;
import dev.wprest.diagnostics.EchoEncodings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The transport's promises, and no secret in a report even when the server echoes it. */
@WireMockTest
class BudgetAndEchoTest {
  private static final String PASSWORD = ApplicationPasswordDoctorTest.APP_PASSWORD;

  private static HttpRequest request(String method, String uri) {
    return HttpRequest.newBuilder(URI.create(uri))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build();
  }

  /** The client's transport with the budget as its hook, as the doctor runs it. */
  private static Transport transport(ProbeBudget budget) {
    return new Transport(
        HttpClient.newHttpClient(),
        Duration.ofSeconds(10),
        AuthDoctor.DEFAULT_MAX_RESPONSE_BYTES,
        RedirectPolicy.sameOrigin(),
        false,
        ProbeSession.USER_AGENT,
        false,
        budget);
  }

  private static String refusal(Transport transport, HttpRequest request) {
    try {
      transport.exchange(request);
    } catch (Transport.Failure f) {
      return f.getCause().getMessage();
    }
    throw new AssertionError("sent: " + request);
  }

  @Test
  void theTransportRefusesWritesOtherOriginsAndAnythingOverBudget(WireMockRuntimeInfo wm)
      throws Exception {
    String base = wm.getHttpBaseUrl();
    ProbeBudget budget = new ProbeBudget(URI.create(base + "/"), 3);
    Transport http = transport(budget);

    assertThat(refusal(http, request("DELETE", base + "/wp-json/wp/v2/posts/1")))
        .contains("no writes");
    assertThat(refusal(http, request("POST", base + "/wp-json/wp/v2/posts"))).contains("no writes");
    assertThat(refusal(http, request("GET", "http://127.0.0.2:9/"))).contains("only talks to");
    http.exchange(request("POST", base + "/xmlrpc.php"));
    assertThat(refusal(http, request("POST", base + "/xmlrpc.php")))
        .as("one XML-RPC call at most")
        .contains("no writes");
    http.exchange(request("GET", base + "/"));
    http.exchange(request("OPTIONS", base + "/wp-json/wp/v2/posts"));
    assertThat(refusal(http, request("GET", base + "/"))).contains("budget of 3");

    assertThat(budget.sent()).isEqualTo(3);
    assertThat(wm.getWireMock().getServeEvents()).hasSize(3);
  }

  @Test
  void onlyTheDeclaredSpoiledWriteIsAdmittedAndOnlyOnACoreRoute(WireMockRuntimeInfo wm)
      throws Exception {
    String base = wm.getHttpBaseUrl();
    ProbeBudget budget = new ProbeBudget(URI.create(base + "/"), 5);
    Transport http = transport(budget);
    // A spoiled argument alone no longer admits a write: the write probe has to declare it.
    String spoiled = base + "/wp-json/wp/v2/posts?status=" + WriteProbe.INVALID;
    assertThat(refusal(http, request("POST", spoiled))).contains("no writes");

    budget.declareSpoiledWrite("POST");
    assertThat(refusal(http, request("DELETE", base + "/wp-json/wp/v2/posts/1")))
        .as("another method than the one declared")
        .contains("no writes");
    assertThat(refusal(http, request("POST", base + "/wp-json/my-plugin/v1/things")))
        .as("a plugin's route, which may not validate before it acts")
        .contains("no writes");
    http.exchange(request("POST", spoiled));
    budget.endSpoiledWrite();

    assertThat(refusal(http, request("POST", spoiled))).contains("no writes");
    assertThat(wm.getWireMock().getServeEvents()).hasSize(1);
  }

  @Test
  void theTransportEndsARedirectLoopInsteadOfSendingTheSameReadAgain(WireMockRuntimeInfo wm)
      throws Exception {
    String base = wm.getHttpBaseUrl();
    wm.getWireMock()
        .register(
            com.github.tomakehurst.wiremock.client.WireMock.get("/wp-json/")
                .willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(301)
                        .withHeader("Location", base + "/wp-json/")));
    ProbeBudget budget = new ProbeBudget(URI.create(base + "/"), 5);
    Transport http = transport(budget);

    http.exchange(request("GET", base + "/wp-json/"));

    try {
      http.exchange(request("GET", base + "/wp-json/"));
      throw new AssertionError("sent twice");
    } catch (Transport.Failure f) {
      assertThat(f.getCause())
          .isInstanceOf(ProbeBudget.RepeatedRequestException.class)
          .hasMessageContaining("sent already");
    }
    assertThat(wm.getWireMock().getServeEvents()).hasSize(1);
  }

  @Test
  void theClientTheDoctorDrivesReusesTheIndexTheDoctorRead(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.modphp")
            .recorded("users-me.basic-valid.admin.modphp")
            .recorded("application-passwords.introspect.admin.modphp");

    DoctorReport report =
        AuthDoctor.builder(site.url()).applicationPassword("itadmin", PASSWORD).build().examine();

    assertThat(report.ok()).isTrue();
    assertThat(site.journal()).filteredOn(r -> r.getUrl().equals("/wp-json/")).hasSize(1);
    assertThat(site.journal()).filteredOn(r -> r.getUrl().equals("/")).hasSize(1);
    site.assertNoRequestSentTwice();
  }

  @Test
  void noSecretInTheReportWhenTheServerEchoesIt(WireMockRuntimeInfo wm) {
    String basic =
        Base64.getEncoder()
            .encodeToString(("itadmin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.stripped-header")
            .answer(
                "GET",
                "/wp-json/wp/v2/users/me",
                401,
                "application/json",
                "{\"code\":\"rest_not_logged_in\",\"message\":\"You sent Basic "
                    + basic
                    + " with password "
                    + PASSWORD
                    + "\",\"data\":{\"status\":401}}")
            .answer(
                "POST",
                "/xmlrpc.php",
                200,
                "text/xml",
                "<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>"
                    + "faultCode</name><value><int>403</int></value></member><member><name>"
                    + "faultString</name><value><string>Incorrect password "
                    + PASSWORD
                    + " for itadmin</string></value></member></struct></value></fault>"
                    + "</methodResponse>");

    DoctorReport report =
        AuthDoctor.builder(site.url()).applicationPassword("itadmin", PASSWORD).build().examine();

    assertThat(report.diagnosis()).isPresent();
    Secrets.assertAbsent(report, "itadmin", PASSWORD);
    assertThat(
            AuthDoctor.builder(site.url())
                .applicationPassword("itadmin", PASSWORD)
                .build()
                .toString())
        .doesNotContain(PASSWORD);
  }

  @Test
  void noSecretInTheReportWhateverEncodingTheServerEchoesItIn(WireMockRuntimeInfo wm) {
    for (Map.Entry<String, UnaryOperator<String>> encoding : EchoEncodings.all().entrySet()) {
      wm.getWireMock().resetMappings();
      String echoed =
          encoding.getValue().apply(PASSWORD)
              + " ~ "
              + encoding.getValue().apply("itadmin:" + PASSWORD);
      FakeSite site =
          new FakeSite(wm)
              .home()
              .recorded("index.stripped-header")
              .answer(
                  "GET",
                  "/wp-json/wp/v2/users/me",
                  401,
                  "application/json",
                  "{\"code\":\"rest_not_logged_in\",\"message\":"
                      + new TextNode("You sent " + echoed)
                      + ",\"data\":{\"status\":401,\"echo\":"
                      + new TextNode(echoed)
                      + "}}")
              .answer(
                  "POST",
                  "/xmlrpc.php",
                  200,
                  "text/xml",
                  "<?xml version=\"1.0\"?><methodResponse><fault><value><struct><member><name>"
                      + "faultCode</name><value><int>403</int></value></member><member><name>"
                      + "faultString</name><value><string>Incorrect password "
                      + echoed.replace("&", "&amp;").replace("<", "&lt;")
                      + " for itadmin</string></value></member></struct></value></fault>"
                      + "</methodResponse>");

      DoctorReport report =
          AuthDoctor.builder(site.url()).applicationPassword("itadmin", PASSWORD).build().examine();

      assertThat(report.diagnosis()).as(encoding.getKey()).isPresent();
      Secrets.assertAbsent(report, "itadmin", PASSWORD);
    }
  }
}
