package dev.wprest.client.model;

/** The parameters of a list of menu items: {@code MenuItemQuery.builder().menus(7).build()}. */
public final class MenuItemQuery extends BaseQuery {
  private MenuItemQuery(Builder b) {
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
  public MenuItemQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link MenuItemQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<MenuItemQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public MenuItemQuery build() {
      return new MenuItemQuery(this);
    }

    /**
     * Only items of these menus ({@code menus}).
     *
     * @param menuIds the ids
     * @return this
     */
    public Builder menus(long... menuIds) {
      return set("menus", ids("menuIds", menuIds));
    }

    /**
     * Only the item at this position ({@code menu_order}).
     *
     * @param order the value
     * @return this
     */
    public Builder menuOrder(long order) {
      return set("menu_order", String.valueOf(order));
    }

    /**
     * Only items with these statuses ({@code publish}, {@code draft}) ({@code status}).
     *
     * @param statuses the values
     * @return this
     */
    public Builder status(String... statuses) {
      return set("status", names("statuses", statuses));
    }

    /**
     * Only children of these items ({@code parent}).
     *
     * @param parentIds the ids
     * @return this
     */
    public Builder parent(long... parentIds) {
      return set("parent", ids("parentIds", parentIds));
    }
  }
}
