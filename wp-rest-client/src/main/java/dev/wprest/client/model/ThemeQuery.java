package dev.wprest.client.model;

/**
 * The parameters of a list of installed themes: {@code
 * ThemeQuery.builder().status("active").build()}.
 */
public final class ThemeQuery extends BaseQuery {
  private ThemeQuery(Builder b) {
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
  public ThemeQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link ThemeQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<ThemeQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public ThemeQuery build() {
      return new ThemeQuery(this);
    }

    /**
     * Only themes with these statuses: {@code active}, {@code inactive} ({@code status}).
     *
     * @param statuses the values
     * @return this
     */
    public Builder status(String... statuses) {
      return set("status", names("statuses", statuses));
    }
  }
}
