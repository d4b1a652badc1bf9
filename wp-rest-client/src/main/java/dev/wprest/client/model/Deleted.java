package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * What a DELETE did: either the item went to the trash ({@link #permanently()} false; {@link
 * #item()} is the item now in status {@code trash}) or it is gone for good ({@code force=true};
 * {@link #item()} is how it was before).
 *
 * @param <T> the item type
 */
public final class Deleted<T> {
  private final boolean permanently;
  private final T item;

  private Deleted(boolean permanently, T item) {
    this.permanently = permanently;
    this.item = requireNonNull(item, "item == null");
  }

  /**
   * A permanent deletion, with the item as it was.
   *
   * @param previous the item before deletion
   * @param <T> the item type
   * @return the result
   */
  public static <T> Deleted<T> permanently(T previous) {
    return new Deleted<>(true, previous);
  }

  /**
   * A move to the trash, with the item as it is now.
   *
   * @param trashed the item in the trash
   * @param <T> the item type
   * @return the result
   */
  public static <T> Deleted<T> trashed(T trashed) {
    return new Deleted<>(false, trashed);
  }

  /**
   * Whether the item is gone for good rather than in the trash.
   *
   * @return true for a permanent deletion
   */
  public boolean permanently() {
    return permanently;
  }

  /**
   * The item: as it was before a permanent deletion, or as it is in the trash.
   *
   * @return the item
   */
  public T item() {
    return item;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Deleted)) {
      return false;
    }
    Deleted<?> d = (Deleted<?>) o;
    return permanently == d.permanently && item.equals(d.item);
  }

  @Override
  public int hashCode() {
    return Objects.hash(permanently, item);
  }

  @Override
  public String toString() {
    return (permanently ? "Deleted{" : "Trashed{") + item + "}";
  }
}
