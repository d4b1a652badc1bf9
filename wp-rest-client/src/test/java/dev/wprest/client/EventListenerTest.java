package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A registered {@link WordPressEventListener} hears every call in order (start, each attempt's
 * request and answer, redirects, retries, one end), named by method and route template only.
 */
@WireMockTest
class EventListenerTest {
  private final List<String> events = new ArrayList<>();
  private final List<RuntimeException> failures = new ArrayList<>();
  private final List<CallSummary> summaries = new ArrayList<>();
  private WireMockRuntimeInfo wm;

  /** Writes each event as a line, so a test compares the whole sequence. */
  private final WordPressEventListener recorder =
      new WordPressEventListener() {
        @Override
        public void callStart(CallInfo call) {
          events.add("start " + call);
        }

        @Override
        public void requestSent(CallInfo call, int attempt) {
          events.add("sent " + attempt);
        }

        @Override
        public void redirectFollowed(CallInfo call, int attempt, int hop) {
          events.add("redirect " + attempt + "." + hop);
        }

        @Override
        public void answerReceived(CallInfo call, int attempt, int status) {
          events.add("answer " + attempt + " " + status);
        }

        @Override
        public void retrying(CallInfo call, int failedAttempt, Duration delay) {
          events.add("retry after " + failedAttempt);
        }

        @Override
        public void callEnd(CallInfo call, CallSummary summary) {
          summaries.add(summary);
          events.add("end " + summary.outcome());
        }

        @Override
        public void callFailed(CallInfo call, CallSummary summary, RuntimeException failure) {
          summaries.add(summary);
          failures.add(failure);
          events.add("failed " + summary.outcome() + " " + failure.getClass().getSimpleName());
        }
      };

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
  }

  private WordPressClient client(WordPressEventListener... listeners) {
    WordPressClient.Builder b =
        WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", "app-pass"));
    for (WordPressEventListener l : listeners) {
      b.eventListener(l);
    }
    return b.build();
  }

  @Test
  void aRetriedCallThatFollowsARedirectIsHeardInOrderWithItsRouteTemplate() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/42"))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("moved"));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/42"))
                .inScenario("flaky")
                .whenScenarioStateIs("moved")
                .willReturn(
                    aResponse().withStatus(301).withHeader("Location", "/wp-json/wp/v2/posts/43")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/43"))
                .willReturn(WireMockSite.json(200, "{}")));

    client(recorder)
        .execute(WpRequest.get("/wp/v2/posts/42").query("password", "s3cret-query").build());

    assertThat(events)
        .containsExactly(
            "start GET /wp/v2/posts/{id}",
            "sent 1",
            "answer 1 503",
            "retry after 1",
            "sent 2",
            "redirect 2.1",
            "answer 2 200",
            "end SUCCESS");
    CallSummary summary = summaries.get(0);
    assertThat(summary.status()).hasValue(200);
    assertThat(summary.retries()).isEqualTo(1);
    assertThat(summary.redirects()).isEqualTo(1);
    assertThat(String.join("\n", events) + summary).doesNotContain("s3cret", "password");
  }

  @Test
  void aFailedCallEndsOnceWithTheExceptionTheCallerGets() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .willReturn(WireMockSite.json(401, WireMockSite.NOT_LOGGED_IN)));

    UnauthorizedException thrown =
        catchThrowableOfType(
            UnauthorizedException.class,
            () -> client(recorder).execute(WpRequest.get("/wp/v2/users/me").build()));

    assertThat(events)
        .containsExactly(
            "start GET /wp/v2/users/me",
            "sent 1",
            "answer 1 401",
            "failed CLIENT_ERROR UnauthorizedException");
    assertThat(failures).singleElement().isSameAs(thrown);
  }

  @Test
  void aCallWhoseDiscoveryFindsNothingListeningEndsWithNoAnswerAndNoAttempt() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl("http://localhost:" + port + "/wp-json/")
            .retryPolicy(RetryPolicy.none())
            .eventListener(recorder)
            .build();

    catchThrowableOfType(
        TransportException.class, () -> wp.execute(WpRequest.get("/wp/v2/posts").build()));

    assertThat(events)
        .containsExactly("start GET /wp/v2/posts", "failed NO_ANSWER TransportException");
    assertThat(summaries.get(0).status()).isEmpty();
    assertThat(summaries.get(0).attempts()).isZero();
  }

  @Test
  void aThrowingListenerNeitherFailsTheCallNorSilencesTheNextListener() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts")).willReturn(WireMockSite.json(200, "[]")));
    WordPressEventListener broken =
        new WordPressEventListener() {
          @Override
          public void callStart(CallInfo call) {
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void callEnd(CallInfo call, CallSummary summary) {
            throw new IllegalStateException("listener bug");
          }
        };

    WpResponse response = client(broken, recorder).execute(WpRequest.get("/wp/v2/posts").build());

    assertThat(response.status()).isEqualTo(200);
    assertThat(events).first().isEqualTo("start GET /wp/v2/posts");
    assertThat(events).last().isEqualTo("end SUCCESS");
  }

  @Test
  void routeTemplatesReplaceIdsAndKeepNames() {
    assertThat(CallInfo.of(WpRequest.get("/wp/v2/posts/42/revisions/7").build()).routeTemplate())
        .isEqualTo("/wp/v2/posts/{id}/revisions/{id}");
    assertThat(CallInfo.of(WpRequest.get("/wp/v2/users/me").build()).routeTemplate())
        .isEqualTo("/wp/v2/users/me");
    assertThat(CallInfo.of(WpRequest.get("/wp/v2/plugins/akismet/akismet").build()).routeTemplate())
        .isEqualTo("/wp/v2/plugins/akismet/akismet");
    assertThat(
            CallInfo.of(WpRequest.get("/my/v1/items/3f2b9c1e-0d4a-4b7e-9a51-2c6e8d7f1a00").build())
                .routeTemplate())
        .isEqualTo("/my/v1/items/{id}");
  }
}
