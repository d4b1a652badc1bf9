package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/**
 * The general query, for the routes without a family query of their own: a plugin's collection
 * ({@code wp.route("/myplugin/v1/things")}) and the registries ({@code wp.taxonomies()}, {@code
 * wp.types()}, {@code wp.statuses()}). Each family takes its own query and no other ({@code
 * wp.posts()} a {@link PostQuery}, {@code wp.users()} a {@link UserQuery}, {@code wp.categories()}
 * a {@link TermQuery}, ...), which offers only the filters its collection knows. A plugin route's
 * own parameters go through {@link Builder#param(String, Object)}.
 */
public final class Query extends BaseQuery {
  private static final Query NONE = builder().build();

  private Query(Builder b) {
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

  /**
   * No parameters: the route's defaults.
   *
   * @return the empty query
   */
  public static Query none() {
    return NONE;
  }

  @Override
  public Builder toBuilder() {
    return new Builder().copy(this);
  }

  @Override
  public Query withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a general {@link Query}. */
  public static final class Builder extends BaseQuery.Builder<Query, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public Query build() {
      return new Query(this);
    }

    /**
     * Sort key ({@code orderby}) of a plugin's route, as it documents it; the families' queries
     * take their typed keys instead ({@link PostOrderBy}, {@link TermOrderBy}, ...).
     *
     * @param key the key
     * @return this
     */
    public Builder orderBy(String key) {
      return set("orderby", requireNonNull(key, "key == null"));
    }
  }
}
