package dev.wprest.examples.recipes;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressClient;

/**
 * The site the recipes talk to, from the environment: {@code WP_BASE_URL}, {@code WP_USER} and
 * {@code WP_APP_PASSWORD} (an Application Password from Users → Profile). Credentials come from the
 * environment, never from arguments, so they stay out of shell history and process listings.
 */
final class RecipeSite {
  private RecipeSite() {}

  static WordPressClient client() {
    return WordPressClient.builder()
        .baseUrl(env("WP_BASE_URL"))
        .auth(AuthStrategy.applicationPassword(env("WP_USER"), env("WP_APP_PASSWORD")))
        .build();
  }

  static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      System.err.println(
          "set WP_BASE_URL, WP_USER and WP_APP_PASSWORD (an Application Password): "
              + name
              + " is missing");
      System.exit(2);
    }
    return value;
  }
}
