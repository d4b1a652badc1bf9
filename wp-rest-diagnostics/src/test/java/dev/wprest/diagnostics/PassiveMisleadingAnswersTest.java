package dev.wprest.diagnostics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.wprest.diagnostics.Fixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.RestApiNotFoundException;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.TransportException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * What an integration catching {@code AuthDiagnosisException} sees for the failures the passive
 * diagnosis once misread, on recorded real WordPress answers.
 */
@WireMockTest
class PassiveMisleadingAnswersTest {
  @Test
  void discoveryMeetingABasicChallengeIsAServerLevelChallengeNotAMissingApi(
      WireMockRuntimeInfo wm) {
    Fixture challenge = recorded("home.get.basicauth");
    ResponseDefinitionBuilder r = aResponse().withStatus(challenge.status);
    challenge.headers.forEach((name, values) -> values.forEach(v -> r.withHeader(name, v)));
    wm.getWireMock()
        .register(
            any(anyUrl()).willReturn(r.withBody(challenge.body.getBytes(StandardCharsets.UTF_8))));
    WordPressClient wp =
        AuthDiagnostics.install(
                WordPressClient.builder()
                    .baseUrl(wm.getHttpBaseUrl() + "/")
                    .auth(TestStrategies.applicationPassword())
                    .callTimeout(Duration.ofSeconds(5))
                    .retryPolicy(RetryPolicy.none()))
            .build();

    Diagnosis d;
    try {
      wp.json(WpRequest.get("/wp/v2/users/me").build());
      throw new AssertionError("the call succeeded");
    } catch (RestApiNotFoundException e) {
      // An installed client keeps the failure's type and attaches the diagnosis.
      d = AuthDiagnostics.diagnose(e);
    }

    assertThat(d.cause()).isEqualTo(LikelyCause.SERVER_LEVEL_AUTH_CHALLENGE);
    assertThat(d.summary()).contains("Basic realm=\"Staging site\"");
  }

  @Test
  void aCorrectApplicationPasswordOffForItsUserIsAmongTheAlternatives(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.appoffuser"))
            .answer(recorded("users-me.basic-valid.author.appoffuser"))
            .diagnoseGet(TestStrategies.applicationPassword(), "/wp/v2/users/me");

    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.alternatives())
        .extracting(Alternative::cause)
        .contains(
            LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER, LikelyCause.CREDENTIALS_REJECTED);
  }

  @Test
  void aStrippedHeaderBehindNginxGetsNginxsFixNotApaches(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.nginxproxy"))
            .answer(recorded("users-me.basic-valid.nginxproxy"))
            .diagnoseGet(TestStrategies.applicationPassword(), "/wp/v2/users/me");

    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.firstCheck())
        .contains("nginx", "proxy_set_header Authorization $http_authorization;")
        .doesNotContain("CGIPassAuth");
  }

  @Test
  void aTlsTrustFailureAsksForTheCertificateNotForDnsOrFirewalls() {
    TransportException failure =
        new TransportException(
            "GET https://example.com/wp-json/ failed (SSLHandshakeException)",
            FailedExchange.builder("GET", URI.create("https://example.com/wp-json/"))
                .auth("application-password", false)
                .build(),
            new SSLHandshakeException(
                "PKIX path building failed: unable to find valid certification path"));

    Diagnosis d = AuthDiagnostics.diagnose(failure);

    assertThat(d.cause()).isEqualTo(LikelyCause.TRANSPORT_FAILED);
    assertThat(d.summary()).contains("TLS handshake");
    assertThat(d.firstCheck()).contains("trustCertificates", "--trust-cert");
    assertThat(d.firstCheck()).doesNotContain("DNS", "firewall");
  }
}
