package dev.wprest.client;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.BaseQuery;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
 * the paging headers are absent or contradict themselves or the items, or when a page comes back
 * identical to the first or the previous one (a cache, proxy or plugin that ignores {@code page}
 * would otherwise be paged for as many pages as it claims), it throws a {@link PaginationException}
 * rather than loop or skip. {@link #maxPages(long)} and {@link #maxItems(long)} refuse, before the
 * walk goes on, a collection larger than the caller is prepared for. Each {@link #iterator()}
 * starts again at page 1. Failures of the calls themselves are the client's usual {@link
 * WordPressException}s.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private static final long MAX_PER_PAGE = 100;

  private final ResourceCore core;
  private final BaseQuery query;
  private final JavaType item;
  private final long maxPages;
  private final long maxItems;

  AutoPager(ResourceCore core, BaseQuery query, JavaType item) {
    this(core, query, item, Long.MAX_VALUE, Long.MAX_VALUE);
  }

  private AutoPager(
      ResourceCore core, BaseQuery query, JavaType item, long maxPages, long maxItems) {
    this.core = core;
    this.query = query;
    this.item = item;
    this.maxPages = maxPages;
    this.maxItems = maxItems;
  }

  /**
   * This pager, refusing a collection of more than {@code maxPages} pages: a walk whose first page
   * announces more ({@code X-WP-TotalPages}) throws a {@link PaginationException} before fetching
   * another page. No cap by default.
   *
   * @param maxPages 1 or more
   * @return a pager with the cap
   */
  public AutoPager<T> maxPages(long maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be 1 or more: " + maxPages);
    }
    return new AutoPager<>(core, query, item, maxPages, maxItems);
  }

  /**
   * This pager, refusing a collection of more than {@code maxItems} items: a walk whose first page
   * announces more ({@code X-WP-Total}) throws a {@link PaginationException} before fetching
   * another page. No cap by default.
   *
   * @param maxItems 1 or more
   * @return a pager with the cap
   */
  public AutoPager<T> maxItems(long maxItems) {
    if (maxItems < 1) {
      throw new IllegalArgumentException("maxItems must be 1 or more: " + maxItems);
    }
    return new AutoPager<>(core, query, item, maxPages, maxItems);
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
    return "AutoPager{"
        + core.describe()
        + " "
        + query
        + (maxPages < Long.MAX_VALUE ? ", at most " + maxPages + " pages" : "")
        + (maxItems < Long.MAX_VALUE ? ", at most " + maxItems + " items" : "")
        + "}";
  }

  /** One walk: the current page's items and what the first page promised about the rest. */
  private final class Walk implements Iterator<T> {
    private Iterator<T> current = Collections.emptyIterator();
    private int nextPage = query.page().orElse(1);
    private long total = -1;
    private long totalPages = -1;
    private boolean lastFetched;
    private byte[] firstDigest;
    private byte[] previousDigest;

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
        checkCaps(response, pageTotal, pageCount);
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
      checkNotRepeated(response, page);
      current = result.items().iterator();
      lastFetched = page >= totalPages;
      nextPage = page + 1;
    }

    private void checkFirst(WpResponse response, long pageTotal, long pageCount) {
      boolean contradictory =
          (pageTotal == 0) != (pageCount == 0)
              || pageCount > pageTotal
              // WordPress serves at most 100 items a page, whatever per_page asks for; the page
              // count is at most Integer.MAX_VALUE here (ResourceCore.page), so this cannot
              // overflow.
              || pageTotal > pageCount * MAX_PER_PAGE;
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

    private void checkCaps(WpResponse response, long pageTotal, long pageCount) {
      if (pageCount > maxPages) {
        throw inconsistent(
            response,
            "X-WP-TotalPages "
                + pageCount
                + " is more than this pager's cap of "
                + maxPages
                + " pages");
      }
      if (pageTotal > maxItems) {
        throw inconsistent(
            response,
            "X-WP-Total " + pageTotal + " is more than this pager's cap of " + maxItems + " items");
      }
    }

    /**
     * A server that ignores {@code page} answers every page with the first one; it would be paged
     * for as many pages as its totals claim, so a page identical to the first or the previous one
     * ends the walk.
     */
    private void checkNotRepeated(WpResponse response, int page) {
      byte[] digest = digest(response.rawBody());
      Integer repeated = null;
      if (firstDigest == null) {
        firstDigest = digest;
      } else if (Arrays.equals(digest, firstDigest)) {
        repeated = query.page().orElse(1);
      } else if (Arrays.equals(digest, previousDigest)) {
        repeated = page - 1;
      }
      if (repeated != null) {
        throw inconsistent(
            response,
            "page "
                + page
                + " is the same as page "
                + repeated
                + ": the server (or a cache or proxy in front of it) ignores the page parameter,"
                + " so the walk would never reach a new item");
      }
      previousDigest = digest;
    }

    private PaginationException inconsistent(WpResponse response, String what) {
      return new PaginationException(
          "paging " + core.route() + " stopped: " + what, core.exchange(response));
    }
  }

  static byte[] digest(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
