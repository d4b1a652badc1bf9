package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

  @Test
  void theTransportRefusesWritesOtherOriginsAndAnythingOverBudget(WireMockRuntimeInfo wm)
      throws Exception {
    String base = wm.getHttpBaseUrl();
    BudgetedHttpClient http =
        new BudgetedHttpClient(HttpClient.newHttpClient(), URI.create(base + "/"), 3);
    HttpResponse.BodyHandler<String> text = HttpResponse.BodyHandlers.ofString();

    assertThatThrownBy(() -> http.send(request("DELETE", base + "/wp-json/wp/v2/posts/1"), text))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no writes");
    assertThatThrownBy(() -> http.send(request("POST", base + "/wp-json/wp/v2/posts"), text))
        .hasMessageContaining("no writes");
    assertThatThrownBy(() -> http.send(request("GET", "http://127.0.0.2:9/"), text))
        .hasMessageContaining("only talks to");
    http.send(request("POST", base + "/xmlrpc.php"), text);
    assertThatThrownBy(() -> http.send(request("POST", base + "/xmlrpc.php"), text))
        .as("one XML-RPC call at most")
        .hasMessageContaining("no writes");
    http.send(request("GET", base + "/"), text);
    http.send(request("OPTIONS", base + "/wp-json/wp/v2/posts"), text);
    assertThatThrownBy(() -> http.send(request("GET", base + "/"), text))
        .hasMessageContaining("budget of 3");

    assertThat(http.sent()).isEqualTo(3);
    assertThat(wm.getWireMock().getServeEvents()).hasSize(3);
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
    BudgetedHttpClient http =
        new BudgetedHttpClient(HttpClient.newHttpClient(), URI.create(base + "/"), 5);
    HttpResponse.BodyHandler<String> text = HttpResponse.BodyHandlers.ofString();

    http.send(request("GET", base + "/wp-json/"), text);

    assertThatThrownBy(() -> http.send(request("GET", base + "/wp-json/"), text))
        .isInstanceOf(BudgetedHttpClient.RepeatedRequestException.class)
        .hasMessageContaining("sent already");
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
}
