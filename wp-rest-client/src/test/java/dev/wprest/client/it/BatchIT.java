package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.BadRequestException;
import dev.wprest.client.Batch;
import dev.wprest.client.BatchItem;
import dev.wprest.client.BatchNotExecutedException;
import dev.wprest.client.BatchResult;
import dev.wprest.client.BatchTooLargeException;
import dev.wprest.client.ForbiddenException;
import dev.wprest.client.NotFoundException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code client.batch()} against the real site {@code modphp} (WordPress 6.1). */
class BatchIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();
  private final WordPressClient author = WP.client("modphp", WP.appPasswordAuth("author")).build();
  private final List<Long> created = new ArrayList<>();

  @AfterEach
  void deleteWhatWasCreated() {
    for (long id : created) {
      try {
        admin.posts().delete(id, true);
      } catch (NotFoundException alreadyGone) {
        // deleted by the test itself
      }
    }
  }

  private static PostFields draft(String title) {
    return PostFields.builder().title(title).status(PostStatus.DRAFT).build();
  }

  private List<Post> postsTitled(String title) {
    return admin
        .posts()
        .list(PostQuery.builder().search(title).status(PostStatus.DRAFT).perPage(100).build())
        .items();
  }

  @Test
  void aBatchOfCreatesMakesEveryPost() {
    Batch batch = admin.batch();
    List<BatchItem<Post>> items = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      items.add(batch.create(admin.posts(), draft("IT batch " + RUN + " #" + i)));
    }
    BatchResult result = batch.send();
    items.forEach(item -> item.value().ifPresent(p -> created.add(p.id())));

    assertThat(result.allSucceeded()).isTrue();
    for (int i = 0; i < 25; i++) {
      assertThat(items.get(i).status()).hasValue(201);
      assertThat(items.get(i).get().title().raw()).hasValue("IT batch " + RUN + " #" + i);
    }
    assertThat(postsTitled("IT batch " + RUN)).hasSize(25);
  }

  @Test
  void aMixedBatchRunsEveryItemAndFailsOnlyTheBadOne() {
    Post existing = admin.posts().create(draft("IT batch mixed " + RUN + " old"));
    created.add(existing.id());

    Batch batch = admin.batch();
    BatchItem<Post> create = batch.create(admin.posts(), draft("IT batch mixed " + RUN + " new"));
    BatchItem<Post> update =
        batch.update(
            admin.posts(),
            existing.id(),
            PostFields.builder().title("IT batch mixed " + RUN + " renamed").build());
    BatchItem<Deleted<Post>> missing = batch.delete(admin.posts(), 999_999_999L, true);
    BatchResult result = batch.send();
    create.value().ifPresent(p -> created.add(p.id()));

    assertThat(result.failures()).containsExactly(missing);
    assertThat(create.get().status()).hasValue(PostStatus.DRAFT);
    assertThat(update.get().title().raw()).hasValue("IT batch mixed " + RUN + " renamed");
    assertThat(
            admin
                .posts()
                .get(
                    existing.id(),
                    PostQuery.builder().context(dev.wprest.client.model.Context.EDIT).build())
                .title()
                .raw())
        .hasValue("IT batch mixed " + RUN + " renamed");
    assertThatThrownBy(missing::get)
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.code()).hasValue("rest_post_invalid_id");
              assertThat(e.exchange().uri().toString())
                  .endsWith("/wp/v2/posts/999999999?force=true");
              assertThat(e.getMessage()).doesNotContain(WP.appPassword("admin"));
            });
  }

  @Test
  void anAuthorsDeleteOfAnotherUsersPostIsForbiddenAndNothingIsDeleted() {
    Post adminsPost = admin.posts().create(draft("IT batch forbidden " + RUN));
    created.add(adminsPost.id());

    Batch batch = author.batch();
    BatchItem<Deleted<Post>> delete = batch.delete(author.posts(), adminsPost.id(), true);
    batch.send();

    assertThatThrownBy(delete::get)
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.code()).hasValue("rest_cannot_delete"));
    assertThat(
            admin
                .posts()
                .get(
                    adminsPost.id(),
                    PostQuery.builder().context(dev.wprest.client.model.Context.EDIT).build())
                .id())
        .isEqualTo(adminsPost.id());
  }

  @Test
  void requireAllValidateWithOneInvalidItemCreatesNothing() {
    Batch batch = admin.batch().requireAllValidate();
    BatchItem<Post> valid = batch.create(admin.posts(), draft("IT batch validate " + RUN));
    BatchItem<Post> invalid =
        batch.create(
            admin.posts(),
            PostFields.builder()
                .title("IT batch validate " + RUN)
                .status(PostStatus.of("not-a-status"))
                .build());
    BatchResult result = batch.send();
    valid.value().ifPresent(p -> created.add(p.id()));

    assertThat(result.validationFailed()).isTrue();
    assertThat(valid.state()).isEqualTo(BatchItem.State.NOT_EXECUTED);
    assertThatThrownBy(valid::get).isInstanceOf(BatchNotExecutedException.class);
    assertThatThrownBy(invalid::get)
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.code()).hasValue("rest_invalid_param"));
    assertThat(postsTitled("IT batch validate " + RUN)).isEmpty();
  }

  @Test
  void theSitesLimitIsReadFromItsIndexAndEnforcedBeforeSending() {
    Batch batch = admin.batch();
    for (int i = 0; i < 26; i++) {
      batch.create(admin.posts(), draft("IT batch too many " + RUN));
    }
    assertThatThrownBy(batch::send)
        .isInstanceOfSatisfying(
            BatchTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(25));
    assertThat(postsTitled("IT batch too many " + RUN)).isEmpty();
  }
}
