package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Order;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.TermQuery;
import dev.wprest.client.model.UserQuery;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The auto-pager never skips or repeats an item silently, whatever order the walk asks for. */
@WireMockTest
class AutoPagerTotalOrderTest {
  private static final String POSTS = "/wp-json/wp/v2/posts";

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  /** Answers page {@code page} of {@code route} with these ids, in a collection of 4 items. */
  private void stubPage(String route, int page, long... ids) {
    String items =
        LongStream.of(ids)
            .mapToObj(i -> "{\"id\":" + i + ",\"date\":\"2026-12-07T10:00:00\"}")
            .collect(Collectors.joining(",", "[", "]"));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(route))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(
                    WireMockSite.json(200, items)
                        .withHeader("X-WP-Total", "4")
                        .withHeader("X-WP-TotalPages", "2")));
  }

  private static PostQuery byDate() {
    return PostQuery.builder().perPage(2).param("orderby", "date").build();
  }

  private static List<Long> ids(Iterator<? extends Object> walk, List<Long> into) {
    while (walk.hasNext()) {
      into.add(((Post) walk.next()).id());
    }
    return into;
  }

  @Test
  void aWalkWithoutAnOrderIsSentOrderedByIdInEveryCoreFamily() {
    for (String route : List.of(POSTS, "/wp-json/wp/v2/users", "/wp-json/wp/v2/categories")) {
      stubPage(route, 1, 1, 2);
      stubPage(route, 2, 3, 4);
    }
    assertThat(
            wp.posts().autoPager(PostQuery.builder().perPage(2).order(Order.ASC).build()).stream()
                .count())
        .isEqualTo(4);
    assertThat(
            wp.users().autoPager(UserQuery.builder().perPage(2).order(Order.ASC).build()).stream()
                .count())
        .isEqualTo(4);
    assertThat(
            wp
                .categories()
                .autoPager(TermQuery.builder().perPage(2).order(Order.ASC).build())
                .parallel(2)
                .stream()
                .count())
        .isEqualTo(4);

    for (String route : List.of(POSTS, "/wp-json/wp/v2/users", "/wp-json/wp/v2/categories")) {
      assertThat(
              wm.getWireMock()
                  .find(
                      getRequestedFor(urlPathEqualTo(route))
                          .withQueryParam("orderby", equalTo("id"))
                          .withQueryParam("order", equalTo("asc"))))
          .as("both pages of %s ordered by id, in the caller's direction", route)
          .hasSize(2);
    }
  }

  @Test
  void anOrderTheCallerChoseIsSentAsChosen() {
    stubPage(POSTS, 1, 1, 2);
    stubPage(POSTS, 2, 3, 4);

    assertThat(ids(wp.posts().autoPager(byDate()).iterator(), new ArrayList<>()))
        .containsExactly(1L, 2L, 3L, 4L);
    assertThat(
            wm.getWireMock()
                .find(
                    getRequestedFor(urlPathEqualTo(POSTS))
                        .withQueryParam("orderby", equalTo("date"))))
        .hasSize(2);
  }

  @Test
  void aPluginRouteIsSentWithoutAnAddedOrder() {
    stubPage("/wp-json/myplugin/v1/things", 1, 1, 2);
    stubPage("/wp-json/myplugin/v1/things", 2, 3, 4);

    assertThat(
            wp.route("/myplugin/v1/things").autoPager(Query.builder().perPage(2).build()).stream()
                .count())
        .isEqualTo(4);
    assertThat(
            wm.getWireMock()
                .find(
                    getRequestedFor(urlPathEqualTo("/wp-json/myplugin/v1/things"))
                        .withQueryParam("orderby", absent())))
        .as("a plugin's route may refuse an orderby it does not know")
        .hasSize(2);
  }

  @Test
  void tiesThatMoveAnItemBetweenPagesFailTypedAtTheRepeatAfterTheItemsBeforeIt() {
    stubPage(POSTS, 1, 1, 2);
    stubPage(POSTS, 2, 2, 4); // 3 was skipped: 2 moved across the page boundary

    for (AutoPager<?> pager :
        List.of(wp.posts().autoPager(byDate()), wp.posts().autoPager(byDate()).parallel(4))) {
      List<Long> delivered = new ArrayList<>();
      Iterator<?> walk = pager.iterator();
      assertThatThrownBy(() -> ids(walk, delivered))
          .isInstanceOfSatisfying(
              UnstableOrderException.class,
              e -> {
                assertThat(e.orderBy()).isEqualTo("date");
                assertThat(e.itemId()).isEqualTo(2);
                assertThat(e.firstPage()).isEqualTo(1);
                assertThat(e.repeatPage()).isEqualTo(2);
              })
          .hasMessage(
              "paging /wp/v2/posts stopped: item 2 came on page 1 and again on page 2:"
                  + " orderby=date is not unique, and WordPress adds no tiebreaker: items with"
                  + " the same date come back in a different order on each page, so they move"
                  + " between pages and as many would be skipped as repeated (if the items all"
                  + " differ in date, the server ignores the page parameter instead); walk with"
                  + " orderby=id, or leave orderby unset and the pager orders by id");
      assertThat(delivered).as("page 1 was delivered before the failure").containsExactly(1L, 2L);
    }
  }

  @Test
  void aPageIdenticalToTheFirstUnderTiesNamesTheTiesBeforeTheServer() {
    stubPage(POSTS, 1, 1, 2);
    stubPage(POSTS, 2, 1, 2);

    assertThatThrownBy(() -> wp.posts().autoPager(byDate()).stream().count())
        .isInstanceOf(UnstableOrderException.class)
        .hasMessageStartingWith(
            "paging /wp/v2/posts stopped: item 1 came on page 1 and again on page 2 (page 2 is"
                + " the same as page 1): orderby=date is not unique");
  }

  @Test
  void aPageIdenticalToTheFirstUnderTheIdOrderBlamesTheServer() {
    stubPage(POSTS, 1, 1, 2);
    stubPage(POSTS, 2, 1, 2);

    assertThatThrownBy(
            () -> wp.posts().autoPager(PostQuery.builder().perPage(2).build()).stream().count())
        .isExactlyInstanceOf(PaginationException.class)
        .hasMessage(
            "paging /wp/v2/posts stopped: item 1 came on page 1 and again on page 2 (page 2 is"
                + " the same as page 1): the server (or a cache or proxy in front of it) ignores"
                + " the page parameter, so the walk would never reach a new item");
  }

  @Test
  void aRepeatUnderTheIdOrderSaysTheCollectionChanged() {
    stubPage(POSTS, 1, 4, 3);
    stubPage(POSTS, 2, 3, 2); // a post before 3 was deleted (and another added) during the walk

    assertThatThrownBy(
            () -> wp.posts().autoPager(PostQuery.builder().perPage(2).build()).stream().count())
        .isExactlyInstanceOf(PaginationException.class)
        .hasMessage(
            "paging /wp/v2/posts stopped: item 3 came on page 1 and again on page 2: the"
                + " collection changed during the walk (an item before it was added or removed);"
                + " start again");
  }
}
