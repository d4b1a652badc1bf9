package dev.wprest.diagnostics.internal;

import java.util.Locale;

/**
 * The capability WordPress core's own routes check, and the lowest default role that has it, so
 * that a permission failure names what to ask for rather than "an author or editor". Plugins'
 * routes are not known: for them the answer says so. Not API: it may change in any release.
 */
public final class CoreCapabilities {
  private CoreCapabilities() {}

  /**
   * What {@code method route} needs on WordPress core, in one phrase.
   *
   * @param method e.g. {@code POST}
   * @param route e.g. {@code /wp/v2/posts}
   * @return e.g. "the edit_posts capability (contributor and up; publishing needs publish_posts,
   *     author and up)"
   */
  public static String needed(String method, String route) {
    String m = method.toUpperCase(Locale.ROOT);
    boolean read = m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
    String r = route.replaceAll("/+$", "");
    if (r.startsWith("/wp/v2/settings")) {
      return "the manage_options capability (administrator)";
    }
    if (r.startsWith("/wp/v2/plugins")) {
      return read
          ? "the activate_plugins capability (administrator)"
          : "the activate_plugins / install_plugins capabilities (administrator)";
    }
    if (r.startsWith("/wp/v2/themes")) {
      return "the switch_themes or edit_theme_options capability (administrator)";
    }
    if (r.matches("/wp/v2/users/me(/.*)?")) {
      return "only a logged-in user (any role)";
    }
    if (r.startsWith("/wp/v2/users")) {
      if (m.equals("POST") && r.equals("/wp/v2/users")) {
        return "the create_users capability (administrator)";
      }
      if (m.equals("DELETE")) {
        return "the delete_users capability (administrator)";
      }
      return read
          ? "the list_users capability (administrator) for other users and context=edit"
          : "the edit_users capability (administrator)";
    }
    if (r.startsWith("/wp/v2/pages")) {
      return read
          ? "the edit_pages capability (editor) for drafts and context=edit"
          : "the edit_pages capability, and edit_others_pages for others' pages (editor)";
    }
    if (r.matches("/wp/v2/posts/\\d+.*")) {
      return m.equals("DELETE")
          ? "delete_posts for your own posts (author), delete_others_posts for others' (editor)"
          : "edit_posts for your own posts (contributor, author), edit_others_posts for others'"
              + " (editor)";
    }
    if (r.startsWith("/wp/v2/posts")) {
      return read
          ? "the edit_posts capability (contributor and up) for drafts and context=edit"
          : "the edit_posts capability (contributor and up; publishing needs publish_posts, author"
              + " and up)";
    }
    if (r.startsWith("/wp/v2/media")) {
      return "the upload_files capability (author and up)";
    }
    if (r.startsWith("/wp/v2/comments")) {
      return read
          ? "the moderate_comments capability (editor) for unapproved comments and context=edit"
          : "the moderate_comments capability (editor) to edit others' comments";
    }
    if (r.startsWith("/wp/v2/categories") || r.startsWith("/wp/v2/tags")) {
      return read ? "nothing for published terms" : "the manage_categories capability (editor)";
    }
    if (r.startsWith("/wp/v2/application-passwords") || r.contains("/application-passwords")) {
      return "the edit_user capability for that user (the user themself, or an administrator)";
    }
    if (r.startsWith("/wp-site-health/")) {
      return "the view_site_health_checks capability (administrator)";
    }
    return "the capability the route's plugin checks (not one of WordPress core's routes)";
  }
}
