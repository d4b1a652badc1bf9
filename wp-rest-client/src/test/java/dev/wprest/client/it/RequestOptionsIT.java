package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.RequestOptions;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Per-call options ({@link RequestOptions}) against the real site {@code modphp}. */
class RequestOptionsIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();

  @Test
  void aShortTimeoutThatDoesNotFireLeavesANormalGetAlone() {
    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofSeconds(5)).build();

    Post first = admin.posts().list(PostQuery.builder().perPage(1).build()).items().get(0);

    Post post = admin.posts().get(first.id(), PostQuery.builder().build(), quick);

    assertThat(post.id()).isEqualTo(first.id());
  }

  /**
   * WordPress reads {@code X-HTTP-Method-Override} (for hosts that block DELETE): a POST that
   * carries it as a per-call header is treated as a DELETE, so the post lands in the trash. That
   * WordPress acted on it proves the header arrived with that call.
   */
  @Test
  void aPerCallHeaderReachesWordPress() {
    Post draft =
        admin
            .posts()
            .create(
                PostFields.builder().title("IT options " + RUN).status(PostStatus.DRAFT).build());
    try {
      RequestOptions asDelete =
          RequestOptions.builder().header("X-HTTP-Method-Override", "DELETE").build();

      Post answered =
          admin.posts().update(draft.id(), PostFields.builder().title("unused").build(), asDelete);

      assertThat(answered.status()).hasValue(PostStatus.TRASH);
      assertThat(answered.title().rendered()).isEqualTo("IT options " + RUN);
      Post plain = admin.posts().get(draft.id(), PostQuery.builder().context(Context.EDIT).build());
      assertThat(plain.status()).as("the post really is in the trash").hasValue(PostStatus.TRASH);
    } finally {
      admin.posts().delete(draft.id(), true);
    }
  }
}
