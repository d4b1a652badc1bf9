package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.MediaUpload;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.SearchQuery;
import dev.wprest.client.model.UserFields;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-call options on the typed services: extra headers and a timeout for this call. */
@WireMockTest
class RequestOptionsTest {
  private static final RequestOptions TRACED =
      RequestOptions.builder().header("X-Request-Id", "req-42").build();

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  private void stub(MappingBuilder mapping, String fixture) {
    wm.getWireMock().register(mapping.willReturn(RecordedAnswers.answer(fixture, wm)));
  }

  @Test
  void everyTypedCallSendsTheCallsHeaders() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/posts")), "posts.list.page1.modphp");
    stub(get(urlPathEqualTo("/wp-json/wp/v2/posts/4")), "posts.single.modphp");
    stub(post(urlPathEqualTo("/wp-json/wp/v2/posts")), "posts.create.admin.modphp");
    stub(post(urlPathEqualTo("/wp-json/wp/v2/posts/4")), "posts.single.modphp");
    stub(delete(urlPathEqualTo("/wp-json/wp/v2/posts/4")), "posts.delete.admin.modphp");
    stub(get(urlPathEqualTo("/wp-json/wp/v2/users/me")), "users-me.basic-valid.admin.modphp");
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/search"))
                .willReturn(
                    WireMockSite.json(200, "[]")
                        .withHeader("X-WP-Total", "0")
                        .withHeader("X-WP-TotalPages", "0")));
    wm.getWireMock()
        .register(
            post(urlPathEqualTo("/wp-json/wp/v2/media"))
                .willReturn(WireMockSite.json(201, "{\"id\":9,\"media_type\":\"file\"}")));

    wp.posts().list(PostQuery.builder().perPage(10).build(), TRACED);
    wp.posts().get(4, PostQuery.builder().build(), TRACED);
    wp.posts().create(PostFields.builder().title("Hello").build(), TRACED);
    wp.posts().update(4, PostFields.builder().title("Hello again").build(), TRACED);
    wp.posts().delete(4, false, TRACED);
    wp.users().me(Context.VIEW, TRACED);
    wp.search().find(SearchQuery.builder().search("release").build(), TRACED);
    wp.media()
        .upload(MediaUpload.of("notes.txt".getBytes(StandardCharsets.UTF_8), "notes.txt"), TRACED);

    for (var sent :
        List.of(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts")),
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4")),
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts")),
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4")),
            deleteRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4")),
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me")),
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/search")),
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/media")))) {
      wm.getWireMock().verifyThat(1, sent.withHeader("X-Request-Id", equalTo("req-42")));
    }
  }

  @Test
  void everyPageOfAWalkSendsTheOptionsHeadersSequentialOrAhead() {
    for (int page = 1; page <= 3; page++) {
      wm.getWireMock()
          .register(
              get(urlPathEqualTo("/wp-json/myplugin/v1/things"))
                  .withQueryParam("page", equalTo(String.valueOf(page)))
                  .willReturn(
                      WireMockSite.json(200, "[{\"id\":" + page + "}]")
                          .withHeader("X-WP-Total", "3")
                          .withHeader("X-WP-TotalPages", "3")));
    }
    AutoPager<?> pager =
        wp.route("/myplugin/v1/things").autoPager(Query.builder().perPage(1).build());

    assertThat(pager.options(TRACED).stream().count()).isEqualTo(3);
    assertThat(pager.options(TRACED).parallel(2).stream().count()).isEqualTo(3);
    assertThat(pager.stream().count()).isEqualTo(3);

    var all = getRequestedFor(urlPathEqualTo("/wp-json/myplugin/v1/things"));
    assertThat(wm.getWireMock().find(all)).hasSize(9);
    assertThat(wm.getWireMock().find(all.withHeader("X-Request-Id", equalTo("req-42"))))
        .as("the two walks with options, three pages each; the plain walk sends none")
        .hasSize(6);
  }

  @Test
  void theAsyncCallsSendTheCallsHeaders() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/posts")), "posts.list.page1.modphp");
    stub(get(urlPathEqualTo("/wp-json/wp/v2/posts/4")), "posts.single.modphp");
    stub(post(urlPathEqualTo("/wp-json/wp/v2/posts")), "posts.create.admin.modphp");
    stub(post(urlPathEqualTo("/wp-json/wp/v2/posts/4")), "posts.single.modphp");
    stub(delete(urlPathEqualTo("/wp-json/wp/v2/posts/4")), "posts.delete.admin.modphp");

    wp.posts().listAsync(PostQuery.builder().perPage(10).build(), TRACED).join();
    wp.posts().getAsync(4, PostQuery.builder().build(), TRACED).join();
    wp.posts().createAsync(PostFields.builder().title("Hello").build(), TRACED).join();
    wp.posts().updateAsync(4, PostFields.builder().title("Again").build(), TRACED).join();
    wp.posts().deleteAsync(4, false, TRACED).join();

    for (var sent :
        List.of(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts")),
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4")),
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts")),
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4")),
            deleteRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4")))) {
      wm.getWireMock().verifyThat(1, sent.withHeader("X-Request-Id", equalTo("req-42")));
    }
  }

  @Test
  void theCallsHeadersGoOnlyWithThatCall() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/posts/4")), "posts.single.modphp");

    wp.posts().get(4, PostQuery.builder().build(), TRACED);
    wp.posts().get(4);

    List<?> traced =
        wm.getWireMock()
            .find(
                getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                    .withHeader("X-Request-Id", equalTo("req-42")));
    assertThat(traced).hasSize(1);
  }

  @Test
  void aShortTimeoutFailsAReadAsDeadlineExceeded() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .willReturn(WireMockSite.json(200, "{\"id\":4}").withFixedDelay(3_000)));
    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofMillis(200)).build();

    assertThatThrownBy(() -> wp.posts().get(4, PostQuery.builder().build(), quick))
        .isInstanceOf(DeadlineExceededException.class)
        .hasMessageContaining("this request's timeout of 200 ms");
  }

  @Test
  void theClientsCallDeadlineStillBoundsALongerTimeout() {
    WordPressClient strict =
        WireMockSite.client(wm, AuthStrategy.none()).callDeadline(Duration.ofMillis(200)).build();
    strict.siteInfo();
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .willReturn(WireMockSite.json(200, "{\"id\":4}").withFixedDelay(3_000)));
    RequestOptions generous = RequestOptions.builder().timeout(Duration.ofMinutes(5)).build();

    assertThatThrownBy(() -> strict.posts().get(4, PostQuery.builder().build(), generous))
        .isInstanceOf(DeadlineExceededException.class)
        .hasMessageContaining("the call deadline of 200 ms");
  }

  @Test
  void aWriteThatTimesOutMayHaveTakenEffect() {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .willReturn(WireMockSite.json(201, "{\"id\":4}").withFixedDelay(3_000)));
    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofMillis(200)).build();

    assertThatThrownBy(() -> wp.posts().create(PostFields.builder().title("Hello").build(), quick))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts")));
  }

  @Test
  void credentialHeadersAreRefusedWithoutTheirValue() {
    for (String name :
        List.of("Authorization", "cookie", "X-WP-Nonce", "Proxy-Authorization", "Set-Cookie")) {
      assertThatThrownBy(() -> RequestOptions.builder().header(name, "s3cret-value-123"))
          .isInstanceOfSatisfying(
              CredentialHeaderException.class, e -> assertThat(e.header()).isEqualTo(name))
          .hasMessageContaining(name)
          .hasMessageContaining("AuthStrategy")
          .hasMessageNotContaining("s3cret-value-123");
    }
  }

  @Test
  void aRequestRefusesCredentialHeadersWithTheSameType() {
    assertThatThrownBy(() -> WpRequest.get("/wp/v2/posts").header("Authorization", "Basic xyz"))
        .isInstanceOf(CredentialHeaderException.class)
        .hasMessageNotContaining("xyz");
  }

  @Test
  void headersTheHttpClientSetsAndBrokenValuesAreRefusedBeforeTheCall() {
    assertThatThrownBy(() -> RequestOptions.builder().header("Host", "example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Host is set by the HTTP client");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Note", "one\r\nX-Evil: two"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+000D at position 4")
        .hasMessageNotContaining("X-Evil");
    assertThatThrownBy(() -> RequestOptions.builder().header("X Note", "fine"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header name");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout must be positive");
  }

  @Test
  void theServicesOwnChecksStillApplyWithOptions() {
    assertThatThrownBy(
            () -> wp.users().create(UserFields.builder().username("ann").build(), TRACED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing [email, password]");
    assertThatThrownBy(() -> wp.users().delete(7, false, TRACED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("users cannot be trashed");
    assertThatThrownBy(
            () -> wp.media().create(dev.wprest.client.model.MediaFields.builder().build(), TRACED))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(wm.getWireMock().getServeEvents()).hasSize(0);
  }

  @Test
  void optionsNameTheirHeadersButNotTheirValues() {
    RequestOptions options =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(3))
            .header("X-Request-Id", "private-ish")
            .build();

    assertThat(options.toString()).contains("PT3S", "X-Request-Id").doesNotContain("private-ish");
    assertThat(RequestOptions.builder().build()).isSameAs(RequestOptions.none());
  }
}
