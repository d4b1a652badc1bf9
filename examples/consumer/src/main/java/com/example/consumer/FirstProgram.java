package com.example.consumer;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.ResultPage;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.User;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.TextRenderer;

/** Signs in with an Application Password and lists the latest posts; explains a failure. */
public final class FirstProgram {
  private FirstProgram() {}

  /**
   * Runs the program: the site, user and Application Password come from the environment.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // One client per site: immutable and thread-safe, share it; there is nothing to close.
    WordPressClient wp =
        WordPressClient.builder()
            .baseUrl(System.getenv("WP_BASE_URL"))
            .auth(
                AuthStrategy.applicationPassword(
                    System.getenv("WP_USER"), System.getenv("WP_APP_PASSWORD")))
            .build();
    try {
      // Fails here, typed, when WordPress refuses the credential: public reads would not.
      User me = wp.verify();
      System.out.println("Signed in as " + me.decodedName());
      ResultPage<Post> latest = wp.posts().list(PostQuery.builder().perPage(5).build());
      for (Post post : latest.items()) {
        System.out.println(post.id() + "  " + post.title().rendered());
      }
    } catch (WordPressException e) {
      Diagnosis diagnosis = AuthDiagnostics.diagnose(e); // why it failed, and what to check first
      System.err.println(TextRenderer.render(diagnosis));
      System.exit(1);
    }
  }
}
