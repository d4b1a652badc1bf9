package dev.wprest.client.internal;

import java.util.regex.Pattern;

/** A route with its ids replaced by {@code {id}}, so that metrics and traces stay bounded. */
public final class RouteTemplates {
  /** A number, a UUID, or a long hexadecimal string (hashes, tokens the caller put in a route). */
  private static final Pattern ID =
      Pattern.compile(
          "\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
              + "|[0-9a-fA-F]{16,}");

  private RouteTemplates() {}

  /** The template of a route such as {@code /wp/v2/posts/42}: {@code /wp/v2/posts/{id}}. */
  public static String of(String route) {
    String[] segments = route.split("/", -1);
    StringBuilder template = new StringBuilder(route.length());
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        template.append('/');
      }
      template.append(ID.matcher(segments[i]).matches() ? "{id}" : segments[i]);
    }
    return template.toString();
  }
}
