package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatusObject;
import dev.wprest.client.model.PostType;
import dev.wprest.client.model.SearchQuery;
import dev.wprest.client.model.SearchResult;
import dev.wprest.client.model.Taxonomy;
import dev.wprest.client.model.User;
import dev.wprest.client.model.UserQuery;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The models against answers recorded by wordpress-it/record-resource-fixtures.sh. */
@WireMockTest
class RecordedResourcesTest {
  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  private void replay(String path, String fixture) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json" + path))
                .willReturn(RecordedAnswers.answer("resources/" + fixture, wm)));
  }

  @Test
  void typesTaxonomiesAndStatusesBindAsMapsByName() {
    replay("/wp/v2/types", "types.list.anonymous.modphp");
    replay("/wp/v2/taxonomies", "taxonomies.list.anonymous.modphp");
    replay("/wp/v2/statuses", "statuses.list.admin.modphp");

    Map<String, PostType> types = wp.types().all();
    Map<String, Taxonomy> taxonomies = wp.taxonomies().all();
    Map<String, PostStatusObject> statuses = wp.statuses().all();

    assertThat(types.get("page").route()).isEqualTo("/wp/v2/pages");
    assertThat(types.get("attachment").route()).isEqualTo("/wp/v2/media");
    assertThat(types.get("post").taxonomies()).containsExactly("category", "post_tag");
    assertThat(taxonomies.get("post_tag").route()).isEqualTo("/wp/v2/tags");
    assertThat(taxonomies.get("category").hierarchical()).isTrue();
    assertThat(statuses).containsKeys("draft", "publish", "future");
    assertThat(statuses.get("draft").dateFloating()).isTrue();
    assertThat(statuses.get("publish").isPublic()).isTrue();
  }

  @Test
  void searchHitsKnowTheirPageAndTheNextLink() {
    replay("/wp/v2/search", "search.anonymous.modphp");

    ResultPage<SearchResult> hits =
        wp.search().find(SearchQuery.builder().search("Test post 00").perPage(5).build());

    assertThat(hits.items()).hasSize(5).allSatisfy(h -> assertThat(h.type()).isEqualTo("post"));
    assertThat(hits.total()).hasValue(10);
    assertThat(hits.next()).isPresent();
  }

  @Test
  void anEmbeddedPostCarriesItsAuthorAndTerms() {
    replay("/wp/v2/posts/4", "posts.single.embed.modphp");

    Post post = wp.posts().get(4, PostQuery.builder().embed().build());

    assertThat(post.embedded())
        .hasValueSatisfying(
            e -> {
              assertThat(e.path("author").get(0).path("slug").asText()).isEqualTo("itadmin");
              assertThat(e.path("wp:term").isArray()).isTrue();
            });
  }

  @Test
  void anEditContextPostCarriesRawText() {
    replay("/wp/v2/posts/4", "posts.single.context-edit.admin.modphp");

    Post post = wp.posts().get(4, PostQuery.builder().context(Context.EDIT).build());

    assertThat(post.title().raw()).contains("Test post 001");
    assertThat(post.content().raw()).hasValueSatisfying(raw -> assertThat(raw).contains("Body"));
  }

  @Test
  void aFieldsLimitedListBindsWhatCameAndLeavesTheRestEmpty() {
    replay("/wp/v2/posts", "posts.list.fields.modphp");

    ResultPage<Post> page =
        wp.posts().list(PostQuery.builder().perPage(3).fields("id", "title").build());

    assertThat(page.items()).hasSize(3);
    assertThat(page.items().get(0).title().rendered()).startsWith("Test post");
    assertThat(page.items().get(0).date()).isEmpty();
    assertThat(page.items().get(0).links().size()).isZero();
  }

  @Test
  void usersBindInViewAndEditContexts() {
    replay("/wp/v2/users", "users.list.context-edit.admin.modphp");

    User admin = wp.users().list(UserQuery.builder().context(Context.EDIT).build()).items().get(0);

    assertThat(admin.username()).isPresent();
    assertThat(admin.roles()).isNotEmpty();

    wm.getWireMock().resetMappings();
    WireMockSite.stubIndex(wm);
    replay("/wp/v2/users", "users.list.anonymous.modphp");
    assertThat(wp.users().list().items())
        .extracting(User::slug)
        .containsExactly("itadmin", "itauthor");
    assertThat(wp.users().list().items().get(0).avatarUrls().has("96")).isTrue();
  }
}
