package dev.wprest.client.model;

/** The site health tests {@code /wp-site-health/v1/tests/...} serves in WordPress 6.1. */
public enum SiteHealthCheck {
  /** Whether automatic background updates can work. */
  BACKGROUND_UPDATES("background-updates"),
  /** Whether the site can request itself (cron, the theme and plugin editors need it). */
  LOOPBACK_REQUESTS("loopback-requests"),
  /** Whether the site's addresses use HTTPS. */
  HTTPS_STATUS("https-status"),
  /** Whether the site can reach wordpress.org (needs the internet). */
  DOTORG_COMMUNICATION("dotorg-communication"),
  /** Whether the {@code Authorization} header reaches WordPress (Application Passwords need it). */
  AUTHORIZATION_HEADER("authorization-header"),
  /** Whether a page cache answers the site's pages (since WordPress 6.1). */
  PAGE_CACHE("page-cache");

  private final String route;

  SiteHealthCheck(String route) {
    this.route = route;
  }

  /**
   * The test's route segment, e.g. {@code https-status}.
   *
   * @return the segment
   */
  public String route() {
    return route;
  }
}
