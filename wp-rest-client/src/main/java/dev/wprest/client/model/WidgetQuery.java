package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/**
 * The parameters of a list of widgets: {@code WidgetQuery.builder().sidebar("sidebar-1").build()}.
 */
public final class WidgetQuery extends BaseQuery {
  private WidgetQuery(Builder b) {
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
  public WidgetQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link WidgetQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<WidgetQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public WidgetQuery build() {
      return new WidgetQuery(this);
    }

    /**
     * Only widgets in this sidebar ({@code sidebar}).
     *
     * @param sidebar the value
     * @return this
     */
    public Builder sidebar(String sidebar) {
      return set("sidebar", requireNonNull(sidebar, "sidebar == null"));
    }
  }
}
