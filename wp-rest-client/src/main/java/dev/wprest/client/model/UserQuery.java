package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/** The parameters of a list of users: {@code UserQuery.builder().roles("editor").build()}. */
public final class UserQuery extends BaseQuery {
  private UserQuery(Builder b) {
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
  public UserQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link UserQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<UserQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public UserQuery build() {
      return new UserQuery(this);
    }

    /**
     * Sort key ({@code orderby}); {@link UserOrderBy#NAME} by default.
     *
     * @param key the key
     * @return this
     */
    public Builder orderBy(UserOrderBy key) {
      return set("orderby", requireNonNull(key, "key == null").wire());
    }

    /**
     * Only users with one of these roles (needs {@code list_users}) ({@code roles}).
     *
     * @param roles the values
     * @return this
     */
    public Builder roles(String... roles) {
      return set("roles", names("roles", roles));
    }

    /**
     * Only users with these slugs (user_nicename) ({@code slug}).
     *
     * @param slugs the values
     * @return this
     */
    public Builder slug(String... slugs) {
      return set("slug", names("slugs", slugs));
    }

    /**
     * {@code authors}: only users who may author posts ({@code who}).
     *
     * @param who the value
     * @return this
     */
    public Builder who(String who) {
      return set("who", requireNonNull(who, "who == null"));
    }

    /**
     * Only users who published posts (true) ({@code has_published_posts}).
     *
     * @param published true or false
     * @return this
     */
    public Builder hasPublishedPosts(boolean published) {
      return set("has_published_posts", String.valueOf(published));
    }

    /**
     * Skips this many users (instead of {@code page}) ({@code offset}).
     *
     * @param count the value
     * @return this
     */
    public Builder offset(long count) {
      return set("offset", String.valueOf(count));
    }
  }
}
