package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class RetryTest {
  private final List<Duration> sleeps = new ArrayList<>();
  private WireMockRuntimeInfo wm;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
  }

  /** Four sends: room for two GET attempts, each of which the JDK may send twice. */
  private WordPressClient client() {
    return WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", "app-pass"))
        .retryPolicy(RetryPolicy.builder().maxAttempts(4).sleeper(sleeps::add).build())
        .build();
  }

  private void failOnceThen(String method, int status, String retryAfter) {
    var first =
        "GET".equals(method)
            ? get(urlPathEqualTo("/wp-json/r"))
            : post(urlPathEqualTo("/wp-json/r"));
    var second =
        "GET".equals(method)
            ? get(urlPathEqualTo("/wp-json/r"))
            : post(urlPathEqualTo("/wp-json/r"));
    var failure = aResponse().withStatus(status);
    if (retryAfter != null) {
      failure.withHeader("Retry-After", retryAfter);
    }
    wm.getWireMock()
        .register(
            first
                .inScenario("retry")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure)
                .willSetStateTo("ok"));
    wm.getWireMock()
        .register(
            second
                .inScenario("retry")
                .whenScenarioStateIs("ok")
                .willReturn(WireMockSite.json(200, "{}")));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void aGetIsRetriedOnTransientStatuses(int status) {
    failOnceThen("GET", status, null);

    assertThat(client().execute(WpRequest.get("/r").build()).status()).isEqualTo(200);
    assertThat(sleeps).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 410, 422})
  void clientErrorsAreNeverRetried(int status) {
    wm.getWireMock()
        .register(get(urlPathEqualTo("/wp-json/r")).willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> client().execute(WpRequest.get("/r").build()))
        .isInstanceOf(WordPressApiException.class);
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/wp-json/r")));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void a401IsAnUnauthorizedExceptionAndNeverAForbiddenOne() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/r"))
                .willReturn(WireMockSite.json(401, WireMockSite.NOT_LOGGED_IN)));

    assertThatThrownBy(() -> client().execute(WpRequest.get("/r").build()))
        .isInstanceOf(UnauthorizedException.class)
        .isNotInstanceOf(ForbiddenException.class)
        .satisfies(
            e ->
                assertThat(((UnauthorizedException) e).exchange().requestHeaderNames())
                    .contains("authorization", "accept")
                    .doesNotContain("cookie"));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void aPostIsNotRetriedOnServerErrors(int status) {
    wm.getWireMock()
        .register(post(urlPathEqualTo("/wp-json/r")).willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(
            () ->
                client()
                    .execute(WpRequest.post("/r", JsonNodeFactory.instance.objectNode()).build()))
        .isInstanceOf(ServerErrorException.class);
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/wp-json/r")));
  }

  @Test
  void aPostIsRetriedOn429BecauseTheServerDidNotAct() {
    failOnceThen("POST", 429, "1");

    assertThat(
            client()
                .execute(WpRequest.post("/r", JsonNodeFactory.instance.objectNode()).build())
                .status())
        .isEqualTo(200);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void retryAfterInSecondsIsObeyedWithinTheCap() {
    failOnceThen("GET", 503, "7");

    client().execute(WpRequest.get("/r").build());

    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aRetryAfterLongerThanTheCapIsNotWaitedForAndTheCallFailsAtOnce() {
    failOnceThen("GET", 503, "3600");

    assertThatThrownBy(() -> client().execute(WpRequest.get("/r").build()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(sleeps).isEmpty();
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/wp-json/r")));
  }

  @Test
  void aRateLimitOfDaysFailsTypedAtOnceWithTheServersDate() {
    failOnceThen("POST", 429, "Wed, 01 Dec 2100 00:00:00 GMT");

    assertThatThrownBy(
            () ->
                client()
                    .execute(WpRequest.post("/r", JsonNodeFactory.instance.objectNode()).build()))
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("until 2100-12-01T00:00:00Z")
        .hasMessageContaining("not retried")
        .satisfies(
            e ->
                assertThat(((RateLimitedException) e).retryAt().orElseThrow())
                    .isEqualTo(Instant.parse("2100-12-01T00:00:00Z")));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void retryAfterZeroStillWaitsTheMinimumBackoff() {
    failOnceThen("GET", 503, "0");

    client().execute(WpRequest.get("/r").build());

    assertThat(sleeps).containsExactly(Duration.ofMillis(200));
  }

  @Test
  void aGetIsTriedOnlyWhileTheJdksOwnResendStillFitsMaxAttempts() {
    wm.getWireMock()
        .register(get(urlPathEqualTo("/wp-json/r")).willReturn(aResponse().withStatus(503)));
    WordPressClient three =
        WireMockSite.client(wm, AuthStrategy.none())
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).sleeper(sleeps::add).build())
            .build();

    assertThatThrownBy(() -> three.execute(WpRequest.get("/r").build()))
        .isInstanceOf(ServerErrorException.class);
    // One attempt may reach the server twice; a second could make four, more than three.
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/wp-json/r")));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void retryAfterAsAnHttpDateIsReadAgainstTheInjectedClock() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC))
            .build();

    assertThat(policy.parseRetryAfter("Sat, 28 Nov 2026 10:00:07 GMT"))
        .contains(Duration.ofSeconds(7));
    assertThat(policy.parseRetryAfter("soon")).isEmpty();
    assertThat(policy.delayBefore(1, Optional.of("Sat, 28 Nov 2026 09:00:00 GMT")))
        .as("a date in the past waits the minimum backoff, not zero")
        .isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void backoffGrowsAndStaysUnderTheCap() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(300))
            .build();

    for (int i = 0; i < 50; i++) {
      assertThat(policy.delayBefore(1, Optional.empty()))
          .isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
      assertThat(policy.delayBefore(5, Optional.empty()))
          .isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
    }
  }

  @Test
  void aResetMidExchangeIsRetriedForAGet() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/r"))
                .inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("ok"));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/r"))
                .inScenario("reset")
                .whenScenarioStateIs("ok")
                .willReturn(WireMockSite.json(200, "{}")));

    assertThat(client().execute(WpRequest.get("/r").build()).status()).isEqualTo(200);
  }

  @Test
  void aResetMidExchangeOfAPostIsOutcomeUnknownAndNotRetried() {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo("/wp-json/r"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(
            () ->
                client()
                    .execute(WpRequest.post("/r", JsonNodeFactory.instance.objectNode()).build()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("may or may not have taken effect");
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/wp-json/r")));
  }

  @Test
  void aRefusedConnectionIsRetriedEvenForAPostBecauseNothingWasSent() {
    com.github.tomakehurst.wiremock.WireMockServer server =
        new com.github.tomakehurst.wiremock.WireMockServer(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());
    server.start();
    server.stubFor(
        get(urlPathEqualTo("/wp-json/"))
            .willReturn(
                WireMockSite.json(
                    200, "{\"routes\":{},\"namespaces\":[\"wp/v2\"],\"url\":\"x\"}")));
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl(server.baseUrl() + "/wp-json/")
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).sleeper(sleeps::add).build())
            .build();
    wp.siteInfo();
    server.stop();

    assertThatThrownBy(
            () -> wp.execute(WpRequest.post("/r", JsonNodeFactory.instance.objectNode()).build()))
        .isInstanceOf(TransportException.class)
        .isNotInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("could not connect");
    assertThat(sleeps).hasSize(2);
  }
}
