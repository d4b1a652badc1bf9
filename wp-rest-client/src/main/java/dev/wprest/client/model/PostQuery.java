package dev.wprest.client.model;

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
  public static final class Builder extends PostFilters<PostQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public PostQuery build() {
      return new PostQuery(this);
    }
  }
}
