package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The parameters of a list of posts, pages or custom-type items: {@code
 * PostQuery.builder().status("draft").categories(3).perPage(20).build()}. Offers what {@code
 * /wp/v2/posts} knows beyond the shared paging, search and sort.
 */
public final class PostQuery extends BaseQuery {
  private PostQuery(Builder b) {
    super(b);
  }

  /**
   * Starts a query.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder().copy(this);
  }

  @Override
  public PostQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link PostQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<PostQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public PostQuery build() {
      return new PostQuery(this);
    }

    /**
     * Only items with these statuses; anything but {@code publish} needs credentials ({@code
     * status}).
     *
     * @param statuses the values
     * @return this
     */
    public Builder status(String... statuses) {
      return set("status", names("statuses", statuses));
    }

    /**
     * Only items by these authors ({@code author}).
     *
     * @param userIds the ids
     * @return this
     */
    public Builder author(long... userIds) {
      return set("author", ids("userIds", userIds));
    }

    /**
     * No items by these authors ({@code author_exclude}).
     *
     * @param userIds the ids
     * @return this
     */
    public Builder authorExclude(long... userIds) {
      return set("author_exclude", ids("userIds", userIds));
    }

    /**
     * Only posts in these categories ({@code categories}).
     *
     * @param termIds the ids
     * @return this
     */
    public Builder categories(long... termIds) {
      return set("categories", ids("termIds", termIds));
    }

    /**
     * No posts in these categories ({@code categories_exclude}).
     *
     * @param termIds the ids
     * @return this
     */
    public Builder categoriesExclude(long... termIds) {
      return set("categories_exclude", ids("termIds", termIds));
    }

    /**
     * Only posts with these tags ({@code tags}).
     *
     * @param termIds the ids
     * @return this
     */
    public Builder tags(long... termIds) {
      return set("tags", ids("termIds", termIds));
    }

    /**
     * No posts with these tags ({@code tags_exclude}).
     *
     * @param termIds the ids
     * @return this
     */
    public Builder tagsExclude(long... termIds) {
      return set("tags_exclude", ids("termIds", termIds));
    }

    /**
     * Only items with these slugs ({@code slug}).
     *
     * @param slugs the values
     * @return this
     */
    public Builder slug(String... slugs) {
      return set("slug", names("slugs", slugs));
    }

    /**
     * Only items published before an instant ({@code before}).
     *
     * @param instant the instant, with its offset
     * @return this
     */
    public Builder before(OffsetDateTime instant) {
      return set("before", WpDates.wire(requireNonNull(instant, "instant == null")));
    }

    /**
     * Only items published before a site-local time (sent without offset) ({@code before}).
     *
     * @param siteLocal the time in the site's time zone
     * @return this
     */
    public Builder before(LocalDateTime siteLocal) {
      return set("before", WpDates.wire(requireNonNull(siteLocal, "siteLocal == null")));
    }

    /**
     * Only items published after an instant ({@code after}).
     *
     * @param instant the instant, with its offset
     * @return this
     */
    public Builder after(OffsetDateTime instant) {
      return set("after", WpDates.wire(requireNonNull(instant, "instant == null")));
    }

    /**
     * Only items published after a site-local time (sent without offset) ({@code after}).
     *
     * @param siteLocal the time in the site's time zone
     * @return this
     */
    public Builder after(LocalDateTime siteLocal) {
      return set("after", WpDates.wire(requireNonNull(siteLocal, "siteLocal == null")));
    }

    /**
     * Only children of these parents, in a hierarchical type; 0 means top level ({@code parent}).
     *
     * @param parentIds the ids
     * @return this
     */
    public Builder parent(long... parentIds) {
      return set("parent", ids("parentIds", parentIds));
    }

    /**
     * No children of these parents ({@code parent_exclude}).
     *
     * @param parentIds the ids
     * @return this
     */
    public Builder parentExclude(long... parentIds) {
      return set("parent_exclude", ids("parentIds", parentIds));
    }

    /**
     * Only sticky posts (true) or only the others (false) ({@code sticky}).
     *
     * @param sticky true or false
     * @return this
     */
    public Builder sticky(boolean sticky) {
      return set("sticky", String.valueOf(sticky));
    }

    /**
     * Skips this many items (instead of {@code page}) ({@code offset}).
     *
     * @param count the value
     * @return this
     */
    public Builder offset(long count) {
      return set("offset", String.valueOf(count));
    }
  }
}
