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
import dev.wprest.client.internal.ParallelWalk;
import dev.wprest.client.model.Query;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code autoPager(query).parallel(n)}: order, bounded pages, failures as the sequential walk. */
@WireMockTest
class ParallelAutoPagerTest {
  private static final String ROUTE = "/wp-json/myplugin/v1/things";
  private static final Query TEN = Query.builder().perPage(10).build();

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;
  private ExecutorService fetches;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    fetches = Executors.newFixedThreadPool(8);
    wp = WireMockSite.client(wm, AuthStrategy.none()).executor(fetches).build();
  }

  /**
   * A walk that failed or was closed leaves the fetches already under way to finish; they must not
   * reach the server after the next test has reset its request journal, or that test counts them.
   */
  @AfterEach
  void fetchesUnderWayFinish() throws InterruptedException {
    fetches.shutdown();
    assertThat(fetches.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private static String items(int first, int last) {
    return IntStream.rangeClosed(first, last)
        .mapToObj(i -> "{\"id\":" + i + "}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** Pages 1..pages of `total` items; page p answers after delay(p) ms. */
  private void stubPages(int total, int pages, java.util.function.IntUnaryOperator delay) {
    for (int page = 1; page <= pages; page++) {
      stubPage(
          page,
          WireMockSite.json(200, items((page - 1) * 10 + 1, Math.min(total, page * 10)))
              .withHeader("X-WP-Total", String.valueOf(total))
              .withHeader("X-WP-TotalPages", String.valueOf(pages))
              .withFixedDelay(delay.applyAsInt(page)));
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

  private AutoPager<JsonNode> pager() {
    return wp.route("/myplugin/v1/things").autoPager(TEN);
  }

  @Test
  void itemsComeInOrderWhenLaterPagesArriveFirst() {
    // Page 2 is the slowest, page 12 the fastest: completion order is the reverse of page order.
    stubPages(115, 12, page -> page == 1 ? 0 : (13 - page) * 40);

    List<Integer> ids =
        pager().parallel(4).stream().map(n -> n.path("id").asInt()).collect(Collectors.toList());

    assertThat(ids).containsExactlyElementsOf(IntStream.rangeClosed(1, 115).boxed()::iterator);
    for (int page = 1; page <= 12; page++) {
      assertThat(requestsForPage(page)).as("page %d fetched once", page).isEqualTo(1);
    }
    assertThat(requestsForPage(13)).isZero();
  }

  @Test
  void atMostNPlusOnePagesAreHeldAndAtMostNFetchedAhead() {
    stubPages(100, 10, page -> 0);
    // Count the walk's own fetches (its async tasks), not what the server saw: a retry runs
    // inside one task.
    AtomicInteger fetchesAhead = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    WordPressClient counted =
        WireMockSite.client(wm, AuthStrategy.none())
            .executor(
                task -> {
                  fetchesAhead.incrementAndGet();
                  pool.execute(task);
                })
            .build();
    try {
      ParallelWalk<JsonNode> walk =
          (ParallelWalk<JsonNode>)
              counted.route("/myplugin/v1/things").autoPager(TEN).parallel(2).iterator();

      assertThat(requests()).as("nothing sent before iteration").isZero();
      int count = 0;
      while (walk.hasNext()) {
        int id = walk.next().path("id").asInt();
        count++;
        int page = (id - 1) / 10 + 1;
        assertThat(walk.pagesHeld()).isLessThanOrEqualTo(3);
        // Page 1 is fetched on the caller's thread; then at most 2 pages beyond the one read.
        assertThat(1 + fetchesAhead.get()).as("on page %d", page).isLessThanOrEqualTo(page + 2);
      }
      assertThat(count).isEqualTo(100);
      assertThat(1 + fetchesAhead.get()).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void closingTheStreamCancelsFetchesNotYetStarted() throws InterruptedException {
    stubPages(200, 20, page -> page == 1 ? 0 : 100);
    // One permit: of the fetches ahead one is under way, the others wait in the queue.
    WordPressClient client =
        WireMockSite.client(wm, AuthStrategy.none()).maxConcurrentRequests(1).build();

    List<Integer> first5;
    try (Stream<JsonNode> items =
        client.route("/myplugin/v1/things").autoPager(TEN).parallel(4).stream()) {
      first5 = items.limit(5).map(n -> n.path("id").asInt()).collect(Collectors.toList());
    }
    Thread.sleep(300); // time for a fetch the close failed to cancel to reach the server

    assertThat(first5).containsExactly(1, 2, 3, 4, 5);
    assertThat(requests()).as("page 1 and at most the one fetch under way").isLessThanOrEqualTo(2);
  }

  @Test
  void aClosedWalkRefusesToGoOn() {
    stubPages(30, 3, page -> 0);
    ParallelWalk<JsonNode> walk = (ParallelWalk<JsonNode>) pager().parallel(2).iterator();
    for (int i = 0; i < 10; i++) {
      walk.next();
    }
    walk.close();
    assertThatThrownBy(walk::hasNext).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailedPageThrowsTheSameExceptionAfterTheSameItemsAsSequentially() {
    stubPages(100, 10, page -> 0);
    stubPage(
        4,
        WireMockSite.json(
            404,
            "{\"code\":\"rest_no_route\",\"message\":\"No route\","
                + "\"data\":{\"status\":404}}"));

    assertFailsLikeSequential(NotFoundException.class, 30);
    assertThat(requestsForPage(9)).as("nothing fetched more than 4 pages ahead of page 4").isZero();
  }

  @Test
  void aRepeatedPageFailsLikeSequentially() {
    stubPages(60, 6, page -> 0);
    stubPage(
        3,
        WireMockSite.json(200, items(11, 20))
            .withHeader("X-WP-Total", "60")
            .withHeader("X-WP-TotalPages", "6"));

    assertFailsLikeSequential(PaginationException.class, 20);
  }

  @Test
  void totalsThatChangeOnALaterPageFailLikeSequentially() {
    stubPages(60, 6, page -> 0);
    stubPage(
        5,
        WireMockSite.json(200, items(41, 50))
            .withHeader("X-WP-Total", "61")
            .withHeader("X-WP-TotalPages", "7"));

    assertFailsLikeSequential(PaginationException.class, 40);
  }

  @Test
  void capsRefuseBeforeAnyFetchAhead() {
    stubPages(100, 10, page -> 0);
    assertThatThrownBy(() -> pager().maxPages(5).parallel(4).iterator().hasNext())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("cap of 5 pages");
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void pagesAheadOutsideOneToSixteenAreRefused() {
    assertThatThrownBy(() -> pager().parallel(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pager().parallel(17)).isInstanceOf(IllegalArgumentException.class);
    assertThat(pager().parallel(4).toString()).contains("4 pages ahead");
  }

  /** Walks sequentially and with 4 pages ahead: same items delivered, same exception. */
  private void assertFailsLikeSequential(Class<? extends Throwable> type, int itemsBefore) {
    List<Integer> sequential = new ArrayList<>();
    Throwable sequentialFailure = walk(pager().iterator(), sequential::add);
    List<Integer> parallel = new ArrayList<>();
    Throwable parallelFailure = walk(pager().parallel(4).iterator(), parallel::add);

    assertThat(sequentialFailure).isInstanceOf(type);
    assertThat(parallelFailure)
        .isInstanceOf(sequentialFailure.getClass())
        .hasMessage(sequentialFailure.getMessage());
    assertThat(parallel).isEqualTo(sequential).hasSize(itemsBefore);
  }

  private static Throwable walk(Iterator<JsonNode> it, Consumer<Integer> sink) {
    try {
      while (it.hasNext()) {
        sink.accept(it.next().path("id").asInt());
      }
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the walk did not fail");
  }
}
