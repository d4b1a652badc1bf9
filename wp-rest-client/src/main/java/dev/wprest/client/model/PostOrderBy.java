package dev.wprest.client.model;

/**
 * The sort keys ({@code orderby}) of posts, pages, media, menu items and custom types: the values
 * {@code WP_REST_Posts_Controller} accepts in WordPress 6.1 (read from its {@code
 * get_collection_params()}), and {@link #of(String)} for one a plugin adds. A value the collection
 * does not know is refused with {@code 400 rest_invalid_param}. WordPress's default is {@link
 * #DATE}.
 */
public final class PostOrderBy extends WireValue {
  private static final Known<PostOrderBy> KNOWN = new Known<>("orderby value", PostOrderBy::new);

  /** By author id. */
  public static final PostOrderBy AUTHOR = KNOWN.add("author");

  /**
   * By publish date (the default; not unique: ties come in any order, add a unique key to page
   * through them).
   */
  public static final PostOrderBy DATE = KNOWN.add("date");

  /** By id: unique, the safe key for a walk over every item. */
  public static final PostOrderBy ID = KNOWN.add("id");

  /** In the order of {@code include} (which must be set). */
  public static final PostOrderBy INCLUDE = KNOWN.add("include");

  /** By last change. */
  public static final PostOrderBy MODIFIED = KNOWN.add("modified");

  /** By parent id. */
  public static final PostOrderBy PARENT = KNOWN.add("parent");

  /** By relevance to {@code search} (which must be set). */
  public static final PostOrderBy RELEVANCE = KNOWN.add("relevance");

  /** By slug. */
  public static final PostOrderBy SLUG = KNOWN.add("slug");

  /** In the order of {@code slug}. */
  public static final PostOrderBy INCLUDE_SLUGS = KNOWN.add("include_slugs");

  /** By title. */
  public static final PostOrderBy TITLE = KNOWN.add("title");

  /**
   * By {@code menu_order}: pages, menu items and types with page attributes only (others answer
   * {@code 400 rest_invalid_param}).
   */
  public static final PostOrderBy MENU_ORDER = KNOWN.add("menu_order");

  private PostOrderBy(String wire) {
    super(wire);
  }

  /**
   * A sort key by its name: the constant when core knows it, else a plugin's.
   *
   * @param name the key as sent, e.g. {@code "author"}
   * @return the key
   * @throws IllegalArgumentException when the name is not one WordPress could accept
   */
  public static PostOrderBy of(String name) {
    return KNOWN.of(name);
  }
}
