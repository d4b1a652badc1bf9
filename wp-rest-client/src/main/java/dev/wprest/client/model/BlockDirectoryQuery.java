package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/**
 * The parameters of a block directory search (the directory is api.wordpress.org: the site must
 * reach the internet): {@code BlockDirectoryQuery.builder().term("calendar").perPage(10).build()}.
 * WordPress requires a term; {@link Builder#build()} refuses a query without one.
 */
public final class BlockDirectoryQuery extends BaseQuery {
  private BlockDirectoryQuery(Builder b) {
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
  public BlockDirectoryQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /**
   * Builds a {@link BlockDirectoryQuery}; each setter replaces an earlier value of its parameter.
   */
  public static final class Builder extends BaseQuery.Builder<BlockDirectoryQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws IllegalStateException when no {@link #term(String)} was set
     */
    @Override
    public BlockDirectoryQuery build() {
      BlockDirectoryQuery query = new BlockDirectoryQuery(this);
      if (!query.parameters().containsKey("term")) {
        throw new IllegalStateException("a block directory search needs a term");
      }
      return query;
    }

    /**
     * The words to search the block directory for ({@code term}; required).
     *
     * @param term the words, not blank
     * @return this
     */
    public Builder term(String term) {
      requireNonNull(term, "term == null");
      if (term.isBlank()) {
        throw new IllegalArgumentException(
            "a block directory term must not be blank: '" + term + "'");
      }
      return set("term", term);
    }
  }
}
