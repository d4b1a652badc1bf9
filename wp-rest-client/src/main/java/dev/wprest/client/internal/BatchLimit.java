package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.SiteInfo;

/**
 * How many requests one {@code POST /batch/v1} may hold. WordPress describes the route in its index
 * with the schema of {@code requests}, whose {@code maxItems} is its {@code
 * rest_get_max_batch_size} filter's value (25 unless a plugin changes it); without that
 * description, 25.
 */
public final class BatchLimit {
  public static final int WORDPRESS_DEFAULT = 25;
  public static final String ROUTE = "/batch/v1";

  public final int max;
  public final boolean fromSite;

  private BatchLimit(int max, boolean fromSite) {
    this.max = max;
    this.fromSite = fromSite;
  }

  public static BatchLimit of(SiteInfo site) {
    for (JsonNode endpoint : site.index().path("routes").path(ROUTE).path("endpoints")) {
      JsonNode max = endpoint.path("args").path("requests").path("maxItems");
      if (max.canConvertToInt() && max.asInt() > 0) {
        return new BatchLimit(max.asInt(), true);
      }
    }
    return new BatchLimit(WORDPRESS_DEFAULT, false);
  }
}
