package dev.wprest.client.model;

/**
 * The parameters of a list of installed plugins: {@code
 * PluginQuery.builder().status("active").build()}.
 */
public final class PluginQuery extends BaseQuery {
  private PluginQuery(Builder b) {
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
  public PluginQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link PluginQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<PluginQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public PluginQuery build() {
      return new PluginQuery(this);
    }

    /**
     * Only plugins with these statuses: {@code active}, {@code inactive} ({@code status}).
     *
     * @param statuses the values
     * @return this
     */
    public Builder status(String... statuses) {
      return set("status", names("statuses", statuses));
    }
  }
}
