package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/**
 * The parameters of a site search ({@code /wp/v2/search}): {@code
 * SearchQuery.builder().search("release").type("post").build()}.
 */
public final class SearchQuery extends BaseQuery {
  private SearchQuery(Builder b) {
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
  public SearchQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link SearchQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<SearchQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public SearchQuery build() {
      return new SearchQuery(this);
    }

    /**
     * The kind of hit: {@code post}, {@code term} or {@code post-format} ({@code type}).
     *
     * @param type the value
     * @return this
     */
    public Builder type(String type) {
      return set("type", requireNonNull(type, "type == null"));
    }

    /**
     * Only hits of these subtypes, e.g. {@code post}, {@code page}, {@code category} ({@code
     * subtype}).
     *
     * @param subtypes the values
     * @return this
     */
    public Builder subtype(String... subtypes) {
      return set("subtype", names("subtypes", subtypes));
    }
  }
}
