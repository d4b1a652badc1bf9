package dev.wprest.client;

import static java.util.Objects.requireNonNull;

/**
 * What a create-or-update stored, and which of the two it did.
 *
 * @param <T> the item type
 */
public final class Upserted<T> {
  private final T item;
  private final boolean created;

  private Upserted(T item, boolean created) {
    this.item = requireNonNull(item, "item == null");
    this.created = created;
  }

  static <T> Upserted<T> created(T item) {
    return new Upserted<>(item, true);
  }

  static <T> Upserted<T> updated(T item) {
    return new Upserted<>(item, false);
  }

  /**
   * The item as WordPress stored it.
   *
   * @return the item
   */
  public T item() {
    return item;
  }

  /**
   * Whether the item was created (true) or an existing one updated (false).
   *
   * @return true when created
   */
  public boolean created() {
    return created;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Upserted
        && ((Upserted<?>) o).created == created
        && ((Upserted<?>) o).item.equals(item);
  }

  @Override
  public int hashCode() {
    return item.hashCode() * 31 + (created ? 1 : 0);
  }

  @Override
  public String toString() {
    return (created ? "Created{" : "Updated{") + item + "}";
  }
}
