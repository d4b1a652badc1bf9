package dev.wprest.client;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Comment;
import dev.wprest.client.model.CommentFields;
import dev.wprest.client.model.CommentQuery;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.Moderation;
import dev.wprest.client.model.PostStatusObject;
import dev.wprest.client.model.PostType;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.SearchQuery;
import dev.wprest.client.model.SearchResult;
import dev.wprest.client.model.Settings;
import dev.wprest.client.model.Taxonomy;
import dev.wprest.client.model.Term;
import dev.wprest.client.model.TermFields;
import dev.wprest.client.model.User;
import dev.wprest.client.model.UserFields;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users, terms, comments, registries, settings, search and custom routes against WireMock. */
@WireMockTest
class ResourcesTest {
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

  private void stubJson(MappingBuilder mapping, int status, String body) {
    wm.getWireMock().register(mapping.willReturn(WireMockSite.json(status, body)));
  }

  @Test
  void meInEditContextHasTheEditOnlyFields() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/users/me")), "users-me.context-edit.admin.modphp");

    User me = wp.users().me(Context.EDIT);

    assertThat(me.id()).isEqualTo(1);
    assertThat(me.username()).contains("itadmin");
    assertThat(me.email()).contains("itadmin@example.com");
    assertThat(me.roles()).containsExactly("administrator");
    assertThat(me.capabilities()).containsEntry("manage_options", true);
    assertThat(me.registeredDate())
        .contains(OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .withQueryParam("context", equalTo("edit")));
  }

  @Test
  void aPublicUserHasNoEditOnlyFields() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/users/me")), "users-me.basic-valid.admin.modphp");

    User me = wp.users().me();

    assertThat(me.username()).isEmpty();
    assertThat(me.email()).isEmpty();
    assertThat(me.roles()).isEmpty();
    assertThat(me.name()).isNotEmpty();
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .withoutQueryParam("context"));
  }

  @Test
  void usersAreCreatedWithTheRequiredFieldsAndDeletedWithReassign() {
    stub(post(urlPathEqualTo("/wp-json/wp/v2/users")), "users-me.context-edit.admin.modphp");
    stub(delete(urlPathEqualTo("/wp-json/wp/v2/users/9")), "users-me.context-edit.admin.modphp");
    stub(post(urlPathEqualTo("/wp-json/wp/v2/users/9")), "users-me.context-edit.admin.modphp");

    assertThatThrownBy(() -> wp.users().create(UserFields.builder().username("x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a new user needs username, email and password: missing [email, password]");
    wp.users()
        .create(
            UserFields.builder()
                .username("jo")
                .email("jo@example.com")
                .password("pw")
                .roles("editor")
                .firstName("Jo")
                .build());
    wp.users().update(9, UserFields.builder().lastName("Doe").build());
    wp.users().delete(9, 1L);
    assertThatThrownBy(() -> wp.users().delete(9, false)).hasMessageContaining("cannot be trashed");

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users"))
                .withRequestBody(
                    equalToJson(
                        "{\"username\":\"jo\",\"email\":\"jo@example.com\",\"password\":\"pw\","
                            + "\"roles\":[\"editor\"],\"first_name\":\"Jo\"}")));
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/9"))
                .withRequestBody(equalToJson("{\"last_name\":\"Doe\"}")));
    wm.getWireMock()
        .verifyThat(
            deleteRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/9"))
                .withQueryParam("force", equalTo("true"))
                .withQueryParam("reassign", equalTo("1")));
  }

  @Test
  void categoriesAndTagsBindTheirRecordedLists() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/categories")), "categories.list.modphp");
    stub(get(urlPathEqualTo("/wp-json/wp/v2/tags")), "tags.list.modphp");

    ResultPage<Term> categories = wp.categories().list();
    ResultPage<Term> tags = wp.tags().list();

    assertThat(categories.total()).hasValue(4);
    assertThat(categories.hasNext()).isFalse();
    assertThat(categories.items())
        .extracting(Term::name)
        .contains("Guides", "News", "Releases", "Uncategorized");
    assertThat(categories.items().get(0).parent()).hasValue(0);
    assertThat(categories.items().get(0).taxonomy()).isEqualTo("category");
    assertThat(tags.items()).hasSize(4).allSatisfy(t -> assertThat(t.parent()).isEmpty());
    assertThat(tags.items().get(0).taxonomy()).isEqualTo("post_tag");
  }

  @Test
  void termsAreCreatedAndForceDeleted() {
    stubJson(
        post(urlPathEqualTo("/wp-json/wp/v2/tags")),
        201,
        "{\"id\":20,\"name\":\"Java\",\"slug\":\"java\",\"taxonomy\":\"post_tag\",\"count\":0}");
    stubJson(
        delete(urlPathEqualTo("/wp-json/wp/v2/tags/20")),
        200,
        "{\"deleted\":true,\"previous\":{\"id\":20,\"name\":\"Java\",\"taxonomy\":\"post_tag\"}}");

    Term java = wp.tags().create(TermFields.builder().name("Java").description("d").build());
    assertThat(wp.tags().delete(java.id(), true).item().name()).isEqualTo("Java");

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/tags"))
                .withRequestBody(equalToJson("{\"name\":\"Java\",\"description\":\"d\"}")));
  }

  @Test
  void aCustomTaxonomysTermsAreFoundThroughTaxonomies() {
    stubJson(
        get(urlPathEqualTo("/wp-json/wp/v2/taxonomies/genre")),
        200,
        "{\"slug\":\"genre\",\"name\":\"Genres\",\"types\":[\"book\"],\"hierarchical\":true,"
            + "\"rest_base\":\"genres\",\"rest_namespace\":\"library/v1\"}");
    stub(get(urlPathEqualTo("/wp-json/library/v1/genres")), "categories.list.modphp");

    assertThat(wp.terms("genre").list().items()).hasSize(4);
    assertThat(wp.terms("category").route()).isEqualTo("/wp/v2/categories");
    assertThatThrownBy(() -> wp.terms("../x")).hasMessageContaining("../x");
  }

  @Test
  void commentsBindAndModerationSendsTheStatus() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/comments")), "comments.list.modphp");
    String one = RecordedAnswers.body("comments.list.modphp", wm);
    stubJson(
        post(urlPathEqualTo("/wp-json/wp/v2/comments/2")), 200, one.substring(1, one.length() - 1));
    stubJson(
        post(urlPathEqualTo("/wp-json/wp/v2/comments")), 201, one.substring(1, one.length() - 1));

    Comment c = wp.comments().list(CommentQuery.builder().post(4).build()).items().get(0);
    wp.comments().moderate(2, Moderation.HOLD);
    wp.comments().create(CommentFields.builder().post(4).content("Nice").authorName("Ann").build());

    assertThat(c.post()).isEqualTo(4);
    assertThat(c.authorName()).isEqualTo("A Reader");
    assertThat(c.status()).isEqualTo("approved");
    assertThat(c.content().rendered()).contains("A first comment");
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/comments/2"))
                .withRequestBody(equalToJson("{\"status\":\"hold\"}")));
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/comments"))
                .withRequestBody(
                    equalToJson("{\"post\":4,\"content\":\"Nice\",\"author_name\":\"Ann\"}")));
  }

  @Test
  void registriesAreMapsByName() {
    stubJson(
        get(urlPathEqualTo("/wp-json/wp/v2/types")),
        200,
        "{\"post\":{\"slug\":\"post\",\"name\":\"Posts\",\"rest_base\":\"posts\","
            + "\"rest_namespace\":\"wp/v2\",\"taxonomies\":[\"category\",\"post_tag\"]},"
            + "\"page\":{\"slug\":\"page\",\"name\":\"Pages\",\"rest_base\":\"pages\","
            + "\"hierarchical\":true}}");
    stubJson(
        get(urlPathEqualTo("/wp-json/wp/v2/taxonomies")),
        200,
        "{\"category\":{\"slug\":\"category\",\"name\":\"Categories\",\"rest_base\":\"categories\","
            + "\"hierarchical\":true,\"types\":[\"post\"]}}");
    stubJson(
        get(urlPathEqualTo("/wp-json/wp/v2/statuses/publish")),
        200,
        "{\"name\":\"Published\",\"public\":true,\"queryable\":true,\"slug\":\"publish\","
            + "\"date_floating\":false}");

    Map<String, PostType> types = wp.types().all();
    Map<String, Taxonomy> taxonomies =
        wp.taxonomies().all(Query.builder().param("type", "post").build());
    PostStatusObject publish = wp.statuses().get("publish");

    assertThat(types).containsOnlyKeys("post", "page");
    assertThat(types.get("post").route()).isEqualTo("/wp/v2/posts");
    assertThat(types.get("page").route())
        .as("no rest_namespace before 5.9")
        .isEqualTo("/wp/v2/pages");
    assertThat(types.get("page").hierarchical()).isTrue();
    assertThat(taxonomies.get("category").route()).isEqualTo("/wp/v2/categories");
    assertThat(publish.isPublic()).isTrue();
    assertThat(publish.name()).isEqualTo("Published");
  }

  @Test
  void settingsAreReadAndOnlyTheChangedOnesSent() {
    stub(get(urlPathEqualTo("/wp-json/wp/v2/settings")), "settings.admin.modphp");
    stub(post(urlPathEqualTo("/wp-json/wp/v2/settings")), "settings.admin.modphp");

    Settings s = wp.settings().get();
    wp.settings().update(Map.of("description", "New tagline"));

    assertThat(s.title()).isEqualTo("wp-rest IT (modphp)");
    assertThat(s.timezone()).isEqualTo("UTC");
    assertThat(s.postsPerPage()).isEqualTo(10);
    assertThat(s.defaultCategory()).isEqualTo(1);
    assertThat(s.get("show_on_front").map(JsonNode::asText)).contains("posts");
    assertThat(s.get("no_such_setting")).isEmpty();
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/settings"))
                .withRequestBody(equalToJson("{\"description\":\"New tagline\"}")));
  }

  @Test
  void searchHitsBindNumericAndNamedIds() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/search"))
                .willReturn(
                    WireMockSite.json(
                            200,
                            "[{\"id\":4,\"title\":\"Test post 001\",\"url\":\"u\",\"type\":\"post\","
                                + "\"subtype\":\"post\"},{\"id\":\"aside\",\"title\":\"Aside\","
                                + "\"type\":\"post-format\",\"subtype\":\"post-format\"}]")
                        .withHeader("X-WP-Total", "2")
                        .withHeader("X-WP-TotalPages", "1")));

    ResultPage<SearchResult> hits = wp.search().find(SearchQuery.builder().search("001").build());

    assertThat(hits.items()).extracting(SearchResult::id).containsExactly("4", "aside");
    assertThat(wp.search().autoPager(SearchQuery.builder().search("001").build())).hasSize(2);
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/search"))
                .withQueryParam("search", equalTo("001")));
  }

  /** A plugin's item type. */
  static final class Thing {
    final long id;
    final String label;

    @JsonCreator
    Thing(@JsonProperty("id") long id, @JsonProperty("label") String label) {
      this.id = id;
      this.label = label;
    }
  }

  @Test
  void aCustomRouteBindsToTheCallersClassOrTypeOrJson() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/myplugin/v1/things"))
                .willReturn(
                    WireMockSite.json(200, "[{\"id\":1,\"label\":\"one\",\"extra\":true}]")
                        .withHeader("X-WP-Total", "1")
                        .withHeader("X-WP-TotalPages", "1")));
    stubJson(
        post(urlPathEqualTo("/wp-json/myplugin/v1/things")), 201, "{\"id\":2,\"label\":\"two\"}");

    List<Thing> things = wp.route("/myplugin/v1/things", Thing.class).list().items();
    Thing created = wp.route("/myplugin/v1/things", Thing.class).create(Map.of("label", "two"));
    List<Map<String, Object>> maps =
        wp.route("/myplugin/v1/things", new TypeReference<Map<String, Object>>() {}).list().items();
    JsonNode json = wp.route("/myplugin/v1/things").list().items().get(0);

    assertThat(things).singleElement().satisfies(t -> assertThat(t.label).isEqualTo("one"));
    assertThat(created.id).isEqualTo(2);
    assertThat(maps.get(0)).containsEntry("extra", true);
    assertThat(json.path("extra").asBoolean()).isTrue();
    assertThatThrownBy(() -> wp.route("/myplugin/v1/things/"))
        .hasMessageContaining("must not end with /");
    assertThatThrownBy(() -> wp.route("myplugin")).hasMessageContaining("must start with /");
  }

  @Test
  void aBodyOfTheWrongShapeIsAnUnexpectedShapeError() {
    stubJson(get(urlPathEqualTo("/wp-json/wp/v2/posts")), 200, "{\"not\":\"a list\"}");

    assertThatThrownBy(() -> wp.posts().list())
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(
            e ->
                assertThat(((MalformedResponseException) e).problem())
                    .isEqualTo(BodyProblem.UNEXPECTED_SHAPE));
  }
}
