package com.example.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AutoPager;
import dev.wprest.client.Batch;
import dev.wprest.client.BatchItem;
import dev.wprest.client.BatchResult;
import dev.wprest.client.RequestOptions;
import dev.wprest.client.Upserted;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.model.Media;
import dev.wprest.client.model.MediaFields;
import dev.wprest.client.model.MediaQuery;
import dev.wprest.client.model.MediaUpload;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import dev.wprest.client.model.Term;
import dev.wprest.client.model.User;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.TextRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Syncs the posts described in {@code content/posts.json} to a site: each post is created or
 * updated by its slug (published, scheduled or draft), with its categories and tags by name, its
 * excerpt and its featured image; then one batch closes comments on all of them, and the
 * category's posts are counted with the auto-pager. Run it twice: the second run changes the same
 * posts and creates nothing. A failure is explained by the diagnostics module.
 *
 * <p>Usage: {@code WP_BASE_URL=... WP_USER=... WP_APP_PASSWORD=... ContentSync [content-dir]}
 */
public final class ContentSync {
  /** Every post of the sync is in this category, which the pager walks at the end. */
  static final String CATEGORY = "Sync Demo";

  /** Writes and uploads get a longer deadline than reads; each call, every attempt included. */
  private static final RequestOptions UPLOAD =
      RequestOptions.builder().timeout(Duration.ofSeconds(60)).build();

  private final WordPressClient wp;
  private final Path content;
  private int created;
  private int updated;
  private int failed;

  private ContentSync(WordPressClient wp, Path content) {
    this.wp = wp;
    this.content = content;
  }

  /**
   * Runs the sync.
   *
   * @param args the content folder (default {@code content})
   * @throws IOException when the content cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path content = Paths.get(args.length > 0 ? args[0] : "content");
    JsonNode posts = new ObjectMapper().readTree(content.resolve("posts.json").toFile());
    WordPressClient wp = WordPressClient.fromEnvironment();
    try {
      User me = wp.verify(); // a refused password fails here, not at the first write
      System.out.println("Signed in as " + me.decodedName());
    } catch (WordPressException e) {
      explain("signing in", e);
      System.exit(1);
    }
    ContentSync sync = new ContentSync(wp, content);
    List<Post> synced = new ArrayList<>();
    for (JsonNode post : posts) {
      try {
        synced.add(sync.upsert(post));
      } catch (WordPressException e) {
        sync.failed++;
        explain("syncing " + post.path("slug").asText(), e);
      }
    }
    sync.closeComments(synced);
    sync.countCategory();
    System.out.printf(
        "created %d, updated %d, failed %d%n", sync.created, sync.updated, sync.failed);
    System.exit(sync.failed == 0 ? 0 : 1);
  }

  private Post upsert(JsonNode post) {
    String slug = post.path("slug").asText();
    PostFields.Builder fields =
        PostFields.builder()
            .title(post.path("title").asText())
            .content(post.path("content").asText())
            .excerpt(post.path("excerpt").asText())
            .status(PostStatus.of(post.path("status").asText("publish")))
            .categories(termIds(wp.categories()::findOrCreate, post.path("categories")))
            .tags(termIds(wp.tags()::findOrCreate, post.path("tags")));
    if (post.hasNonNull("date")) {
      fields.date(LocalDateTime.parse(post.get("date").asText())); // site-local; future schedules
    }
    Media image = post.hasNonNull("image") ? image(post.get("image").asText(), slug) : null;
    if (image != null) {
      fields.featuredMedia(image.id());
    }
    Upserted<Post> result = wp.posts().createOrUpdateBySlug(slug, fields.build());
    Post stored = result.item();
    if (result.created()) {
      created++;
    } else {
      updated++;
    }
    if (image != null && image.post().orElse(0) != stored.id()) {
      // Attached to its post, so that the post's media list (and an export) finds it.
      wp.media().update(image.id(), MediaFields.builder().post(stored.id()).build());
    }
    System.out.println(
        (result.created() ? "created " : "updated ")
            + stored.status().map(PostStatus::toString).orElse("?")
            + " "
            + slug);
    return stored;
  }

  /** The image uploaded once: found again by its slug (the file name without extension). */
  private Media image(String file, String postSlug) {
    Path path = content.resolve(file);
    String name = path.getFileName().toString();
    String slug = name.substring(0, name.lastIndexOf('.'));
    List<Media> found = wp.media().list(MediaQuery.builder().slug(slug).build()).items();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    MediaUpload upload =
        MediaUpload.of(path)
            .withFields(MediaFields.builder().title(slug).altText("Cover of " + postSlug).build());
    return wp.media().upload(upload, UPLOAD);
  }

  private static long[] termIds(TermLookup lookup, JsonNode names) {
    long[] ids = new long[names.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = lookup.findOrCreate(names.get(i).asText()).id();
    }
    return ids;
  }

  /** One batch request closes comments on every synced post (10 updates, one round trip). */
  private void closeComments(List<Post> posts) {
    Batch batch = wp.batch();
    for (Post post : posts) {
      batch.update(wp.posts(), post.id(), PostFields.builder().commentStatus("closed").build());
    }
    try {
      BatchResult result = batch.send();
      for (BatchItem<?> item : result.failures()) {
        failed++;
        explain("closing comments on " + item.path(), item.failure().get());
      }
      System.out.println(
          "closed comments on "
              + (posts.size() - result.failures().size())
              + " posts in one batch");
    } catch (WordPressException e) {
      failed++;
      explain("the batch", e);
    }
  }

  /** Walks the category with the auto-pager: every post of it exactly once, by id. */
  private void countCategory() {
    Term category = wp.categories().findOrCreate(CATEGORY);
    AutoPager<Post> pager =
        wp.posts()
            .autoPager(
                PostQuery.builder()
                    .categories(category.id())
                    .status(PostStatus.PUBLISH, PostStatus.FUTURE, PostStatus.DRAFT)
                    .perPage(3)
                    .build())
            .options(RequestOptions.builder().timeout(Duration.ofSeconds(20)).build());
    long count = pager.stream().count();
    System.out.println("category " + category.decodedName() + " holds " + count + " posts");
  }

  private static void explain(String what, WordPressException e) {
    System.err.println("Failed " + what + ":");
    System.err.println(TextRenderer.render(AuthDiagnostics.diagnose(e)));
  }

  /** A taxonomy's find-or-create, for categories and tags alike. */
  private interface TermLookup {
    Term findOrCreate(String name);
  }
}
