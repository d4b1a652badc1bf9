package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

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
     * Sort key ({@code orderby}); {@link PostOrderBy#MENU_ORDER} by default.
     *
     * @param key the key
     * @return this
     */
    public Builder orderBy(PostOrderBy key) {
      return set("orderby", requireNonNull(key, "key == null").wire());
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
     * Only items with these statuses ({@code status}); {@link PostStatus#PUBLISH} by default.
     *
     * @param statuses the statuses
     * @return this
     */
    public Builder status(PostStatus... statuses) {
      return set("status", wires("statuses", statuses));
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
