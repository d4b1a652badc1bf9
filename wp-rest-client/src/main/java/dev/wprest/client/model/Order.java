package dev.wprest.client.model;

/** Sort direction of a list ({@code order}). */
public enum Order {
  /** Ascending: oldest, lowest or A first. */
  ASC,
  /** Descending: newest, highest or Z first (WordPress's default for posts). */
  DESC;

  /**
   * The wire value.
   *
   * @return {@code asc} or {@code desc}
   */
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
