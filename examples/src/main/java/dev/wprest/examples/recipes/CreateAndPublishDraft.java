package dev.wprest.examples.recipes;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;

/** Recipe: write a draft, read it back as an editor sees it, then publish it. */
public final class CreateAndPublishDraft {
  private CreateAndPublishDraft() {}

  /**
   * Runs the recipe.
   *
   * @param args none
   */
  public static void main(String[] args) {
    WordPressClient wp = RecipeSite.client();

    Post draft =
        wp.posts()
            .create(
                PostFields.builder()
                    .title("Written with wp-rest")
                    .content("<!-- wp:paragraph --><p>Hello from Java.</p><!-- /wp:paragraph -->")
                    .status(PostStatus.DRAFT)
                    .build());
    System.out.println("draft " + draft.id() + ": " + draft.link());

    Post asEditor = wp.posts().get(draft.id(), PostQuery.builder().context(Context.EDIT).build());
    System.out.println("stored content: " + asEditor.content().raw().orElse(""));

    // Only the status is sent: title and content stay as they are.
    Post published =
        wp.posts().update(draft.id(), PostFields.builder().status(PostStatus.PUBLISH).build());
    System.out.println(
        "published at " + published.dateGmt().orElseThrow() + ": " + published.link());
  }
}
