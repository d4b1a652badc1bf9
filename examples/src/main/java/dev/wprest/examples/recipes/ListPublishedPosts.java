package dev.wprest.examples.recipes;

import dev.wprest.client.ResultPage;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Order;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostOrderBy;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;

/** Recipe: the ten newest published posts, with the site's total. */
public final class ListPublishedPosts {
  private ListPublishedPosts() {}

  /**
   * Runs the recipe.
   *
   * @param args none
   */
  public static void main(String[] args) {
    WordPressClient wp = RecipeSite.client();
    ResultPage<Post> page =
        wp.posts()
            .list(
                PostQuery.builder()
                    .status(PostStatus.PUBLISH)
                    .orderBy(PostOrderBy.DATE)
                    .order(Order.DESC)
                    .perPage(10)
                    .fields("id", "date", "title", "link")
                    .build());
    for (Post post : page.items()) {
      System.out.printf(
          "%6d  %s  %s%n",
          post.id(), post.date().map(Object::toString).orElse("-"), post.title().rendered());
    }
    System.out.println(page.total().orElse(page.items().size()) + " published posts in all");
  }
}
