package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class AsyncAndTransportTest {
  private WireMockRuntimeInfo wm;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
  }

  @Test
  void asyncCallsRunOnTheGivenExecutorAndFailWithTheSameTypedErrors() throws Exception {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/ok")).willReturn(WireMockSite.json(200, "{\"id\":3}")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/no"))
                .willReturn(WireMockSite.json(401, WireMockSite.NOT_LOGGED_IN)));
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "caller-pool"));
    try {
      WordPressClient wp = WireMockSite.client(wm, AuthStrategy.none()).executor(executor).build();

      assertThat(
              wp.executeAsync(WpRequest.get("/ok").build())
                  .get(5, TimeUnit.SECONDS)
                  .json()
                  .path("id")
                  .asInt())
          .isEqualTo(3);
      assertThatThrownBy(() -> wp.executeAsync(WpRequest.get("/no").build()).join())
          .isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(UnauthorizedException.class);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aConnectionClosedMidBodyIsATransportErrorAfterTheRetries() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/cut"))
                .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    java.util.List<java.time.Duration> sleeps = new java.util.ArrayList<>();
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.none())
            .retryPolicy(RetryPolicy.builder().maxAttempts(4).sleeper(sleeps::add).build())
            .build();

    assertThatThrownBy(() -> wp.execute(WpRequest.get("/cut").build()))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("GET");
    assertThat(sleeps).hasSize(1);
  }
}
