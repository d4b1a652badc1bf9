package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/**
 * The parameters of a list of categories, tags or other terms: {@code
 * TermQuery.builder().hideEmpty(true).build()}.
 */
public final class TermQuery extends BaseQuery {
  private TermQuery(Builder b) {
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
  public TermQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link TermQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<TermQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public TermQuery build() {
      return new TermQuery(this);
    }

    /**
     * Sort key ({@code orderby}); {@link TermOrderBy#NAME} by default.
     *
     * @param key the key
     * @return this
     */
    public Builder orderBy(TermOrderBy key) {
      return set("orderby", requireNonNull(key, "key == null").wire());
    }

    /**
     * Only terms with these slugs ({@code slug}).
     *
     * @param slugs the values
     * @return this
     */
    public Builder slug(String... slugs) {
      return set("slug", names("slugs", slugs));
    }

    /**
     * Only children of this term, in a hierarchical taxonomy; 0 means top level ({@code parent}).
     *
     * @param parentId the value
     * @return this
     */
    public Builder parent(long parentId) {
      return set("parent", String.valueOf(parentId));
    }

    /**
     * Only terms assigned to this post ({@code post}).
     *
     * @param postId the value
     * @return this
     */
    public Builder post(long postId) {
      return set("post", String.valueOf(postId));
    }

    /**
     * Leaves out terms no post uses (true) ({@code hide_empty}).
     *
     * @param hide true or false
     * @return this
     */
    public Builder hideEmpty(boolean hide) {
      return set("hide_empty", String.valueOf(hide));
    }

    /**
     * Skips this many terms (instead of {@code page}) ({@code offset}).
     *
     * @param count the value
     * @return this
     */
    public Builder offset(long count) {
      return set("offset", String.valueOf(count));
    }
  }
}
