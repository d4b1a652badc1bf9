package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.NotFoundException;
import dev.wprest.client.ResultPage;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.ApplicationPassword;
import dev.wprest.client.model.Comment;
import dev.wprest.client.model.CommentFields;
import dev.wprest.client.model.CommentQuery;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Media;
import dev.wprest.client.model.MediaFields;
import dev.wprest.client.model.MediaUpload;
import dev.wprest.client.model.Moderation;
import dev.wprest.client.model.NewApplicationPassword;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import dev.wprest.client.model.SearchQuery;
import dev.wprest.client.model.Settings;
import dev.wprest.client.model.Term;
import dev.wprest.client.model.TermFields;
import dev.wprest.client.model.User;
import dev.wprest.client.model.UserFields;
import dev.wprest.client.model.UserQuery;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Create, read, update and delete every resource on the real site {@code modphp}. */
class ResourcesIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();

  @Test
  void aPostIsDraftedPublishedPartiallyUpdatedTrashedAndDeleted() {
    Post draft =
        admin
            .posts()
            .create(
                PostFields.builder()
                    .title("IT draft " + RUN)
                    .content("<p>Draft body</p>")
                    .status(PostStatus.DRAFT)
                    .categories(3)
                    .build());
    try {
      assertThat(draft.status()).hasValue(PostStatus.DRAFT);
      assertThat(draft.title().raw()).contains("IT draft " + RUN);

      Post published =
          admin.posts().update(draft.id(), PostFields.builder().status(PostStatus.PUBLISH).build());
      assertThat(published.status()).hasValue(PostStatus.PUBLISH);
      assertThat(published.title().rendered())
          .as("untouched by the partial update")
          .isEqualTo("IT draft " + RUN);
      assertThat(published.content().raw()).contains("<p>Draft body</p>");
      assertThat(published.categories()).containsExactly(3L);
      assertThat(published.dateGmt()).isPresent();

      admin.posts().update(draft.id(), PostFields.builder().content("<p>Second body</p>").build());
      assertThat(admin.posts().revisions(draft.id())).isNotEmpty();

      Post edit = admin.posts().get(draft.id(), PostQuery.builder().context(Context.EDIT).build());
      assertThat(edit.content().raw()).contains("<p>Second body</p>");

      Deleted<Post> trashed = admin.posts().delete(draft.id(), false);
      assertThat(trashed.permanently()).isFalse();
      assertThat(trashed.item().status()).hasValue(PostStatus.TRASH);
    } finally {
      Deleted<Post> gone = admin.posts().delete(draft.id(), true);
      assertThat(gone.permanently()).isTrue();
    }
    assertThatThrownBy(() -> admin.posts().get(draft.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aPageIsCreatedUnderAParentAndDeleted() {
    long about = admin.pages().list(PostQuery.builder().slug("about").build()).items().get(0).id();
    Post child =
        admin
            .pages()
            .create(
                PostFields.builder()
                    .title("IT page " + RUN)
                    .parent(about)
                    .menuOrder(3)
                    .status(PostStatus.PUBLISH)
                    .build());
    try {
      assertThat(child.parent()).hasValue(about);
      assertThat(child.menuOrder()).contains(3);
      assertThat(admin.pages().list(PostQuery.builder().parent(about).build()).items())
          .extracting(Post::id)
          .contains(child.id());
    } finally {
      admin.pages().delete(child.id(), true);
    }
  }

  @Test
  void anImageIsUploadedDescribedSetAsFeaturedAndDeleted() throws IOException {
    Media image =
        admin
            .media()
            .upload(
                MediaUpload.of(png(), "IT Bild " + RUN + " grün.png")
                    .withFields(MediaFields.builder().title("IT image " + RUN).build()));
    Post post = null;
    try {
      assertThat(image.mimeType()).isEqualTo("image/png");
      assertThat(image.title().rendered()).isEqualTo("IT image " + RUN);
      assertThat(image.sourceUrl()).contains("grun").endsWith(".png");
      assertThat(image.mediaDetails().path("width").asInt()).isEqualTo(4);

      Media described =
          admin
              .media()
              .update(
                  image.id(),
                  MediaFields.builder().altText("Four red pixels").caption("A caption").build());
      assertThat(described.altText()).isEqualTo("Four red pixels");
      assertThat(described.caption().rendered()).contains("A caption");

      post =
          admin
              .posts()
              .create(
                  PostFields.builder()
                      .title("IT featured " + RUN)
                      .featuredMedia(image.id())
                      .build());
      assertThat(post.featuredMedia()).hasValue(image.id());
    } finally {
      if (post != null) {
        admin.posts().delete(post.id(), true);
      }
      assertThat(admin.media().delete(image.id(), true).permanently()).isTrue();
    }
  }

  @Test
  void aUserIsCreatedUpdatedAndDeletedWithTheirPostsReassigned() {
    User user = createUser("author");
    boolean deleted = false;
    try {
      assertThat(user.roles()).containsExactly("author");
      User renamed =
          admin.users().update(user.id(), UserFields.builder().firstName("Renamed").build());
      assertThat(renamed.name()).isEqualTo("IT user " + RUN);
      assertThat(
              admin
                  .users()
                  .get(user.id(), UserQuery.builder().context(Context.EDIT).build())
                  .firstName())
          .contains("Renamed");

      Post theirs =
          admin
              .posts()
              .create(PostFields.builder().title("IT reassigned " + RUN).author(user.id()).build());
      Deleted<User> gone = admin.users().delete(user.id(), WP_ADMIN_ID);
      deleted = true;
      assertThat(gone.permanently()).isTrue();
      assertThat(
              admin
                  .posts()
                  .get(theirs.id(), PostQuery.builder().context(Context.EDIT).build())
                  .author())
          .isEqualTo(WP_ADMIN_ID);
      admin.posts().delete(theirs.id(), true);
    } finally {
      if (!deleted) {
        admin.users().delete(user.id(), WP_ADMIN_ID);
      }
    }
  }

  private static final long WP_ADMIN_ID = Long.parseLong(WP.get("user.admin.id"));

  @Test
  void categoriesAndTagsAreCreatedRenamedAndDeleted() {
    Term category =
        admin.categories().create(TermFields.builder().name("IT cat " + RUN).parent(0).build());
    Term tag = admin.tags().create(TermFields.builder().name("IT tag " + RUN).build());
    try {
      assertThat(category.taxonomy()).isEqualTo("category");
      assertThat(
              admin
                  .categories()
                  .update(category.id(), TermFields.builder().description("Described").build())
                  .description())
          .isEqualTo("Described");
      assertThat(admin.terms("post_tag").get(tag.id()).name()).isEqualTo("IT tag " + RUN);
    } finally {
      assertThat(admin.categories().delete(category.id(), true).permanently()).isTrue();
      assertThat(admin.tags().delete(tag.id(), true).item().id()).isEqualTo(tag.id());
    }
  }

  @Test
  void aCommentIsPostedHeldAndDeleted() {
    Comment comment =
        admin
            .comments()
            .create(CommentFields.builder().post(4).content("IT comment " + RUN).build());
    try {
      assertThat(comment.post()).isEqualTo(4);
      assertThat(admin.comments().moderate(comment.id(), Moderation.HOLD).status())
          .isEqualTo("hold");
      assertThat(
              admin.comments().list(CommentQuery.builder().post(4).status("hold").build()).items())
          .extracting(Comment::id)
          .contains(comment.id());
    } finally {
      assertThat(admin.comments().delete(comment.id(), true).permanently()).isTrue();
    }
  }

  @Test
  void aSettingIsChangedAndRestored() {
    Settings before = admin.settings().get();
    assertThat(before.title()).isEqualTo("wp-rest IT (modphp)");
    try {
      Settings after =
          admin.settings().update(Map.of("description", "Changed by ResourcesIT " + RUN));
      assertThat(after.description()).isEqualTo("Changed by ResourcesIT " + RUN);
      assertThat(after.title()).isEqualTo(before.title());
    } finally {
      admin.settings().update(Map.of("description", before.description()));
    }
    assertThat(admin.settings().get().description()).isEqualTo(before.description());
  }

  @Test
  void anIntegrationRotatesItsOwnApplicationPassword() {
    User user = createUser("editor");
    try {
      NewApplicationPassword first =
          admin.applicationPasswords(String.valueOf(user.id())).create("IT first");
      WordPressClient withFirst =
          WP.client("modphp", AuthStrategy.applicationPassword("it-user-" + RUN, first.password()))
              .build();
      ApplicationPassword current = withFirst.applicationPasswords("me").current();
      assertThat(current.uuid()).isEqualTo(first.uuid());

      NewApplicationPassword second = withFirst.applicationPasswords("me").create("IT second");
      WordPressClient withSecond =
          WP.client("modphp", AuthStrategy.applicationPassword("it-user-" + RUN, second.password()))
              .build();
      withSecond.applicationPasswords("me").delete(current.uuid());

      assertThat(withSecond.users().me().id()).isEqualTo(user.id());
      assertThat(withSecond.applicationPasswords("me").list())
          .extracting(ApplicationPassword::name)
          .containsExactly("IT second");
      assertThatThrownBy(() -> withFirst.users().me()).isInstanceOf(UnauthorizedException.class);
      assertThat(second.toString()).doesNotContain(second.password());
    } finally {
      admin.users().delete(user.id(), WP_ADMIN_ID);
    }
  }

  @Test
  void theAutoPagerWalksEveryPublishedPostOnce() {
    long expected = Long.parseLong(WP.get("posts.published"));
    WordPressClient anonymous = WP.client("modphp", AuthStrategy.none()).build();

    long started = System.nanoTime();
    List<Long> ids =
        anonymous.posts().autoPager(PostQuery.builder().perPage(20).fields("id").build()).stream()
            .map(Post::id)
            .collect(Collectors.toList());
    long millis = (System.nanoTime() - started) / 1_000_000;

    Set<Long> unique = new HashSet<>(ids);
    assertThat(ids).hasSize((int) expected);
    assertThat(unique).hasSize((int) expected);
    ResultPage<Post> first = anonymous.posts().list(PostQuery.builder().perPage(20).build());
    assertThat(first.total()).hasValue(expected);
    assertThat(first.totalPages()).hasValue((expected + 19) / 20);
    System.out.println(
        "auto-pager: "
            + ids.size()
            + " posts in "
            + first.totalPages().getAsLong()
            + " pages, "
            + millis
            + " ms");
  }

  @Test
  void registriesAndSearchDescribeTheSite() {
    assertThat(admin.types().all()).containsKeys("post", "page", "attachment");
    assertThat(admin.types().get("post").route()).isEqualTo("/wp/v2/posts");
    assertThat(admin.taxonomies().get("post_tag").route()).isEqualTo("/wp/v2/tags");
    assertThat(admin.statuses().all()).containsKey("publish");
    assertThat(admin.search().find(SearchQuery.builder().search("Test post 001").build()).items())
        .extracting(r -> r.title())
        .contains("Test post 001");
    assertThat(admin.users().me(Context.EDIT).capabilities()).containsEntry("manage_options", true);
  }

  private User createUser(String role) {
    return admin
        .users()
        .create(
            UserFields.builder()
                .username("it-user-" + RUN)
                .email("it-user-" + RUN + "@example.com")
                .password(UUID.randomUUID().toString())
                .name("IT user " + RUN)
                .roles(role)
                .build());
  }

  /** A 4×1 red PNG, generated so that no binary file is checked in. */
  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 4; x++) {
      image.setRGB(x, 0, Color.RED.getRGB());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
