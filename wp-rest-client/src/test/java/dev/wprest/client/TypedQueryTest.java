package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.CommentQuery;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.TermFields;
import dev.wprest.client.model.UserFields;
import dev.wprest.client.model.UserQuery;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-family queries and the shared fields base: what goes out, and what a family refuses. */
@WireMockTest
class TypedQueryTest {

  @Test
  void aUserQuerySendsOnlyWhatTheUsersCollectionKnows(WireMockRuntimeInfo wm) {
    WireMockSite.stubIndex(wm);
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/users"))
                .willReturn(RecordedAnswers.answer("resources/users.list.anonymous.modphp", wm)));
    WordPressClient wp = WireMockSite.client(wm, AuthStrategy.none()).build();

    wp.users()
        .list(UserQuery.builder().roles("editor", "author").who("authors").perPage(5).build());

    String url =
        wm.getWireMock()
            .find(getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users")))
            .get(0)
            .getUrl();
    assertThat(url).endsWith("?roles=editor%2Cauthor&who=authors&per_page=5");
  }

  @Test
  void postFiltersAreNotOfferedOnUsersOrComments() {
    assertThat(methodNames(UserQuery.Builder.class)).doesNotContain("categories", "tags", "status");
    assertThat(methodNames(CommentQuery.Builder.class)).doesNotContain("categories", "roles");
    assertThat(methodNames(PostQuery.Builder.class)).contains("categories", "tags", "sticky");
  }

  @Test
  void aTypedQueryKeepsItsTypeAndParametersWhenPaging() {
    PostQuery q = PostQuery.builder().categories(3, 4).sticky(true).perPage(20).build();

    PostQuery next = q.withPage(2);

    assertThat(next.parameters())
        .containsEntry("categories", java.util.List.of("3,4"))
        .containsEntry("sticky", java.util.List.of("true"))
        .containsEntry("page", java.util.List.of("2"));
    assertThat(q.page()).isEmpty();
    assertThat(next.toBuilder().page(3).build()).isInstanceOf(PostQuery.class);
    // Same parameters, different family: not the same query.
    assertThat(Query.builder().perPage(20).build())
        .isNotEqualTo(PostQuery.builder().perPage(20).build());
    assertThat(PostQuery.builder().perPage(20).build())
        .isEqualTo(PostQuery.builder().perPage(20).build());
    assertThatThrownBy(() -> UserQuery.builder().roles()).hasMessageContaining("at least one");
  }

  @Test
  void theSharedFieldsBaseSendsOnlyWhatWasSetAndPrintsNoValues() {
    UserFields user = UserFields.builder().username("jo").password("s3cret-value").build();
    PostFields post =
        PostFields.builder().title("T").categories(3, 4).meta(Map.of("k", "v")).build();

    assertThat(user.fields()).containsOnlyKeys("username", "password");
    assertThat(user.toString()).isEqualTo("UserFields[username, password]");
    assertThat(post.fields()).containsEntry("categories", java.util.List.of(3L, 4L));
    assertThat(post.fields()).containsEntry("meta", Map.of("k", "v"));
    assertThat(TermFields.builder().name("a").build())
        .isEqualTo(TermFields.builder().name("a").build())
        .isNotEqualTo(TermFields.builder().name("b").build());
    assertThatThrownBy(() -> PostFields.builder().field("x", null)).hasMessage("x == null");
  }

  private static java.util.List<String> methodNames(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .map(Method::getName)
        .collect(java.util.stream.Collectors.toList());
  }
}
