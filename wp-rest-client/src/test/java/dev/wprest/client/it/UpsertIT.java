package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BadRequestException;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.Upserted;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import dev.wprest.client.model.Term;
import dev.wprest.client.model.TermFields;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The upsert helpers, verify() and decoded names against the real site {@code modphp}. */
class UpsertIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final WordPressClient ADMIN =
      WP.client("modphp", WP.appPasswordAuth("admin")).build();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final List<Long> posts = new ArrayList<>();
  private static final List<Long> terms = new ArrayList<>();

  @AfterAll
  static void cleanUp() {
    posts.forEach(id -> ADMIN.posts().delete(id, true));
    terms.forEach(id -> ADMIN.categories().delete(id, true));
  }

  private static Post keep(Post post) {
    posts.add(post.id());
    return post;
  }

  @Test
  void createOrUpdateBySlugFindsAScheduledPostInsteadOfMakingADuplicate() {
    String slug = "upsert-scheduled-" + RUN;
    PostFields scheduled =
        PostFields.builder()
            .title("Launch")
            .status(PostStatus.FUTURE)
            .date(LocalDateTime.now().plusYears(3).withNano(0))
            .build();

    Upserted<Post> first = ADMIN.posts().createOrUpdateBySlug(slug, scheduled);
    keep(first.item());
    Upserted<Post> second =
        ADMIN.posts().createOrUpdateBySlug(slug, PostFields.builder().title("Launch 2").build());

    assertThat(first.created()).isTrue();
    assertThat(first.item().status()).hasValue(PostStatus.FUTURE);
    assertThat(first.item().slug()).isEqualTo(slug);
    assertThat(second.created()).isFalse();
    assertThat(second.item().id()).isEqualTo(first.item().id());
    assertThat(second.item().title().raw()).hasValue("Launch 2");
    assertThat(ADMIN.posts().list(PostQuery.builder().slug(slug).build()).items())
        .as("the trap: a list by slug sees only published posts")
        .isEmpty();
  }

  @Test
  void findBySlugSeesDraftsWithCredentialsAndOnlyPublishedPostsForASubscriber() {
    String slug = "upsert-draft-" + RUN;
    Post draft =
        keep(
            ADMIN
                .posts()
                .create(
                    PostFields.builder()
                        .title("Draft")
                        .status(PostStatus.DRAFT)
                        .slug(slug)
                        .build()));
    WordPressClient subscriber = WP.client("modphp", WP.appPasswordAuth("subscriber")).build();
    WordPressClient anonymous = WP.client("modphp", AuthStrategy.none()).build();

    assertThat(ADMIN.posts().findBySlug(slug))
        .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(draft.id()));
    assertThat(subscriber.posts().findBySlug(slug))
        .as("WordPress answers rest_forbidden_status to a subscriber: published posts only")
        .isEmpty();
    assertThat(anonymous.posts().findBySlug(slug)).isEmpty();
  }

  @Test
  void findOrCreateFindsEscapedNamesAndRecoversTermExists() {
    String name = "R&D \"Quoted\" Tom's " + RUN;
    Term created = ADMIN.categories().findOrCreate(name);
    terms.add(created.id());

    assertThat(created.name()).as("WordPress stores the name escaped").contains("R&amp;D");
    assertThat(created.decodedName()).isEqualTo(name);
    assertThat(ADMIN.categories().findOrCreate(name).id()).isEqualTo(created.id());
    assertThat(ADMIN.categories().findOrCreate(name.toLowerCase()).id())
        .as("a name the database collation takes for the same: found through term_exists")
        .isEqualTo(created.id());
    assertThatThrownBy(
            () -> ADMIN.categories().create(TermFields.builder().name(name.toUpperCase()).build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.code()).hasValue("term_exists");
              assertThat(e.errorMessage())
                  .hasValue("A term with the name provided already exists with this parent.");
              assertThat(e.data().path("status").asInt()).isEqualTo(400);
              assertThat(e.data().path("term_id").asLong()).isEqualTo(created.id());
            });
  }

  @Test
  void verifyFailsTypedForAWrongPasswordThatPublicReadsIgnore() {
    WordPressClient wrong =
        WP.client(
                "modphp",
                AuthStrategy.applicationPassword(
                    WP.login("author"), "abcd efgh ijkl mnop qrst uvwx"))
            .build();

    assertThat(wrong.posts().list().items()).as("WordPress answers as to a visitor").isNotEmpty();
    assertThatThrownBy(wrong::verify)
        .isInstanceOfSatisfying(
            UnauthorizedException.class, e -> assertThat(e.code()).hasValue("rest_not_logged_in"))
        .hasMessageNotContaining("abcd");
    assertThat(ADMIN.verify().id()).isEqualTo(Long.parseLong(WP.get("user.admin.id")));
  }
}
