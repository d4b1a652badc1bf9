package dev.wprest.client;

/** How the client found a site's REST API root. */
public enum DiscoveryMethod {
  /** The base URL was already an API root ({@code .../wp-json/} or {@code ?rest_route=/}). */
  GIVEN,
  /** The home page's {@code Link: <...>; rel="https://api.w.org/"} header. */
  LINK_HEADER,
  /** The home page's HTML {@code <link rel="https://api.w.org/">}. */
  HTML_LINK,
  /** {@code /wp-json/} answered with WordPress's index. */
  WP_JSON_PROBE,
  /** {@code /wp-json/} was not served; {@code ?rest_route=/} answered. */
  REST_ROUTE_FALLBACK
}
