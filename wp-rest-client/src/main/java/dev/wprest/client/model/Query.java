package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

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
  public static final class Builder extends PostFilters<Query, Builder> {
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
