package dev.wprest.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How many requests one {@code POST /batch/v1} may hold. WordPress describes the route in its index
 * with the schema of {@code requests}, whose {@code maxItems} is its {@code
 * rest_get_max_batch_size} filter's value (25 unless a plugin changes it); without that
 * description, 25.
 */
final class BatchLimit {
  static final int WORDPRESS_DEFAULT = 25;
  static final String ROUTE = "/batch/v1";

  final int max;
  final boolean fromSite;

  private BatchLimit(int max, boolean fromSite) {
    this.max = max;
    this.fromSite = fromSite;
  }

  static BatchLimit of(SiteInfo site) {
    for (JsonNode endpoint : site.index().path("routes").path(ROUTE).path("endpoints")) {
      JsonNode max = endpoint.path("args").path("requests").path("maxItems");
      if (max.canConvertToInt() && max.asInt() > 0) {
        return new BatchLimit(max.asInt(), true);
      }
    }
    return new BatchLimit(WORDPRESS_DEFAULT, false);
  }
}
