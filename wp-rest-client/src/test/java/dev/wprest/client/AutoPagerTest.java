package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.Query;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class AutoPagerTest {
  private static final String ROUTE = "/wp-json/myplugin/v1/things";

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  /** Stubs pages 1..pages of `total` items numbered from 1, with WordPress's headers. */
  private void stubPages(int total, int perPage, int pages) {
    for (int page = 1; page <= pages; page++) {
      int first = (page - 1) * perPage + 1;
      int last = Math.min(total, page * perPage);
      String items =
          IntStream.rangeClosed(first, last)
              .mapToObj(i -> "{\"id\":" + i + "}")
              .collect(Collectors.joining(",", "[", "]"));
      stubPage(
          page,
          WireMockSite.json(200, items)
              .withHeader("X-WP-Total", String.valueOf(total))
              .withHeader("X-WP-TotalPages", String.valueOf(pages)));
    }
  }

  private void stubPage(int page, ResponseDefinitionBuilder answer) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ROUTE))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(answer));
  }

  private int requestsForPage(int page) {
    return wm.getWireMock()
        .find(
            getRequestedFor(urlPathEqualTo(ROUTE))
                .withQueryParam("page", equalTo(String.valueOf(page))))
        .size();
  }

  private int requests() {
    return wm.getWireMock().find(getRequestedFor(urlPathEqualTo(ROUTE))).size();
  }

  @Test
  void pagesAreFetchedOnlyAsIterationReachesThem() {
    stubPages(250, 10, 25);
    AutoPager<JsonNode> all =
        wp.route("/myplugin/v1/things").autoPager(Query.builder().perPage(10).build());

    Iterator<JsonNode> it = all.iterator();
    assertThat(requests()).as("nothing before the first hasNext").isZero();

    for (int i = 1; i <= 10; i++) {
      assertThat(it.next().path("id").asInt()).isEqualTo(i);
    }
    assertThat(requests()).as("one page used up, the next not yet asked for").isEqualTo(1);

    assertThat(it.next().path("id").asInt()).isEqualTo(11);
    assertThat(requests()).isEqualTo(2);
    assertThat(requestsForPage(2)).isEqualTo(1);

    int count = 11;
    while (it.hasNext()) {
      assertThat(it.next().path("id").asInt()).isEqualTo(++count);
    }
    assertThat(count).isEqualTo(250);
    assertThat(requests()).as("each of the 25 pages once, never page 26").isEqualTo(25);
    assertThat(requestsForPage(26)).isZero();
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void aStreamStopsFetchingWhenItStopsConsuming() {
    stubPages(250, 10, 25);

    List<Integer> first15 =
        wp.route("/myplugin/v1/things").autoPager(Query.builder().perPage(10).build()).stream()
            .limit(15)
            .map(n -> n.path("id").asInt())
            .collect(Collectors.toList());

    assertThat(first15).hasSize(15).startsWith(1).endsWith(15);
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void onlyTheCurrentPageIsHeld() {
    stubPages(60, 10, 6);
    Iterator<JsonNode> it =
        wp.route("/myplugin/v1/things").autoPager(Query.builder().perPage(10).build()).iterator();

    List<WeakReference<JsonNode>> firstPage = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      firstPage.add(new WeakReference<>(it.next()));
    }
    for (int i = 0; i < 20; i++) {
      it.next(); // now on page 3
    }

    for (int attempt = 0;
        attempt < 50 && firstPage.stream().anyMatch(r -> r.get() != null);
        attempt++) {
      System.gc();
      Thread.onSpinWait();
    }
    assertThat(firstPage)
        .as("page 1's items are unreachable once the walk moved on")
        .allSatisfy(r -> assertThat(r.get()).isNull());
    assertThat(it.hasNext()).isTrue();
  }

  @Test
  void anEmptyCollectionIsOneRequestAndNoItems() {
    stubPage(
        1,
        WireMockSite.json(200, "[]")
            .withHeader("X-WP-Total", "0")
            .withHeader("X-WP-TotalPages", "0"));

    assertThat(wp.route("/myplugin/v1/things").autoPager(Query.none())).isEmpty();
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void absentTotalsFailInsteadOfGuessing() {
    stubPage(1, WireMockSite.json(200, "[{\"id\":1}]"));

    assertThatThrownBy(
            () -> wp.route("/myplugin/v1/things").autoPager(Query.none()).iterator().hasNext())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("without X-WP-Total/X-WP-TotalPages")
        .satisfies(e -> assertThat(((PaginationException) e).exchange().status()).hasValue(200));
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void totalsThatChangeBetweenPagesFail() {
    stubPages(30, 10, 3);
    stubPage(
        2,
        WireMockSite.json(200, "[{\"id\":11}]")
            .withHeader("X-WP-Total", "31")
            .withHeader("X-WP-TotalPages", "4"));

    Iterator<JsonNode> it =
        wp.route("/myplugin/v1/things").autoPager(Query.builder().perPage(10).build()).iterator();
    for (int i = 0; i < 10; i++) {
      it.next();
    }
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("page 1 said 30 items in 3 pages, page 2 says 31 in 4");
  }

  @Test
  void totalsThatContradictThePageSizeFail() {
    stubPage(
        1,
        WireMockSite.json(200, "[{\"id\":1}]")
            .withHeader("X-WP-Total", "100")
            .withHeader("X-WP-TotalPages", "1000000"));

    assertThatThrownBy(
            () ->
                wp.route("/myplugin/v1/things")
                    .autoPager(Query.builder().perPage(10).build())
                    .iterator()
                    .next())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining(
            "X-WP-Total 100 and X-WP-TotalPages 1000000 contradict each other at per_page=10");
  }

  @Test
  void anEmptyPageBeforeTheEndFailsRatherThanLooping() {
    stubPages(30, 10, 3);
    stubPage(
        2,
        WireMockSite.json(200, "[]")
            .withHeader("X-WP-Total", "30")
            .withHeader("X-WP-TotalPages", "3"));

    Iterator<JsonNode> it =
        wp.route("/myplugin/v1/things").autoPager(Query.builder().perPage(10).build()).iterator();
    for (int i = 0; i < 10; i++) {
      it.next();
    }
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("page 2 of 3 came back empty");
  }

  @Test
  void recordedPostPagesWalkToTheLastPageTheHeadersName() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .withQueryParam("page", equalTo("1"))
                .willReturn(
                    WireMockSite.json(200, RecordedAnswers.body("posts.list.page1.modphp", wm))
                        .withHeader("X-WP-TotalPages", "2")
                        .withHeader("X-WP-Total", "20")));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(
                    WireMockSite.json(200, RecordedAnswers.body("posts.list.page2.modphp", wm))
                        .withHeader("X-WP-TotalPages", "2")
                        .withHeader("X-WP-Total", "20")));

    List<Post> posts = new ArrayList<>();
    wp.posts().autoPager(PostQuery.builder().perPage(10).build()).forEach(posts::add);

    assertThat(posts).hasSize(20);
    assertThat(posts.get(0).slug()).isEqualTo("test-post-125");
    assertThat(posts.get(19).slug()).isEqualTo("test-post-106");
  }

  /** A server that ignores `page`: every request gets the same answer. */
  private void stubPageIgnored(String items, String total, String totalPages) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ROUTE))
                .willReturn(
                    WireMockSite.json(200, items)
                        .withHeader("X-WP-Total", total)
                        .withHeader("X-WP-TotalPages", totalPages)));
  }

  private static String tenItems() {
    return IntStream.rangeClosed(1, 10)
        .mapToObj(i -> "{\"id\":" + i + "}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void aServerThatIgnoresThePageAndClaimsAHugeTotalEndsInATypedErrorOnPageTwo() {
    stubPageIgnored(tenItems(), "9000000000", "900000000");

    Iterator<JsonNode> it =
        wp.route("/myplugin/v1/things").autoPager(Query.builder().perPage(10).build()).iterator();
    for (int i = 0; i < 10; i++) {
      it.next();
    }
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("page 2 is the same as page 1")
        .hasMessageContaining("ignores the page parameter");
    assertThat(requests()).as("two requests, not 900 million").isEqualTo(2);
  }

  @Test
  void aPageThatRepeatsThePreviousOneEndsTheWalk() {
    stubPages(30, 10, 3);
    String page2 =
        IntStream.rangeClosed(11, 20)
            .mapToObj(i -> "{\"id\":" + i + "}")
            .collect(Collectors.joining(",", "[", "]"));
    stubPage(
        3,
        WireMockSite.json(200, page2)
            .withHeader("X-WP-Total", "30")
            .withHeader("X-WP-TotalPages", "3"));

    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                wp.route("/myplugin/v1/things")
                    .autoPager(Query.builder().perPage(10).build())
                    .forEach(n -> seen.add(n.path("id").asInt())))
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("page 3 is the same as page 2");
    assertThat(seen).as("no item delivered twice").hasSize(20).doesNotHaveDuplicates();
  }

  @Test
  void aCapOnPagesRefusesALargerCollectionAfterTheFirstRequest() {
    stubPages(250, 10, 25);
    AutoPager<JsonNode> capped =
        wp.route("/myplugin/v1/things").autoPager(Query.builder().perPage(10).build()).maxPages(5);

    assertThatThrownBy(() -> capped.iterator().hasNext())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("X-WP-TotalPages 25 is more than this pager's cap of 5 pages");
    assertThat(requests()).isEqualTo(1);
    assertThat(capped)
        .hasToString(
            "AutoPager{"
                + ROUTE.substring(8)
                + " "
                + Query.builder().perPage(10).build()
                + ", at most 5 pages}");
  }

  @Test
  void aCapOnItemsRefusesALargerCollectionAndAllowsOneWithinIt() {
    stubPages(250, 10, 25);
    Query query = Query.builder().perPage(10).build();

    assertThatThrownBy(
            () -> wp.route("/myplugin/v1/things").autoPager(query).maxItems(249).iterator().next())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("X-WP-Total 250 is more than this pager's cap of 249 items");
    assertThat(wp.route("/myplugin/v1/things").autoPager(query).maxItems(250).stream().count())
        .isEqualTo(250);
  }

  @Test
  void capsBelowOneAreRefused() {
    AutoPager<JsonNode> pager = wp.route("/myplugin/v1/things").autoPager(Query.none());
    assertThatThrownBy(() -> pager.maxPages(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPages must be 1 or more: 0");
    assertThatThrownBy(() -> pager.maxItems(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxItems must be 1 or more: -1");
  }

  @Test
  void negativeTotalsAreRefusedByTheListAndThePager() {
    stubPageIgnored("[{\"id\":1}]", "-1", "1");

    assertThatThrownBy(() -> wp.route("/myplugin/v1/things").list())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining(
            "X-WP-Total -1 and X-WP-TotalPages 1 cannot be the size of a collection");
    assertThatThrownBy(
            () -> wp.route("/myplugin/v1/things").autoPager(Query.none()).iterator().hasNext())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("cannot be the size of a collection");
  }

  @Test
  void morePagesThanAPageNumberCanNameAreRefused() {
    stubPageIgnored("[{\"id\":1}]", "9000000000000", "90000000000");

    assertThatThrownBy(
            () -> wp.route("/myplugin/v1/things").autoPager(Query.none()).iterator().hasNext())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("X-WP-TotalPages 90000000000 cannot be the size of a collection");
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void moreItemsThanAHundredPerPageCanHoldAreRefusedWithoutAPageSize() {
    stubPageIgnored("[{\"id\":1}]", "1000000", "2");

    assertThatThrownBy(
            () -> wp.route("/myplugin/v1/things").autoPager(Query.none()).iterator().hasNext())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("X-WP-Total 1000000 and X-WP-TotalPages 2 contradict each other");
  }
}
