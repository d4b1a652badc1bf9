package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The fields of a menu item to create or change; only the fields set are sent. A custom link needs
 * {@code title}, {@code url} and {@code menus}; a link to a page needs {@code type("post_type")},
 * {@code object("page")}, {@code objectId} and {@code menus}.
 */
public final class MenuItemFields extends WriteFields {
  private MenuItemFields(Builder b) {
    super(b);
  }

  /**
   * Starts a set of fields.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MenuItemFields}. */
  public static final class Builder extends WriteFields.Builder<MenuItemFields, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public MenuItemFields build() {
      return new MenuItemFields(this);
    }

    /**
     * The label ({@code title}).
     *
     * @param title the value
     * @return this
     */
    public Builder title(String title) {
      return field("title", title);
    }

    /**
     * The address of a custom link ({@code url}).
     *
     * @param url the value
     * @return this
     */
    public Builder url(String url) {
      return field("url", url);
    }

    /**
     * {@link PostStatus#PUBLISH} (shown) or {@link PostStatus#DRAFT} ({@code status}).
     *
     * @param status the status
     * @return this
     */
    public Builder status(PostStatus status) {
      return field("status", requireNonNull(status, "status == null").wire());
    }

    /**
     * {@code custom}, {@code post_type}, {@code post_type_archive} or {@code taxonomy} ({@code
     * type}).
     *
     * @param type the value
     * @return this
     */
    public Builder type(String type) {
      return field("type", type);
    }

    /**
     * What it links to: {@code page}, {@code post}, {@code category}, ... ({@code object}).
     *
     * @param object the value
     * @return this
     */
    public Builder object(String object) {
      return field("object", object);
    }

    /**
     * The id of the post or term it links to ({@code object_id}).
     *
     * @param objectId the value
     * @return this
     */
    public Builder objectId(long objectId) {
      return field("object_id", objectId);
    }

    /**
     * The parent item, 0 at the top ({@code parent}).
     *
     * @param parentId the value
     * @return this
     */
    public Builder parent(long parentId) {
      return field("parent", parentId);
    }

    /**
     * Its position in the menu, from 1 ({@code menu_order}).
     *
     * @param order the value
     * @return this
     */
    public Builder menuOrder(int order) {
      return field("menu_order", order);
    }

    /**
     * The menu it belongs to ({@code menus}).
     *
     * @param menuId the value
     * @return this
     */
    public Builder menus(long menuId) {
      return field("menus", menuId);
    }

    /**
     * The link target, {@code _blank} or empty ({@code target}).
     *
     * @param target the value
     * @return this
     */
    public Builder target(String target) {
      return field("target", target);
    }

    /**
     * The link's {@code title} attribute ({@code attr_title}).
     *
     * @param attrTitle the value
     * @return this
     */
    public Builder attrTitle(String attrTitle) {
      return field("attr_title", attrTitle);
    }

    /**
     * The description ({@code description}).
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return field("description", description);
    }

    /**
     * CSS classes ({@code classes}).
     *
     * @param classes the value
     * @return this
     */
    public Builder classes(String... classes) {
      return field("classes", List.of(requireNonNull(classes, "classes == null")));
    }

    /**
     * XFN relationships ({@code xfn}).
     *
     * @param relationships the value
     * @return this
     */
    public Builder xfn(String... relationships) {
      return field("xfn", List.of(requireNonNull(relationships, "relationships == null")));
    }
  }
}
