package dev.wprest.client.model;

/**
 * The sort keys ({@code orderby}) of comments: the values {@code WP_REST_Comments_Controller}
 * accepts in WordPress 6.1 (read from its {@code get_collection_params()}), and {@link #of(String)}
 * for one a plugin adds. A value the collection does not know is refused with {@code 400
 * rest_invalid_param}. WordPress's default is {@link #DATE_GMT}.
 */
public final class CommentOrderBy extends WireValue {
  private static final Known<CommentOrderBy> KNOWN =
      new Known<>("orderby value", CommentOrderBy::new);

  /** By date in the site's time zone. */
  public static final CommentOrderBy DATE = KNOWN.add("date");

  /** By date in UTC (the default). */
  public static final CommentOrderBy DATE_GMT = KNOWN.add("date_gmt");

  /** By id. */
  public static final CommentOrderBy ID = KNOWN.add("id");

  /** In the order of {@code include}. */
  public static final CommentOrderBy INCLUDE = KNOWN.add("include");

  /** By post id. */
  public static final CommentOrderBy POST = KNOWN.add("post");

  /** By parent comment id. */
  public static final CommentOrderBy PARENT = KNOWN.add("parent");

  /** By comment type. */
  public static final CommentOrderBy TYPE = KNOWN.add("type");

  private CommentOrderBy(String wire) {
    super(wire);
  }

  /**
   * A sort key by its name: the constant when core knows it, else a plugin's.
   *
   * @param name the key as sent, e.g. {@code "date"}
   * @return the key
   * @throws IllegalArgumentException when the name is not one WordPress could accept
   */
  public static CommentOrderBy of(String name) {
    return KNOWN.of(name);
  }
}
