package dev.wprest.client;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.internal.PageChecks;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.BaseQuery;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a collection: its items plus what WordPress said about the whole ({@code X-WP-Total},
 * {@code X-WP-TotalPages}) and the {@code Link} header's {@code next}/{@code prev}. A page fetches
 * the one after it with {@link #nextPage()}, same route and query:
 *
 * <pre>{@code
 * ResultPage<Post> page = wp.posts().list(PostQuery.builder().perPage(50).build());
 * while (true) {
 *   page.items().forEach(this::index);
 *   if (!page.hasNext()) break;
 *   page = page.nextPage();
 * }
 * }</pre>
 *
 * <p>For every item of every page, {@code autoPager(query)} does this walk for you.
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
  private final ResourceCore core;
  private final JavaType item;
  private final BaseQuery query;
  private final byte[] digest;

  ResultPage(
      List<T> items,
      int number,
      WpResponse response,
      ResourceCore core,
      JavaType item,
      BaseQuery query) {
    this.items = List.copyOf(items);
    this.number = number;
    this.total = response.total();
    this.totalPages = response.totalPages();
    this.next = response.links().get("next");
    this.prev = response.links().get("prev");
    this.core = core;
    this.item = item;
    this.query = query;
    this.digest = PageChecks.digest(response.rawBody());
  }

  /** The SHA-256 of this page's body, to tell a repeated page from a new one. */
  byte[] digest() {
    return digest;
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

  /**
   * Fetches the next page: same route, same query, page number plus one. Checked like the {@link
   * AutoPager} checks its pages: a next page without {@code X-WP-Total}/{@code X-WP-TotalPages},
   * with totals different from this page's, empty although the collection is not, or identical to
   * this page (a server, cache or proxy ignoring {@code page}) throws a {@link
   * PaginationException}.
   *
   * @return the next page
   * @throws NoSuchElementException when {@link #hasNext()} is false
   * @throws PaginationException when the next page contradicts this one
   */
  public ResultPage<T> nextPage() {
    if (!hasNext()) {
      throw new NoSuchElementException(
          "page "
              + number
              + " of "
              + core.route()
              + " is the last"
              + (totalPages.isPresent()
                  ? " (X-WP-TotalPages " + totalPages.getAsLong() + ")"
                  : ""));
    }
    int page = number + 1;
    BaseQuery next = query.withPage(page);
    WpResponse response = core.client().execute(ResourceCore.get(core.route(), next));
    ResultPage<T> result = core.page(response, item, next);
    checkFollows(result, response);
    return result;
  }

  private void checkFollows(ResultPage<T> result, WpResponse response) {
    String problem = null;
    if (total.isPresent() && (result.total.isEmpty() || result.totalPages.isEmpty())) {
      problem =
          "page "
              + result.number
              + " came without X-WP-Total/X-WP-TotalPages (a cache, proxy or plugin may strip"
              + " them): cannot tell where the collection ends";
    } else if (!total.equals(result.total) || !totalPages.equals(result.totalPages)) {
      problem =
          "the collection changed while paging: page "
              + number
              + " said "
              + total
              + " items in "
              + totalPages
              + " pages, page "
              + result.number
              + " says "
              + result.total
              + " in "
              + result.totalPages
              + "; start again";
    } else if (result.items.isEmpty() && total.orElse(0) > 0) {
      problem =
          "page " + result.number + " came back empty although X-WP-Total is " + total.getAsLong();
    } else if (Arrays.equals(digest, result.digest)) {
      problem =
          "page "
              + result.number
              + " is the same as page "
              + number
              + ": the server (or a cache or proxy in front of it) ignores the page parameter"
              + (uniquelyOrdered()
                  ? ""
                  : ", or the items tie in the sort order and the database returned them"
                      + " differently for each page (WordPress adds no tiebreaker: ask for"
                      + " orderby=id)");
    }
    if (problem != null) {
      throw core.client()
          .translated(
              new PaginationException(
                  "paging " + core.route() + " stopped: " + problem, core.exchange(response)));
    }
  }

  /** Whether the query asked for an order without ties, so that a repeat cannot be one. */
  private boolean uniquelyOrdered() {
    List<String> orderBy = query.parameters().get("orderby");
    return orderBy != null && (orderBy.contains("id") || orderBy.contains("include"));
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
