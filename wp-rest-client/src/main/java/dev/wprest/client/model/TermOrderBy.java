package dev.wprest.client.model;

/**
 * The sort keys ({@code orderby}) of categories, tags, menus and custom taxonomies: the values
 * {@code WP_REST_Terms_Controller} accepts in WordPress 6.1 (read from its {@code
 * get_collection_params()}), and {@link #of(String)} for one a plugin adds. A value the collection
 * does not know is refused with {@code 400 rest_invalid_param}. WordPress's default is {@link
 * #NAME}.
 */
public final class TermOrderBy extends WireValue {
  private static final Known<TermOrderBy> KNOWN = new Known<>("orderby value", TermOrderBy::new);

  /** By id. */
  public static final TermOrderBy ID = KNOWN.add("id");

  /** In the order of {@code include}. */
  public static final TermOrderBy INCLUDE = KNOWN.add("include");

  /** By name (the default). */
  public static final TermOrderBy NAME = KNOWN.add("name");

  /** By slug. */
  public static final TermOrderBy SLUG = KNOWN.add("slug");

  /** In the order of {@code slug}. */
  public static final TermOrderBy INCLUDE_SLUGS = KNOWN.add("include_slugs");

  /** By term group. */
  public static final TermOrderBy TERM_GROUP = KNOWN.add("term_group");

  /** By description. */
  public static final TermOrderBy DESCRIPTION = KNOWN.add("description");

  /** By the number of items. */
  public static final TermOrderBy COUNT = KNOWN.add("count");

  private TermOrderBy(String wire) {
    super(wire);
  }

  /**
   * A sort key by its name: the constant when core knows it, else a plugin's.
   *
   * @param name the key as sent, e.g. {@code "id"}
   * @return the key
   * @throws IllegalArgumentException when the name is not one WordPress could accept
   */
  public static TermOrderBy of(String name) {
    return KNOWN.of(name);
  }
}
