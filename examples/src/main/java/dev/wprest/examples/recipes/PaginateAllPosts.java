package dev.wprest.examples.recipes;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recipe: every published post, 100 per request, counted by year. The pager fetches a page only
 * when the previous one is used up and holds one page at a time, so this works on any site size.
 */
public final class PaginateAllPosts {
  private PaginateAllPosts() {}

  /**
   * Runs the recipe.
   *
   * @param args none
   */
  public static void main(String[] args) {
    WordPressClient wp = RecipeSite.client();
    Map<Integer, Integer> perYear = new TreeMap<>();
    PostQuery query = PostQuery.builder().perPage(100).fields("id", "date").build();
    for (Post post : wp.posts().autoPager(query)) {
      post.date().ifPresent(d -> perYear.merge(d.getYear(), 1, Integer::sum));
    }
    perYear.forEach((year, count) -> System.out.println(year + ": " + count + " posts"));
  }
}
