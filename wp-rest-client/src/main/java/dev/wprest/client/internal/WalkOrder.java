package dev.wprest.client.internal;

import dev.wprest.client.model.BaseQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which orders of one family of collections are total, so that an auto-pager walk neither skips nor
 * repeats an item. WordPress sorts by one column ({@code orderby} is a single value in every core
 * controller, and core's {@code WP_Query}, {@code WP_Term_Query}, {@code WP_User_Query} and {@code
 * WP_Comment_Query} add no tiebreaker, in 6.1 as in later versions); items with the same {@code
 * date} or {@code name} come back in whatever order the database picks for each {@code LIMIT}, so a
 * tie across a page boundary moves items between pages. A walk for which the caller chose no order
 * is therefore sent with {@code orderby=id}, which every core collection controller accepts; an
 * order the caller chose is kept and the walk checks for repeated ids instead.
 */
public final class WalkOrder {
  /** Posts, pages, media and custom post types ({@code WP_REST_Posts_Controller}). */
  public static final WalkOrder POSTS = new WalkOrder("date", Set.of("id", "include"));

  /** Categories, tags and custom taxonomies ({@code WP_REST_Terms_Controller}). */
  public static final WalkOrder TERMS =
      new WalkOrder("name", Set.of("id", "include", "slug", "include_slugs"));

  /** Users ({@code WP_REST_Users_Controller}; slugs and e-mails are unique per site). */
  public static final WalkOrder USERS =
      new WalkOrder("name", Set.of("id", "include", "slug", "include_slugs", "email"));

  /** Comments ({@code WP_REST_Comments_Controller}). */
  public static final WalkOrder COMMENTS = new WalkOrder("date_gmt", Set.of("id", "include"));

  /**
   * A route whose parameters the client does not know (a plugin's, search): nothing is added, the
   * walk only checks for repeated ids.
   */
  public static final WalkOrder UNKNOWN = new WalkOrder(null, Set.of("id", "include"));

  private static final String ORDERBY = "orderby";
  private static final String UNIQUE_KEY = "id";

  private final String defaultKey;
  private final Set<String> uniqueKeys;

  private WalkOrder(String defaultKey, Set<String> uniqueKeys) {
    this.defaultKey = defaultKey;
    this.uniqueKeys = uniqueKeys;
  }

  /**
   * The query a walk sends: the caller's, with {@code orderby=id} added when the caller chose no
   * order and the family is known to accept it. The direction ({@code order}) stays the caller's.
   */
  public BaseQuery totalOrder(BaseQuery query) {
    if (defaultKey == null || query.parameters().containsKey(ORDERBY)) {
      return query;
    }
    return query.toBuilder().param(ORDERBY, UNIQUE_KEY).build();
  }

  /**
   * The sort key of a walk whose items may tie, as sent or as WordPress defaults it; empty when the
   * order is unique.
   */
  public Optional<String> tiedKey(BaseQuery sent) {
    List<String> chosen = sent.parameters().get(ORDERBY);
    if (chosen == null || chosen.isEmpty()) {
      return Optional.of(defaultKey != null ? defaultKey : "the route's default order");
    }
    String key = chosen.get(chosen.size() - 1);
    return uniqueKeys.contains(key) ? Optional.empty() : Optional.of(key);
  }
}
