package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.Order;
import dev.wprest.client.model.PostOrderBy;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every query parameter as WordPress receives it: names, array and date forms. */
@WireMockTest
class QueryWireFormTest {
  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .willReturn(RecordedAnswers.answer("posts.list.page1.modphp", wm)));
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  @Test
  void everyTypedParameterGoesOutUnderWordPresssName() {
    wp.posts()
        .list(
            PostQuery.builder()
                .page(2)
                .perPage(10)
                .search("hello world")
                .order(Order.ASC)
                .orderBy(PostOrderBy.TITLE)
                .status(PostStatus.PUBLISH, PostStatus.DRAFT)
                .author(1, 2)
                .categories(3, 4)
                .categoriesExclude(5)
                .tags(6)
                .tagsExclude(7, 8)
                .include(10, 11)
                .exclude(12)
                .slug("a", "b")
                .before(OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .after(LocalDateTime.of(2024, 1, 1, 9, 30))
                .parent(0)
                .context(Context.EDIT)
                .fields("id", "title")
                .embed("author", "wp:term")
                .param("custom_filter", "x")
                .param("custom_filter", "y")
                .build());

    List<LoggedRequest> sent =
        wm.getWireMock().find(getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts")));
    assertThat(sent).hasSize(1);
    String query = sent.get(0).getUrl().substring(sent.get(0).getUrl().indexOf('?') + 1);
    assertThat(query)
        .isEqualTo(
            "page=2&per_page=10&search=hello+world&order=asc&orderby=title"
                + "&status=publish%2Cdraft&author=1%2C2&categories=3%2C4&categories_exclude=5"
                + "&tags=6&tags_exclude=7%2C8&include=10%2C11&exclude=12&slug=a%2Cb"
                + "&before=2024-03-01T00%3A00%3A00Z&after=2024-01-01T09%3A30%3A00&parent=0"
                + "&context=edit&_fields=id%2Ctitle&_embed=author%2Cwp%3Aterm"
                + "&custom_filter=x&custom_filter=y");
  }

  @Test
  void embedWithoutRelationsEmbedsEverythingAndViewContextIsSentAsAsked() {
    wp.posts().list(PostQuery.builder().embed().context(Context.VIEW).build());

    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .withQueryParam("_embed", equalTo("1"))
                .withQueryParam("context", equalTo("view")));
  }

  @Test
  void anOffsetBeforeDateKeepsItsOffsetAndALaterSetterReplacesTheEarlierValue() {
    PostQuery q =
        PostQuery.builder()
            .before(OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2)))
            .search("first")
            .search("second")
            .build();

    assertThat(q.parameters().get("before")).containsExactly("2024-03-01T10:00:00+02:00");
    assertThat(q.parameters().get("search")).containsExactly("second");
    assertThat(q.withPage(3).page()).hasValue(3);
    assertThat(q.page()).isEmpty();
  }

  @Test
  void perPageOutsideOneToAHundredIsRefusedWithTheBadValue() {
    assertThatThrownBy(() -> PostQuery.builder().perPage(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perPage must be between 1 and 100 (WordPress's limit): 0");
    assertThatThrownBy(() -> PostQuery.builder().perPage(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(": 101");
    assertThatThrownBy(() -> PostQuery.builder().page(0)).hasMessage("page must be 1 or more: 0");
    assertThatThrownBy(() -> PostQuery.builder().categories())
        .hasMessageContaining("at least one id");
    assertThat(PostQuery.builder().perPage(1).build().perPage()).hasValue(1);
    assertThat(PostQuery.builder().perPage(100).build().perPage()).hasValue(100);
  }

  @Test
  void aGetWithAQuerySendsItsParametersToo() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .willReturn(RecordedAnswers.answer("posts.single.modphp", wm)));

    wp.posts().get(4, PostQuery.builder().context(Context.EDIT).fields("id").build());

    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .withQueryParam("context", equalTo("edit"))
                .withQueryParam("_fields", equalTo("id")));
  }
}
