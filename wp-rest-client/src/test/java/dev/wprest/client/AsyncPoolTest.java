package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.internal.AsyncPool;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The async service helpers that chain several requests, without an executor of the caller's, run
 * on a bounded pool of daemon threads (a single request's async call holds none: see {@code
 * AsyncPipelineTest}).
 */
@WireMockTest
class AsyncPoolTest {
  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  @Test
  void twoHundredConcurrentHelpersShareABoundedSetOfDaemonThreads() throws Exception {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .willReturn(
                    RecordedAnswers.answer("users-me.basic-valid.admin.modphp", wm)
                        .withFixedDelay(20)));
    wp.siteInfo(); // discovery once, before the burst

    List<CompletableFuture<User>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      calls.add(wp.users().meAsync());
    }
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);

    assertThat(calls).allSatisfy(c -> assertThat(c.join().name()).isNotEmpty());
    List<Thread> pool = asyncThreads();
    assertThat(pool).isNotEmpty().hasSizeLessThanOrEqualTo(AsyncPool.MAX_THREADS);
    assertThat(pool).allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
  }

  @Test
  void executeAsyncBindsAGenericTypeAndFailsWithTheSameTypedErrors() throws Exception {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .willReturn(RecordedAnswers.answer("posts.list.page1.modphp", wm)));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .willReturn(WireMockSite.json(401, WireMockSite.NOT_LOGGED_IN)));

    List<Post> posts =
        wp.executeAsync(WpRequest.get("/wp/v2/posts").build(), new TypeReference<List<Post>>() {})
            .get(10, TimeUnit.SECONDS);

    assertThat(posts).isNotEmpty().allSatisfy(p -> assertThat(p.id()).isPositive());
    assertThatThrownBy(
            () ->
                wp.executeAsync(
                        WpRequest.get("/wp/v2/users/me").build(),
                        new TypeReference<List<Post>>() {})
                    .join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(UnauthorizedException.class);
  }

  /** The pool's threads alive now: an idle one lives a minute, so all that ran are here. */
  private static List<Thread> asyncThreads() {
    List<Thread> found = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("wp-rest-async-")) {
        found.add(t);
      }
    }
    return found;
  }
}
