package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * A general query: the shared parameters plus the filters of posts, comments and search. For a
 * collection without a typed query (a plugin's route, {@code wp.route(...)}) and for code written
 * before the typed queries; prefer the family's own ({@link PostQuery}, {@link UserQuery}, {@link
 * TermQuery}, {@link CommentQuery}, {@link MediaQuery}, {@link SearchQuery}, ...), which offer only
 * the filters their collection knows. A parameter a collection does not know is ignored by
 * WordPress; {@link Builder#param(String, Object)} sends anything a plugin adds.
 */
public final class Query extends BaseQuery {
  private static final Query NONE = builder().build();

  private Query(Builder b) {
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

  /**
   * No parameters: WordPress's defaults (10 per page, newest first).
   *
   * @return the empty query
   */
  public static Query none() {
    return NONE;
  }

  @Override
  public Builder toBuilder() {
    return new Builder().copy(this);
  }

  @Override
  public Query withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a general {@link Query}. */
  public static final class Builder extends BaseQuery.Builder<Query, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public Query build() {
      return new Query(this);
    }

    /**
     * Only items with these statuses ({@code status}); anything but {@code publish} needs
     * credentials.
     *
     * @param statuses e.g. {@code draft}, {@code publish}
     * @return this
     */
    public Builder status(String... statuses) {
      return set("status", names("statuses", statuses));
    }

    /**
     * Only items by these authors ({@code author}).
     *
     * @param userIds the user ids
     * @return this
     */
    public Builder author(long... userIds) {
      return set("author", ids("userIds", userIds));
    }

    /**
     * Only posts in these categories ({@code categories}).
     *
     * @param termIds the category ids
     * @return this
     */
    public Builder categories(long... termIds) {
      return set("categories", ids("termIds", termIds));
    }

    /**
     * No posts in these categories ({@code categories_exclude}).
     *
     * @param termIds the category ids
     * @return this
     */
    public Builder categoriesExclude(long... termIds) {
      return set("categories_exclude", ids("termIds", termIds));
    }

    /**
     * Only posts with these tags ({@code tags}).
     *
     * @param termIds the tag ids
     * @return this
     */
    public Builder tags(long... termIds) {
      return set("tags", ids("termIds", termIds));
    }

    /**
     * No posts with these tags ({@code tags_exclude}).
     *
     * @param termIds the tag ids
     * @return this
     */
    public Builder tagsExclude(long... termIds) {
      return set("tags_exclude", ids("termIds", termIds));
    }

    /**
     * Only items with these slugs ({@code slug}).
     *
     * @param slugs the slugs
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
     * Only items published before a time in the site's time zone ({@code before}, no offset).
     *
     * @param siteLocal the site-local time
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
     * Only items published after a time in the site's time zone ({@code after}, no offset).
     *
     * @param siteLocal the site-local time
     * @return this
     */
    public Builder after(LocalDateTime siteLocal) {
      return set("after", WpDates.wire(requireNonNull(siteLocal, "siteLocal == null")));
    }

    /**
     * Only children of these parents ({@code parent}); 0 means top level.
     *
     * @param parentIds the parent ids
     * @return this
     */
    public Builder parent(long... parentIds) {
      return set("parent", ids("parentIds", parentIds));
    }

    /**
     * Only comments on these posts ({@code post}).
     *
     * @param postIds the post ids
     * @return this
     */
    public Builder post(long... postIds) {
      return set("post", ids("postIds", postIds));
    }

    /**
     * The kind of search hit ({@code type}: {@code post}, {@code term}, {@code post-format}).
     *
     * @param type the type
     * @return this
     */
    public Builder type(String type) {
      return set("type", requireNonNull(type, "type == null"));
    }
  }
}
