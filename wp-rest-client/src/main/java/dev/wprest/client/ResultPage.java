package dev.wprest.client;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a collection: its items plus what WordPress said about the whole ({@code X-WP-Total},
 * {@code X-WP-TotalPages}) and the {@code Link} header's {@code next}/{@code prev}. For every item
 * of every page, use {@code autoPager(query)} instead of following pages by hand.
 *
 * @param <T> the item type
 */
public final class ResultPage<T> {
  private final List<T> items;
  private final int number;
  private final OptionalLong total;
  private final OptionalLong totalPages;
  private final URI next;
  private final URI prev;

  ResultPage(List<T> items, int number, WpResponse response) {
    this.items = List.copyOf(items);
    this.number = number;
    this.total = response.total();
    this.totalPages = response.totalPages();
    this.next = response.links().get("next");
    this.prev = response.links().get("prev");
  }

  /**
   * The items of this page, in the order WordPress sent them.
   *
   * @return the items
   */
  public List<T> items() {
    return items;
  }

  /**
   * This page's number, from 1.
   *
   * @return the page number
   */
  public int number() {
    return number;
  }

  /**
   * {@code X-WP-Total}: the number of items in the whole collection for this query.
   *
   * @return the total, if WordPress sent it
   */
  public OptionalLong total() {
    return total;
  }

  /**
   * {@code X-WP-TotalPages}: the number of pages at this page size.
   *
   * @return the page count, if WordPress sent it
   */
  public OptionalLong totalPages() {
    return totalPages;
  }

  /**
   * The {@code Link} header's {@code next} relation.
   *
   * @return the next page's URI, absent on the last page
   */
  public Optional<URI> next() {
    return Optional.ofNullable(next);
  }

  /**
   * The {@code Link} header's {@code prev} relation.
   *
   * @return the previous page's URI, absent on the first page
   */
  public Optional<URI> prev() {
    return Optional.ofNullable(prev);
  }

  /**
   * Whether a later page exists, by {@code X-WP-TotalPages} (or the {@code next} link when the
   * totals are missing).
   *
   * @return true when there is a next page
   */
  public boolean hasNext() {
    return totalPages.isPresent() ? number < totalPages.getAsLong() : next != null;
  }

  @Override
  public String toString() {
    return "ResultPage{page "
        + number
        + (totalPages.isPresent() ? " of " + totalPages.getAsLong() : "")
        + ", "
        + items.size()
        + " items"
        + (total.isPresent() ? " of " + total.getAsLong() : "")
        + "}";
  }
}
