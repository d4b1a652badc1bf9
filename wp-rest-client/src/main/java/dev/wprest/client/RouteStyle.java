package dev.wprest.client;

/** How a site addresses REST routes. */
public enum RouteStyle {
  /** {@code https://example.com/wp-json/wp/v2/posts}: pretty permalinks with rewrite rules. */
  PRETTY,
  /**
   * {@code https://example.com/?rest_route=/wp/v2/posts}: works on every site, the only form that
   * works with plain permalinks or without rewrite rules.
   */
  QUERY
}
