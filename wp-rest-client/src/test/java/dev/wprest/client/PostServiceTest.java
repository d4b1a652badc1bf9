package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class PostServiceTest {
  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  private void stub(com.github.tomakehurst.wiremock.client.MappingBuilder mapping, String fixture) {
    wm.getWireMock().register(mapping.willReturn(RecordedAnswers.answer(fixture, wm)));
  }

  @Test
  void aListPageKnowsTheTotalsAndTheNextLinkFromTheRecordedHeaders() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/posts")), "posts.list.page2.modphp");

    ResultPage<Post> page = wp.posts().list(PostQuery.builder().perPage(10).page(2).build());

    assertThat(page.items()).hasSize(10);
    assertThat(page.items().get(0).title().rendered()).isEqualTo("Test post 115");
    assertThat(page.number()).isEqualTo(2);
    assertThat(page.total()).hasValue(125);
    assertThat(page.totalPages()).hasValue(13);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.next()).hasValueSatisfying(u -> assertThat(u.getQuery()).contains("page=3"));
    assertThat(page.prev()).hasValueSatisfying(u -> assertThat(u.getQuery()).contains("page=1"));
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .withQueryParam("per_page", equalTo("10"))
                .withQueryParam("page", equalTo("2")));
  }

  @Test
  void theLastPageHasNoNext() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/posts")), "posts.list.last-page.modphp");

    ResultPage<Post> page = wp.posts().list(PostQuery.builder().perPage(10).page(13).build());

    assertThat(page.hasNext()).isFalse();
    assertThat(page.next()).isEmpty();
    assertThat(page.items()).hasSize(5);
  }

  @Test
  void aSinglePostBindsDatesRenderedTextTermsAndLinks() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/posts/4")), "posts.single.modphp");

    Post post = wp.posts().get(4);

    assertThat(post.id()).isEqualTo(4);
    assertThat(post.date()).contains(LocalDateTime.of(2024, 1, 1, 9, 0));
    assertThat(post.dateGmt()).contains(OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    assertThat(post.title().rendered()).isEqualTo("Test post 001");
    assertThat(post.title().raw()).isEmpty();
    assertThat(post.content().rendered()).contains("Body of test post 001");
    assertThat(post.content().passwordProtected()).isFalse();
    assertThat(post.status()).hasValue(PostStatus.PUBLISH);
    assertThat(post.categories()).containsExactly(3L);
    assertThat(post.tags()).containsExactly(6L);
    assertThat(post.featuredMedia()).isEmpty();
    assertThat(post.meta().isObject()).isTrue();
    assertThat(post.meta().size()).isZero();
    assertThat(post.links().path("author").get(0).path("href").asText())
        .endsWith("/wp-json/wp/v2/users/1");
    assertThat(post.embedded()).isEmpty();
    assertThat(post.parent()).isEmpty();
  }

  @Test
  void aCreatedDraftInEditContextCarriesRawText() {
    stub(post(urlPathEqualTo("/wp-json/wp/v2/posts")), "posts.create.admin.modphp");

    Post draft =
        wp.posts()
            .create(
                PostFields.builder()
                    .title("Created by the fixture recorder")
                    .status(PostStatus.DRAFT)
                    .date(LocalDateTime.of(2024, 7, 1, 12, 0))
                    .build());

    assertThat(draft.status()).hasValue(PostStatus.DRAFT);
    assertThat(draft.title().raw()).contains("Created by the fixture recorder");
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(
                    equalToJson(
                        "{\"title\":\"Created by the fixture recorder\",\"status\":\"draft\","
                            + "\"date\":\"2024-07-01T12:00:00\"}")));
  }

  @Test
  void aPartialUpdateSendsOnlyTheFieldsSet() {
    stub(post(urlPathEqualTo("/wp-json/wp/v2/posts/132")), "posts.create.admin.modphp");

    wp.posts().update(132, PostFields.builder().status(PostStatus.PUBLISH).build());

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/132"))
                .withRequestBody(equalToJson("{\"status\":\"publish\"}", false, false)));
  }

  @Test
  void everyPostFieldHasItsWireNameAndDateGmtIsSentInUtc() {
    stub(post(urlPathEqualTo("/wp-json/wp/v2/posts/132")), "posts.create.admin.modphp");

    wp.posts()
        .update(
            132,
            PostFields.builder()
                .title("T")
                .content("C")
                .excerpt("E")
                .slug("s")
                .dateGmt(OffsetDateTime.of(2024, 7, 1, 14, 0, 0, 0, ZoneOffset.ofHours(2)))
                .author(2)
                .featuredMedia(131)
                .commentStatus("closed")
                .pingStatus("closed")
                .password("pw")
                .sticky(true)
                .format("aside")
                .template("")
                .categories(3, 4)
                .tags(6)
                .parent(0)
                .menuOrder(2)
                .meta(java.util.Map.of("color", "red"))
                .field("acf", java.util.Map.of("x", 1))
                .build());

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/132"))
                .withRequestBody(
                    equalToJson(
                        "{\"title\":\"T\",\"content\":\"C\",\"excerpt\":\"E\",\"slug\":\"s\","
                            + "\"date_gmt\":\"2024-07-01T12:00:00\",\"author\":2,"
                            + "\"featured_media\":131,\"comment_status\":\"closed\","
                            + "\"ping_status\":\"closed\",\"password\":\"pw\",\"sticky\":true,"
                            + "\"format\":\"aside\",\"template\":\"\",\"categories\":[3,4],"
                            + "\"tags\":[6],\"parent\":0,\"menu_order\":2,"
                            + "\"meta\":{\"color\":\"red\"},\"acf\":{\"x\":1}}")));
  }

  @Test
  void forceDeleteReturnsThePreviousPostAndTrashReturnsTheTrashedOne() {
    stub(delete(urlPathEqualTo("/wp-json/wp/v2/posts/132")), "posts.delete.admin.modphp");

    Deleted<Post> gone = wp.posts().delete(132, true);

    assertThat(gone.permanently()).isTrue();
    assertThat(gone.item().id()).isEqualTo(132);
    wm.getWireMock()
        .verifyThat(
            deleteRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/132"))
                .withQueryParam("force", equalTo("true")));

    wm.getWireMock()
        .register(
            delete(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .willReturn(
                    WireMockSite.json(
                        200,
                        RecordedAnswers.body("posts.single.modphp", wm)
                            .replace("\"status\":\"publish\"", "\"status\":\"trash\""))));
    Deleted<Post> trashed = wp.posts().delete(4, false);
    assertThat(trashed.permanently()).isFalse();
    assertThat(trashed.item().status()).hasValue(PostStatus.TRASH);
    wm.getWireMock()
        .verifyThat(
            deleteRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .withoutQueryParam("force"));
  }

  @Test
  void pagesBindParentAndMenuOrder() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/pages")), "pages.list.modphp");

    List<Post> pages = wp.pages().list().items();

    assertThat(pages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.type()).isEqualTo("page");
              assertThat(p.slug()).isEqualTo("about");
              assertThat(p.parent()).hasValue(0);
              assertThat(p.menuOrder()).contains(0);
              assertThat(p.categories()).isEmpty();
            });
  }

  @Test
  void revisionsAreReadFromTheItemsRevisionsRoute() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/4/revisions"))
                .willReturn(
                    WireMockSite.json(
                        200,
                        "[{\"id\":140,\"author\":1,\"date\":\"2024-02-01T10:00:00\","
                            + "\"date_gmt\":\"2024-02-01T10:00:00\",\"parent\":4,"
                            + "\"slug\":\"4-revision-v1\",\"title\":{\"rendered\":\"Old\"}}]")));

    List<Post> revisions = wp.posts().revisions(4);

    assertThat(revisions)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.parent()).hasValue(4);
              assertThat(r.title().rendered()).isEqualTo("Old");
            });
  }

  @Test
  void aCustomPostTypeIsFoundThroughTypesOnFirstUseOnly() throws Exception {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/types/book"))
                .willReturn(
                    WireMockSite.json(
                        200,
                        "{\"slug\":\"book\",\"name\":\"Books\",\"rest_base\":\"books\","
                            + "\"rest_namespace\":\"library/v1\",\"hierarchical\":false}")));
    stub(get(urlPathEqualTo("/wp-json/library/v1/books/4")), "posts.single.modphp");

    PostService books = wp.postType("book");
    assertThat(books.toString()).contains("type book");
    assertThat(books.getAsync(4).get(5, TimeUnit.SECONDS).id()).isEqualTo(4);
    books.get(4);

    assertThat(books.route()).isEqualTo("/library/v1/books");
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/types/book")));
    wm.getWireMock().verifyThat(2, getRequestedFor(urlPathEqualTo("/wp-json/library/v1/books/4")));
  }
}
