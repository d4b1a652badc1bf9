package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.CommentOrderBy;
import dev.wprest.client.model.CommentQuery;
import dev.wprest.client.model.MediaQuery;
import dev.wprest.client.model.MenuItemFields;
import dev.wprest.client.model.MenuItemQuery;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostOrderBy;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import dev.wprest.client.model.TermOrderBy;
import dev.wprest.client.model.TermQuery;
import dev.wprest.client.model.UserOrderBy;
import dev.wprest.client.model.UserQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statuses and sort keys as typed values: what goes out, what comes back, what is refused. */
@WireMockTest
class ClosedSetsTest {
  @Test
  void aStatusByNameIsTheConstantAndAPluginStatusIsSentAsNamed() {
    assertThat(PostStatus.of("draft")).isSameAs(PostStatus.DRAFT);
    assertThat(PostStatus.of("auto-draft")).isSameAs(PostStatus.AUTO_DRAFT);
    PostStatus review = PostStatus.of("in-review");
    assertThat(review).isEqualTo(PostStatus.of("in-review")).isNotEqualTo(PostStatus.PENDING);
    assertThat(review.wire()).isEqualTo("in-review");
    assertThat(review).hasToString("in-review");

    PostQuery query = PostQuery.builder().status(PostStatus.DRAFT, review).build();

    assertThat(query.parameters().get("status")).containsExactly("draft,in-review");
  }

  @Test
  void aNameWordPressCouldNotHaveIsRefusedWithTheNameShown() {
    assertThatThrownBy(() -> PostStatus.of("Draft"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a WordPress post status (lowercase letters, digits, '-' and '_', as"
                + " sanitize_key() leaves them): \"Draft\"");
    assertThatThrownBy(() -> PostOrderBy.of("title desc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orderby value")
        .hasMessageEndingWith("\"title desc\"");
    assertThatThrownBy(() -> PostStatus.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PostStatus.of(null)).hasMessage("post status == null");
    assertThatThrownBy(() -> PostQuery.builder().status(PostStatus.DRAFT, null))
        .hasMessageContaining("statuses contains null");
  }

  @Test
  void eachFamilySendsItsOwnSortKeysUnderOrderby() {
    assertThat(PostQuery.builder().orderBy(PostOrderBy.ID).build().parameters().get("orderby"))
        .containsExactly("id");
    assertThat(MediaQuery.builder().orderBy(PostOrderBy.TITLE).build().parameters())
        .containsEntry("orderby", List.of("title"));
    assertThat(MenuItemQuery.builder().orderBy(PostOrderBy.MENU_ORDER).build().parameters())
        .containsEntry("orderby", List.of("menu_order"));
    assertThat(TermQuery.builder().orderBy(TermOrderBy.INCLUDE_SLUGS).build().parameters())
        .containsEntry("orderby", List.of("include_slugs"));
    assertThat(UserQuery.builder().orderBy(UserOrderBy.REGISTERED_DATE).build().parameters())
        .containsEntry("orderby", List.of("registered_date"));
    assertThat(CommentQuery.builder().orderBy(CommentOrderBy.DATE_GMT).build().parameters())
        .containsEntry("orderby", List.of("date_gmt"));
    assertThat(PostQuery.builder().orderBy(PostOrderBy.of("rand")).build().parameters())
        .containsEntry("orderby", List.of("rand"));
  }

  @Test
  void aStatusIsWrittenAsItsWireName() {
    assertThat(PostFields.builder().status(PostStatus.FUTURE).build().fields())
        .containsEntry("status", "future");
    assertThat(MenuItemFields.builder().status(PostStatus.DRAFT).build().fields())
        .containsEntry("status", "draft");
  }

  @Test
  void theStatusReadBackIsTypedAndEmptyWhenTheAnswerLeftItOut(WireMockRuntimeInfo wm)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper();

    Post post = mapper.readValue(RecordedAnswers.body("posts.single.modphp", wm), Post.class);
    Post trimmed =
        mapper.readValue(RecordedAnswers.body("posts.single.fields.modphp", wm), Post.class);

    assertThat(post.status()).hasValue(PostStatus.PUBLISH);
    assertThat(trimmed.status()).isEmpty();
  }

  @Test
  void aStatusASiteSendsIsKeptEvenWhenOfWouldRefuseIt() throws Exception {
    Post post = new ObjectMapper().readValue("{\"id\":1,\"status\":\"Odd Status\"}", Post.class);

    assertThat(post.status()).hasValueSatisfying(s -> assertThat(s.wire()).isEqualTo("Odd Status"));
  }

  @Test
  void theCategoriesAPostReturnsGoBackInAsTheyCameOut(WireMockRuntimeInfo wm) throws Exception {
    Post post =
        new ObjectMapper().readValue(RecordedAnswers.body("posts.single.modphp", wm), Post.class);
    assertThat(post.categories()).isNotEmpty();

    PostFields copied = PostFields.builder().categories(post.categories()).build();
    long[] asArray = post.categories().stream().mapToLong(Long::longValue).toArray();

    assertThat(copied).isEqualTo(PostFields.builder().categories(asArray).build());
    assertThat(PostQuery.builder().categories(post.categories()).build())
        .isEqualTo(PostQuery.builder().categories(asArray).build());
    assertThatThrownBy(() -> PostFields.builder().tags(java.util.Arrays.asList(1L, null)))
        .hasMessageContaining("termIds contains null");
    assertThatThrownBy(() -> PostQuery.builder().tags(List.of()))
        .hasMessageContaining("at least one id");
  }
}
