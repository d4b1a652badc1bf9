package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The fields of a navigation menu to create or change; only the fields set are sent. */
public final class MenuFields extends WriteFields {
  private MenuFields(Builder b) {
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

  /** Builds {@link MenuFields}. */
  public static final class Builder extends WriteFields.Builder<MenuFields, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public MenuFields build() {
      return new MenuFields(this);
    }

    /**
     * The menu's name (required to create) ({@code name}).
     *
     * @param name the value
     * @return this
     */
    public Builder name(String name) {
      return field("name", name);
    }

    /**
     * The slug ({@code slug}).
     *
     * @param slug the value
     * @return this
     */
    public Builder slug(String slug) {
      return field("slug", slug);
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
     * The theme locations to assign it to (replaces the current ones; none to unassign) ({@code
     * locations}).
     *
     * @param locations the value
     * @return this
     */
    public Builder locations(String... locations) {
      return field("locations", List.of(requireNonNull(locations, "locations == null")));
    }

    /**
     * Whether new top-level pages are added to it ({@code auto_add}).
     *
     * @param autoAdd the value
     * @return this
     */
    public Builder autoAdd(boolean autoAdd) {
      return field("auto_add", autoAdd);
    }
  }
}
