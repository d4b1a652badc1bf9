package com.example.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wprest.client.NotFoundException;
import dev.wprest.client.TermService;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.model.Media;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.TextRenderer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Exports every published post to a folder: one JSON file per post ({@code <id>-<slug>.json}:
 * title, dates, excerpt, content, category and tag names) and its featured image under {@code
 * media/}. The posts are walked by id, four pages fetched ahead; images are downloaded without
 * credentials, as any visitor reads them.
 *
 * <p>Usage: {@code WP_BASE_URL=... [WP_USER=... WP_APP_PASSWORD=...] ExportPosts <folder>}
 */
public final class ExportPosts {
  private final WordPressClient wp;
  private final Path folder;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient files =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final Map<Long, String> termNames = new HashMap<>();
  private int mediaFiles;

  private ExportPosts(WordPressClient wp, Path folder) {
    this.wp = wp;
    this.folder = folder;
  }

  /**
   * Runs the export.
   *
   * @param args the folder to write to
   * @throws IOException when a file cannot be written
   * @throws InterruptedException when interrupted during a download
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 1) {
      System.err.println("usage: ExportPosts <folder>");
      System.exit(2);
    }
    Path folder = Paths.get(args[0]);
    Files.createDirectories(folder.resolve("media"));
    ExportPosts export = new ExportPosts(WordPressClient.fromEnvironment(), folder);
    long posts = 0;
    try (Stream<Post> all =
        export.wp.posts().autoPager(PostQuery.builder().perPage(20).build()).parallel(4).stream()) {
      for (Post post : (Iterable<Post>) all::iterator) {
        export.write(post);
        posts++;
      }
    } catch (WordPressException e) {
      System.err.println(TextRenderer.render(AuthDiagnostics.diagnose(e)));
      System.exit(1);
    }
    System.out.printf(
        "exported %d posts and %d media files to %s%n", posts, export.mediaFiles, folder);
  }

  private void write(Post post) throws IOException, InterruptedException {
    ObjectNode out = json.createObjectNode();
    out.put("id", post.id());
    out.put("slug", post.slug());
    out.put("title", post.title().rendered());
    out.put("date", post.date().map(Object::toString).orElse(null));
    out.put("link", post.link());
    out.put("excerpt", post.excerpt().rendered());
    out.put("content", post.content().rendered());
    names(out.putArray("categories"), wp.categories(), post.categories());
    names(out.putArray("tags"), wp.tags(), post.tags());
    long mediaId = post.featuredMedia().orElse(0);
    if (mediaId > 0) {
      out.put("featuredMedia", download(mediaId));
    }
    json.writerWithDefaultPrettyPrinter()
        .writeValue(folder.resolve(post.id() + "-" + post.slug() + ".json").toFile(), out);
  }

  /** The terms' names as text ({@code R&D}, not WordPress's {@code R&amp;D}), each asked once. */
  private void names(ArrayNode into, TermService terms, List<Long> ids) {
    for (long id : ids) {
      into.add(termNames.computeIfAbsent(id, k -> terms.get(k).decodedName()));
    }
  }

  /** Downloads an image once; its file name under media/, or null when it is gone. */
  private String download(long mediaId) throws IOException, InterruptedException {
    Media media;
    try {
      media = wp.media().get(mediaId);
    } catch (NotFoundException e) {
      return null; // the post still names an image that was deleted
    }
    URI source = URI.create(media.sourceUrl());
    String path = source.getPath();
    String name = "media/" + mediaId + "-" + path.substring(path.lastIndexOf('/') + 1);
    Path target = folder.resolve(name);
    if (!Files.exists(target)) {
      HttpResponse<Path> answer =
          files.send(
              HttpRequest.newBuilder(source).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofFile(target));
      if (answer.statusCode() != 200) {
        Files.delete(target);
        throw new IOException(answer.statusCode() + " for " + source);
      }
      mediaFiles++;
    }
    return name;
  }
}
