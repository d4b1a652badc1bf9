package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * The filters of the post-like collections (posts, pages, custom types), as {@link
 * PostQuery.Builder} offers them.
 *
 * @param <Q> the query type built
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class PostFilters<Q extends BaseQuery, B extends PostFilters<Q, B>>
    extends BaseQuery.Builder<Q, B> {
  /** A builder with no filters set. */
  PostFilters() {}

  /**
   * Only items with these statuses; anything but {@link PostStatus#PUBLISH} (the default) needs
   * credentials ({@code status}). {@link PostStatus#ANY} is every status the caller may read.
   *
   * @param statuses the statuses, e.g. {@code PostStatus.DRAFT, PostStatus.of("my-review")}
   * @return this
   */
  public B status(PostStatus... statuses) {
    return set("status", wires("statuses", statuses));
  }

  /**
   * Sort key ({@code orderby}); {@link PostOrderBy#DATE} by default.
   *
   * @param key the key, e.g. {@link PostOrderBy#ID}
   * @return this
   */
  public B orderBy(PostOrderBy key) {
    return set("orderby", requireNonNull(key, "key == null").wire());
  }

  /**
   * Only items by these authors ({@code author}).
   *
   * @param userIds the ids
   * @return this
   */
  public B author(long... userIds) {
    return set("author", ids("userIds", userIds));
  }

  /**
   * No items by these authors ({@code author_exclude}).
   *
   * @param userIds the ids
   * @return this
   */
  public B authorExclude(long... userIds) {
    return set("author_exclude", ids("userIds", userIds));
  }

  /**
   * Only posts in these categories ({@code categories}).
   *
   * @param termIds the ids
   * @return this
   */
  public B categories(long... termIds) {
    return set("categories", ids("termIds", termIds));
  }

  /**
   * Only posts in these categories ({@code categories}), as {@code Post.categories()} returns them.
   *
   * @param termIds the ids
   * @return this
   */
  public B categories(Collection<Long> termIds) {
    return set("categories", ids("termIds", termIds));
  }

  /**
   * No posts in these categories ({@code categories_exclude}).
   *
   * @param termIds the ids
   * @return this
   */
  public B categoriesExclude(long... termIds) {
    return set("categories_exclude", ids("termIds", termIds));
  }

  /**
   * Only posts with these tags ({@code tags}).
   *
   * @param termIds the ids
   * @return this
   */
  public B tags(long... termIds) {
    return set("tags", ids("termIds", termIds));
  }

  /**
   * Only posts with these tags ({@code tags}), as {@code Post.tags()} returns them.
   *
   * @param termIds the ids
   * @return this
   */
  public B tags(Collection<Long> termIds) {
    return set("tags", ids("termIds", termIds));
  }

  /**
   * No posts with these tags ({@code tags_exclude}).
   *
   * @param termIds the ids
   * @return this
   */
  public B tagsExclude(long... termIds) {
    return set("tags_exclude", ids("termIds", termIds));
  }

  /**
   * Only items with these slugs ({@code slug}).
   *
   * @param slugs the values
   * @return this
   */
  public B slug(String... slugs) {
    return set("slug", names("slugs", slugs));
  }

  /**
   * Only items published before an instant ({@code before}).
   *
   * @param instant the instant, with its offset
   * @return this
   */
  public B before(OffsetDateTime instant) {
    return set("before", WpDates.wire(requireNonNull(instant, "instant == null")));
  }

  /**
   * Only items published before a site-local time (sent without offset) ({@code before}).
   *
   * @param siteLocal the time in the site's time zone
   * @return this
   */
  public B before(LocalDateTime siteLocal) {
    return set("before", WpDates.wire(requireNonNull(siteLocal, "siteLocal == null")));
  }

  /**
   * Only items published after an instant ({@code after}).
   *
   * @param instant the instant, with its offset
   * @return this
   */
  public B after(OffsetDateTime instant) {
    return set("after", WpDates.wire(requireNonNull(instant, "instant == null")));
  }

  /**
   * Only items published after a site-local time (sent without offset) ({@code after}).
   *
   * @param siteLocal the time in the site's time zone
   * @return this
   */
  public B after(LocalDateTime siteLocal) {
    return set("after", WpDates.wire(requireNonNull(siteLocal, "siteLocal == null")));
  }

  /**
   * Only children of these parents, in a hierarchical type; 0 means top level ({@code parent}).
   *
   * @param parentIds the ids
   * @return this
   */
  public B parent(long... parentIds) {
    return set("parent", ids("parentIds", parentIds));
  }

  /**
   * No children of these parents ({@code parent_exclude}).
   *
   * @param parentIds the ids
   * @return this
   */
  public B parentExclude(long... parentIds) {
    return set("parent_exclude", ids("parentIds", parentIds));
  }

  /**
   * Only sticky posts (true) or only the others (false) ({@code sticky}).
   *
   * @param sticky true or false
   * @return this
   */
  public B sticky(boolean sticky) {
    return set("sticky", String.valueOf(sticky));
  }

  /**
   * Skips this many items (instead of {@code page}) ({@code offset}).
   *
   * @param count the value
   * @return this
   */
  public B offset(long count) {
    return set("offset", String.valueOf(count));
  }
}
