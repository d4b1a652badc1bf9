package dev.wprest.client.model;

/**
 * Which representation WordPress answers with ({@code context}). {@link #EDIT} adds the stored
 * ({@code raw}) text and private fields, and needs a user who may edit the item: anyone else gets
 * {@code 401}/{@code 403 rest_forbidden_context}.
 */
public enum Context {
  /** The public representation (the default). */
  VIEW,
  /** Everything an editor sees, including {@code raw} fields. */
  EDIT,
  /** The small representation used inside {@code _embedded}. */
  EMBED;

  /**
   * The wire value.
   *
   * @return {@code view}, {@code edit} or {@code embed}
   */
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
