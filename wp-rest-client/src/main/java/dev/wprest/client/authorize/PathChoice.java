package dev.wprest.client.authorize;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.SiteInfo;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which way a new Application Password reaches the application: WordPress redirects the browser to
 * a {@link LoopbackReceiver} ({@link Path#LOOPBACK_CALLBACK}), or shows the password on its page
 * for the user to paste ({@link Path#PASTE}, see {@link PasteFlow}). {@link #reason()} says why, in
 * a sentence to show the user.
 *
 * <p>WordPress refuses an {@code http://} {@code success_url} unless the site's environment type is
 * {@code local} ({@code wp_is_authorize_application_redirect_url_valid}, "The URL must be served
 * over a secure connection."), and accepts a request without one everywhere. The decision is made
 * from what the site answers, never from a version string: see {@link #forSite(SiteInfo)} and
 * {@link #fromAuthorizationPage(int, String)}.
 */
public final class PathChoice {
  /** The two ways. */
  public enum Path {
    /** WordPress redirects the browser to the application's receiver on {@code 127.0.0.1}. */
    LOOPBACK_CALLBACK,
    /** WordPress shows the new password on its page; the user pastes it into the application. */
    PASTE
  }

  /** The form WordPress shows when it accepts a request (its no-JavaScript fallback's action). */
  private static final Pattern FORM =
      Pattern.compile("name=[\"']action[\"'][^>]*value=[\"']authorize_application_password[\"']");

  private final Path path;
  private final String reason;

  private PathChoice(Path path, String reason) {
    this.path = path;
    this.reason = reason;
  }

  /**
   * Chooses from the site's index, as discovery read it (nothing more is sent).
   *
   * <p>Over plain {@code http}, WordPress offers Application Passwords only where {@code
   * WP_ENVIRONMENT_TYPE} is {@code local} ({@code wp_is_application_passwords_supported()}: {@code
   * is_ssl() || 'local' === wp_get_environment_type()}), which is exactly where it accepts the
   * receiver's {@code http://} callback: an index read over http that lists them means the callback
   * works. Over {@code https} the index does not tell the environment type, and the authorization
   * page answers only a logged-in browser (anyone else is redirected to {@code wp-login.php}), so
   * the paste path is chosen: WordPress accepts it on every site.
   *
   * @param site what discovery learned, e.g. {@code client.siteInfo()}
   * @return the choice
   * @throws AuthorizationUnavailableException when the site does not offer the authorization page
   */
  public static PathChoice forSite(SiteInfo site) {
    requireNonNull(site, "site == null");
    if (site.authorizationEndpoint().isEmpty()) {
      throw AuthorizationUnavailableException.of(site);
    }
    if ("http".equals(site.apiRoot().getScheme().toLowerCase(Locale.ROOT))) {
      return new PathChoice(
          Path.LOOPBACK_CALLBACK,
          "the site offers Application Passwords over plain http, which WordPress does only where"
              + " its environment type is local, and there it accepts an http://127.0.0.1"
              + " callback");
    }
    return new PathChoice(
        Path.PASTE,
        "over https the site does not tell whether it accepts an http://127.0.0.1 callback"
            + " (WordPress refuses one unless the environment type is local), so WordPress will"
            + " show the new password on its page instead, for you to paste here");
  }

  /**
   * Chooses from the authorization page's answer to a request whose {@code success_url} is a
   * loopback receiver, as a browser logged in to the site saw it (an application that shows the
   * page in its own web view can read it). WordPress shows its form when it accepts the request,
   * and ends the page with {@code wp_die} (HTTP 500, "The Authorize Application request is not
   * allowed. The URL must be served over a secure connection.") when it refuses the callback.
   *
   * @param status the page's HTTP status
   * @param html the page
   * @return the loopback callback when the page shows WordPress's form, else the paste path
   */
  public static PathChoice fromAuthorizationPage(int status, String html) {
    requireNonNull(html, "html == null");
    if (status == 200 && FORM.matcher(html).find()) {
      return new PathChoice(
          Path.LOOPBACK_CALLBACK,
          "the authorization page accepted the http://127.0.0.1 callback (it showed its form)");
    }
    if (status == 500) {
      return new PathChoice(
          Path.PASTE,
          "the authorization page refused the http://127.0.0.1 callback (HTTP 500: WordPress"
              + " accepts an http:// callback only where the environment type is local)");
    }
    return new PathChoice(
        Path.PASTE,
        "the authorization page answered HTTP "
            + status
            + " without its form, which does not show whether it accepts a callback; pasting"
            + " works on every site");
  }

  /**
   * The path the caller chose itself, e.g. from a command-line option.
   *
   * @param path the path
   * @return the choice
   */
  public static PathChoice chosen(Path path) {
    requireNonNull(path, "path == null");
    return new PathChoice(path, "chosen explicitly");
  }

  /**
   * The chosen path.
   *
   * @return the path
   */
  public Path path() {
    return path;
  }

  /**
   * Why, in a sentence for the user.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return "PathChoice{" + path + ": " + reason + "}";
  }
}
