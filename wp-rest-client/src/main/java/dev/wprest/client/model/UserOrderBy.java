package dev.wprest.client.model;

/**
 * The sort keys ({@code orderby}) of users: the values {@code WP_REST_Users_Controller} accepts in
 * WordPress 6.1 (read from its {@code get_collection_params()}), and {@link #of(String)} for one a
 * plugin adds. A value the collection does not know is refused with {@code 400 rest_invalid_param}.
 * WordPress's default is {@link #NAME}.
 */
public final class UserOrderBy extends WireValue {
  private static final Known<UserOrderBy> KNOWN = new Known<>("orderby value", UserOrderBy::new);

  /** By id. */
  public static final UserOrderBy ID = KNOWN.add("id");

  /** In the order of {@code include}. */
  public static final UserOrderBy INCLUDE = KNOWN.add("include");

  /** By display name (the default). */
  public static final UserOrderBy NAME = KNOWN.add("name");

  /** By registration date (needs {@code list_users}: others get {@code rest_forbidden_orderby}). */
  public static final UserOrderBy REGISTERED_DATE = KNOWN.add("registered_date");

  /** By slug. */
  public static final UserOrderBy SLUG = KNOWN.add("slug");

  /** In the order of {@code slug}. */
  public static final UserOrderBy INCLUDE_SLUGS = KNOWN.add("include_slugs");

  /** By email (needs {@code list_users}: others get {@code rest_forbidden_orderby}). */
  public static final UserOrderBy EMAIL = KNOWN.add("email");

  /** By website. */
  public static final UserOrderBy URL = KNOWN.add("url");

  private UserOrderBy(String wire) {
    super(wire);
  }

  /**
   * A sort key by its name: the constant when core knows it, else a plugin's.
   *
   * @param name the key as sent, e.g. {@code "id"}
   * @return the key
   * @throws IllegalArgumentException when the name is not one WordPress could accept
   */
  public static UserOrderBy of(String name) {
    return KNOWN.of(name);
  }
}
