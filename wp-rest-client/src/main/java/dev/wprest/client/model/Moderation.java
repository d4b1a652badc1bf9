package dev.wprest.client.model;

/** The moderation states a comment can be put into. */
public enum Moderation {
  /** Approved: visible on the site. */
  APPROVE("approve"),
  /** Held for moderation. */
  HOLD("hold"),
  /** Marked as spam. */
  SPAM("spam"),
  /** Moved to the trash. */
  TRASH("trash");

  private final String wire;

  Moderation(String wire) {
    this.wire = wire;
  }

  /**
   * The value WordPress takes in a comment's {@code status}.
   *
   * @return the wire value
   */
  public String wire() {
    return wire;
  }
}
