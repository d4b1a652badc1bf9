package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.ForbiddenException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Revisions, autosaves and reusable blocks on the real site {@code modphp}. */
class ContentHistoryIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();

  @Test
  void aRevisionIsRestoredAndAnAutosaveLeavesThePublishedPostAlone() {
    Post post =
        admin
            .posts()
            .create(
                PostFields.builder()
                    .title("IT history " + RUN)
                    .content("<p>first</p>")
                    .status(PostStatus.PUBLISH)
                    .build());
    try {
      // WordPress saves a revision of each update: two updates, two revisions to choose from.
      admin.posts().update(post.id(), PostFields.builder().content("<p>second</p>").build());
      admin.posts().update(post.id(), PostFields.builder().content("<p>third</p>").build());
      List<Post> revisions = admin.posts().revisions(post.id());
      assertThat(revisions).hasSizeGreaterThanOrEqualTo(2);
      Post first =
          revisions.stream()
              .min(Comparator.comparingLong(Post::id))
              .orElseThrow(AssertionError::new);
      assertThat(admin.posts().revision(post.id(), first.id()).parent()).hasValue(post.id());

      Post restored = admin.posts().restoreRevision(post.id(), first.id());

      assertThat(restored.content().raw()).hasValue("<p>second</p>");
      assertThat(admin.posts().revisions(post.id())).hasSize(revisions.size() + 1);

      Post autosave =
          admin
              .posts()
              .createAutosave(
                  post.id(),
                  PostFields.builder().title("IT history " + RUN).content("<p>typing</p>").build());
      assertThat(autosave.id()).isNotEqualTo(post.id());
      assertThat(autosave.parent()).hasValue(post.id());
      assertThat(admin.posts().autosaves(post.id())).extracting(Post::id).contains(autosave.id());
      assertThat(admin.posts().autosave(post.id(), autosave.id()).content().rendered())
          .contains("typing");
      Post live = admin.posts().get(post.id(), PostQuery.builder().context(Context.EDIT).build());
      assertThat(live.content().raw()).as("the autosave is not the post").hasValue("<p>second</p>");

      // WordPress 6.1 maps deleting a revision of a published post to a capability nobody has:
      // even an administrator gets 403 rest_cannot_delete, typed as such.
      assertThatThrownBy(() -> admin.posts().deleteRevision(post.id(), first.id()))
          .isInstanceOfSatisfying(
              ForbiddenException.class, e -> assertThat(e.code()).hasValue("rest_cannot_delete"));
      assertThat(admin.posts().revisions(post.id())).extracting(Post::id).contains(first.id());
    } finally {
      admin.posts().delete(post.id(), true);
    }
  }

  @Test
  void aReusableBlockIsCreatedReadAndDeleted() {
    Post block =
        admin
            .blocks()
            .create(
                PostFields.builder()
                    .title("IT block " + RUN)
                    .content("<!-- wp:paragraph --><p>Reused " + RUN + "</p><!-- /wp:paragraph -->")
                    .status(PostStatus.PUBLISH)
                    .build());
    try {
      assertThat(block.type()).isEqualTo("wp_block");
      Post read = admin.blocks().get(block.id(), PostQuery.builder().context(Context.EDIT).build());
      assertThat(read.content().raw())
          .hasValueSatisfying(c -> assertThat(c).contains("Reused " + RUN));
      assertThat(admin.blocks().list(PostQuery.builder().search("IT block " + RUN).build()).items())
          .extracting(Post::id)
          .containsExactly(block.id());
    } finally {
      assertThat(admin.blocks().delete(block.id(), true).permanently()).isTrue();
    }
  }
}
