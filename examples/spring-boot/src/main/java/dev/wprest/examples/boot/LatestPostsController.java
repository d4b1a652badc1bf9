package dev.wprest.examples.boot;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Order;
import dev.wprest.client.model.PostOrderBy;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /posts/latest}: the titles of the newest published posts, newest first. */
@RestController
public class LatestPostsController {
  private static final int MAX_COUNT = 100;

  private final WordPressClient wordPress;

  /**
   * Uses the client the starter built from the {@code wordpress.*} properties.
   *
   * @param wordPress the auto-configured client
   */
  public LatestPostsController(WordPressClient wordPress) {
    this.wordPress = wordPress;
  }

  /**
   * The newest published post titles.
   *
   * @param count how many, 1 to 100 (WordPress's own per_page limit)
   * @return the rendered titles, newest first
   */
  @GetMapping("/posts/latest")
  public List<String> latestTitles(@RequestParam(name = "count", defaultValue = "10") int count) {
    PostQuery query =
        PostQuery.builder()
            .status(PostStatus.PUBLISH)
            .orderBy(PostOrderBy.DATE)
            .order(Order.DESC)
            .perPage(Math.max(1, Math.min(count, MAX_COUNT)))
            .fields("id", "title")
            .build();
    return wordPress.posts().list(query).items().stream()
        .map(post -> post.title().rendered())
        .collect(Collectors.toList());
  }
}
