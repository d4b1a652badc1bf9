package dev.wprest.client.model;

/**
 * The parameters of a pattern directory search (the directory is api.wordpress.org: the site must
 * reach the internet): {@code PatternDirectoryQuery.builder().search("header").build()}.
 */
public final class PatternDirectoryQuery extends BaseQuery {
  private PatternDirectoryQuery(Builder b) {
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
  public PatternDirectoryQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /**
   * Builds a {@link PatternDirectoryQuery}; each setter replaces an earlier value of its parameter.
   */
  public static final class Builder extends BaseQuery.Builder<PatternDirectoryQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public PatternDirectoryQuery build() {
      return new PatternDirectoryQuery(this);
    }

    /**
     * Only patterns of this directory category ({@code category}).
     *
     * @param categoryId the value
     * @return this
     */
    public Builder category(long categoryId) {
      return set("category", String.valueOf(categoryId));
    }

    /**
     * Only patterns with this directory keyword ({@code keyword}).
     *
     * @param keywordId the value
     * @return this
     */
    public Builder keyword(long keywordId) {
      return set("keyword", String.valueOf(keywordId));
    }

    /**
     * Only the patterns with these slugs ({@code slug}).
     *
     * @param slugs the values
     * @return this
     */
    public Builder slug(String... slugs) {
      return set("slug", names("slugs", slugs));
    }
  }
}
