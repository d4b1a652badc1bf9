package dev.wprest.client.model;

/**
 * The status of a post, page or custom-type item, as set ({@link
 * PostFields.Builder#status(PostStatus)}) and filtered ({@link PostFilters#status(PostStatus...)}):
 * the statuses core registers, and {@link #of(String)} for one a plugin registers ({@code
 * register_post_status()}). What a site says about a status (its label, whether it is public) is a
 * {@link PostStatusObject}.
 *
 * <p>Only {@link #PUBLISH}, {@link #FUTURE}, {@link #DRAFT}, {@link #PENDING} and {@link #PRIVATE}
 * can be set (and a plugin's statuses that are not {@code internal}); the others are filters:
 * WordPress refuses them in a write with {@code 400 rest_invalid_param}.
 */
public final class PostStatus extends WireValue {
  private static final Known<PostStatus> KNOWN = new Known<>("post status", PostStatus::new);

  /** Published, visible to everyone (the default filter of a list). */
  public static final PostStatus PUBLISH = KNOWN.add("publish");

  /** Scheduled: published by WordPress at its {@code date}. */
  public static final PostStatus FUTURE = KNOWN.add("future");

  /** A draft. */
  public static final PostStatus DRAFT = KNOWN.add("draft");

  /** Waiting for review. */
  public static final PostStatus PENDING = KNOWN.add("pending");

  /** Published, visible only to users who may read private posts. */
  public static final PostStatus PRIVATE = KNOWN.add("private");

  /** In the trash (a filter only: trash with {@code delete}). */
  public static final PostStatus TRASH = KNOWN.add("trash");

  /** Made by the editor before the first save (a filter only). */
  public static final PostStatus AUTO_DRAFT = KNOWN.add("auto-draft");

  /** Takes its parent's status: revisions and attachments (a filter only). */
  public static final PostStatus INHERIT = KNOWN.add("inherit");

  /** Every status the caller may read (a filter only). */
  public static final PostStatus ANY = KNOWN.add("any");

  private PostStatus(String wire) {
    super(wire);
  }

  /**
   * A status by its name: the constant when core knows it, else a plugin's status.
   *
   * @param name the status as WordPress writes it, e.g. {@code "draft"} or {@code "my-review"}
   * @return the status
   * @throws IllegalArgumentException when the name is not one WordPress could have registered
   */
  public static PostStatus of(String name) {
    return KNOWN.of(name);
  }

  /** A status as a site wrote it: taken as it is, since refusing it would lose the item. */
  static PostStatus read(String name) {
    return KNOWN.read(name);
  }
}
