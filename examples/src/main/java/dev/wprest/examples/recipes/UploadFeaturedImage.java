package dev.wprest.examples.recipes;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Media;
import dev.wprest.client.model.MediaFields;
import dev.wprest.client.model.MediaUpload;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostStatus;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Recipe: upload an image, give it alt text, and make it a new draft's featured image. The image
 * file is the only argument.
 */
public final class UploadFeaturedImage {
  private UploadFeaturedImage() {}

  /**
   * Runs the recipe.
   *
   * @param args the image file, e.g. {@code photo.jpg}
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: UploadFeaturedImage <image file>");
      System.exit(2);
    }
    Path file = Paths.get(args[0]);
    WordPressClient wp = RecipeSite.client();

    Media image =
        wp.media()
            .upload(
                MediaUpload.of(file)
                    .withFields(MediaFields.builder().altText("Uploaded with wp-rest").build()));
    System.out.println("uploaded " + image.id() + ": " + image.sourceUrl());

    Post post =
        wp.posts()
            .create(
                PostFields.builder()
                    .title("A post with a picture")
                    .status(PostStatus.DRAFT)
                    .featuredMedia(image.id())
                    .build());
    System.out.println(
        "draft " + post.id() + " has featured image " + post.featuredMedia().getAsLong());
  }
}
