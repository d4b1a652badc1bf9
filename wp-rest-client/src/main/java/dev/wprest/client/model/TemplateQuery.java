package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/** The parameters of a list of block templates or template parts. */
public final class TemplateQuery extends BaseQuery {
  private TemplateQuery(Builder b) {
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
  public TemplateQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link TemplateQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<TemplateQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public TemplateQuery build() {
      return new TemplateQuery(this);
    }

    /**
     * Only the template saved as this post id ({@code wp_id}).
     *
     * @param postId the value
     * @return this
     */
    public Builder wpId(long postId) {
      return set("wp_id", String.valueOf(postId));
    }

    /**
     * Only template parts of this area: {@code header}, {@code footer}, ... ({@code area}).
     *
     * @param area the value
     * @return this
     */
    public Builder area(String area) {
      return set("area", requireNonNull(area, "area == null"));
    }

    /**
     * Only templates usable for this post type ({@code post_type}).
     *
     * @param postType the value
     * @return this
     */
    public Builder postType(String postType) {
      return set("post_type", requireNonNull(postType, "postType == null"));
    }
  }
}
