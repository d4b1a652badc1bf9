package dev.wprest.client;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.model.Query;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a collection, page after page, fetched only as iteration reaches it:
 *
 * <pre>{@code
 * for (Post post : wp.posts().autoPager(Query.builder().perPage(100).build())) { ... }
 * long drafts = wp.posts().autoPager(query).stream().filter(p -> ...).count();
 * }</pre>
 *
 * <p>Nothing is sent until the first item is asked for; each page is requested when the previous
 * one is used up, and only the current page is held, so memory stays bounded by one page however
 * large the site. Iteration stops at the page {@code X-WP-TotalPages} named on the first page. When
 * the paging headers are absent or contradict themselves or the items, it throws a {@link
 * PaginationException} rather than loop or skip. Each {@link #iterator()} starts again at page 1.
 * Failures of the calls themselves are the client's usual {@link WordPressException}s.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final ResourceCore core;
  private final Query query;
  private final JavaType item;

  AutoPager(ResourceCore core, Query query, JavaType item) {
    this.core = core;
    this.query = query;
    this.item = item;
  }

  /**
   * A new walk over the collection from page 1; nothing is fetched until {@code hasNext()}.
   *
   * @return the iterator
   */
  @Override
  public Iterator<T> iterator() {
    return new Walk();
  }

  /**
   * The items as a sequential, lazy stream; close it or stop consuming to stop fetching.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED),
        Spliterator.ORDERED,
        false);
  }

  @Override
  public String toString() {
    return "AutoPager{" + core.describe() + " " + query + "}";
  }

  /** One walk: the current page's items and what the first page promised about the rest. */
  private final class Walk implements Iterator<T> {
    private Iterator<T> current = Collections.emptyIterator();
    private int nextPage = query.page().orElse(1);
    private long total = -1;
    private long totalPages = -1;
    private boolean lastFetched;

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (lastFetched) {
          return false;
        }
        fetch();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items in " + core.route());
      }
      return current.next();
    }

    private void fetch() {
      int page = nextPage;
      WpResponse response =
          core.client().execute(ResourceCore.get(core.route(), query.withPage(page)));
      ResultPage<T> result = core.page(response, item, query.withPage(page));
      if (result.total().isEmpty() || result.totalPages().isEmpty()) {
        throw inconsistent(
            response,
            "page "
                + page
                + " came without X-WP-Total/X-WP-TotalPages (a cache, proxy or plugin may strip"
                + " them): cannot tell where the collection ends");
      }
      long pageTotal = result.total().getAsLong();
      long pageCount = result.totalPages().getAsLong();
      if (totalPages < 0) {
        checkFirst(response, pageTotal, pageCount);
        total = pageTotal;
        totalPages = pageCount;
      } else if (pageTotal != total || pageCount != totalPages) {
        throw inconsistent(
            response,
            "the collection changed while paging: page 1 said "
                + total
                + " items in "
                + totalPages
                + " pages, page "
                + page
                + " says "
                + pageTotal
                + " in "
                + pageCount
                + "; start again");
      }
      int size = result.items().size();
      OptionalInt perPage = query.perPage();
      if (perPage.isPresent() && size > perPage.getAsInt()) {
        throw inconsistent(
            response,
            "page " + page + " has " + size + " items, more than per_page=" + perPage.getAsInt());
      }
      if (size == 0 && total > 0) {
        throw inconsistent(
            response,
            "page "
                + page
                + " of "
                + totalPages
                + " came back empty although X-WP-Total is "
                + total);
      }
      current = result.items().iterator();
      lastFetched = page >= totalPages;
      nextPage = page + 1;
    }

    private void checkFirst(WpResponse response, long pageTotal, long pageCount) {
      boolean contradictory =
          pageTotal < 0
              || pageCount < 0
              || (pageTotal == 0) != (pageCount == 0)
              || pageCount > pageTotal;
      OptionalInt perPage = query.perPage();
      if (!contradictory && perPage.isPresent()) {
        long expected = (pageTotal + perPage.getAsInt() - 1) / perPage.getAsInt();
        contradictory = expected != pageCount;
      }
      if (contradictory) {
        throw inconsistent(
            response,
            "X-WP-Total "
                + pageTotal
                + " and X-WP-TotalPages "
                + pageCount
                + " contradict each other"
                + (perPage.isPresent() ? " at per_page=" + perPage.getAsInt() : ""));
      }
    }

    private PaginationException inconsistent(WpResponse response, String what) {
      return new PaginationException(
          "paging " + core.route() + " stopped: " + what, core.exchange(response));
    }
  }
}
