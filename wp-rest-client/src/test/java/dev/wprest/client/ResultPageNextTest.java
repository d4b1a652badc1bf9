package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class ResultPageNextTest {
  private static final String ROUTE = "/wp-json/wp/v2/posts";
  private static final PostQuery FIRST =
      PostQuery.builder().perPage(2).page(1).search("release").build();

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  private static ResponseDefinitionBuilder items(String json, String total, String pages) {
    return WireMockSite.json(200, json)
        .withHeader("X-WP-Total", total)
        .withHeader("X-WP-TotalPages", pages);
  }

  private void stubPage(int page, ResponseDefinitionBuilder answer) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ROUTE))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(answer));
  }

  @Test
  void nextPageWalksWithTheSameQueryAndStopsAtTotalPages() {
    stubPage(1, items("[{\"id\":1},{\"id\":2}]", "5", "3"));
    stubPage(2, items("[{\"id\":3},{\"id\":4}]", "5", "3"));
    stubPage(3, items("[{\"id\":5}]", "5", "3"));

    List<Long> ids = new ArrayList<>();
    ResultPage<Post> page = wp.posts().list(FIRST);
    while (true) {
      page.items().forEach(p -> ids.add(p.id()));
      if (!page.hasNext()) {
        break;
      }
      page = page.nextPage();
    }

    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(page.number()).isEqualTo(3);
    ResultPage<Post> last = page;
    assertThatThrownBy(last::nextPage)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("page 3 of /wp/v2/posts is the last (X-WP-TotalPages 3)");
    assertThat(wm.getWireMock().find(getRequestedFor(urlPathEqualTo(ROUTE)))).hasSize(3);
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(ROUTE))
                .withQueryParam("page", equalTo("3"))
                .withQueryParam("per_page", equalTo("2"))
                .withQueryParam("search", equalTo("release")));
  }

  @Test
  void aNextPageWithoutTotalsIsAPaginationError() {
    stubPage(1, items("[{\"id\":1},{\"id\":2}]", "4", "2"));
    stubPage(2, WireMockSite.json(200, "[{\"id\":3},{\"id\":4}]"));

    ResultPage<Post> first = wp.posts().list(FIRST);

    assertThatThrownBy(first::nextPage)
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("page 2 came without X-WP-Total/X-WP-TotalPages");
  }

  @Test
  void aCollectionThatChangedBetweenPagesIsAPaginationError() {
    stubPage(1, items("[{\"id\":1},{\"id\":2}]", "4", "2"));
    stubPage(2, items("[{\"id\":3},{\"id\":4}]", "6", "3"));

    ResultPage<Post> first = wp.posts().list(FIRST);

    assertThatThrownBy(first::nextPage)
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("the collection changed while paging");
  }

  @Test
  void aServerIgnoringThePageParameterIsAPaginationErrorNotALoop() {
    stubPage(1, items("[{\"id\":1},{\"id\":2}]", "4", "2"));
    stubPage(2, items("[{\"id\":1},{\"id\":2}]", "4", "2"));

    ResultPage<Post> first = wp.posts().list(FIRST);

    assertThatThrownBy(first::nextPage)
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("page 2 is the same as page 1");
  }

  @Test
  void anIdenticalNextPageNamesTiesUnlessTheOrderIsById() {
    stubPage(1, items("[{\"id\":1},{\"id\":2}]", "4", "2"));
    stubPage(2, items("[{\"id\":1},{\"id\":2}]", "4", "2"));

    assertThatThrownBy(wp.posts().list(FIRST)::nextPage)
        .hasMessageContaining("or the items tie in the sort order");
    assertThatThrownBy(wp.posts().list(FIRST.toBuilder().param("orderby", "id").build())::nextPage)
        .hasMessageContaining("ignores the page parameter")
        .hasMessageNotContaining("tie");
  }

  @Test
  void anEmptyNextPageOfANonEmptyCollectionIsAPaginationError() {
    stubPage(1, items("[{\"id\":1},{\"id\":2}]", "4", "2"));
    stubPage(2, items("[]", "4", "2"));

    ResultPage<Post> first = wp.posts().list(FIRST);

    assertThatThrownBy(first::nextPage)
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("page 2 came back empty although X-WP-Total is 4");
  }

  @Test
  void aPaginationErrorCarriesNoCredentialInAnyEncoding() {
    String secret = "abcd EFGH 1234 ijkl MNOP 5678";
    WordPressClient authed =
        WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", secret)).build();
    stubPage(1, items("[{\"id\":1},{\"id\":2}]", "4", "2"));
    stubPage(2, WireMockSite.json(200, "[{\"id\":3}]"));

    ResultPage<Post> first = authed.posts().list(FIRST);

    assertThatThrownBy(first::nextPage)
        .isInstanceOf(PaginationException.class)
        .satisfies(
            e -> {
              String seen = e.toString() + e.getMessage() + ((PaginationException) e).exchange();
              assertThat(seen)
                  .doesNotContain(secret)
                  .doesNotContain(secret.replace(" ", "+"))
                  .doesNotContain(secret.replace(" ", "%20"))
                  .doesNotContain(
                      java.util.Base64.getEncoder()
                          .encodeToString(
                              ("admin:" + secret)
                                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            });
  }
}
