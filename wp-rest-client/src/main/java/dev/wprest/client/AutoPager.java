package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.internal.PageChecks;
import dev.wprest.client.internal.ParallelWalk;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.internal.WalkOrder;
import dev.wprest.client.model.BaseQuery;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a collection, page after page, fetched only as iteration reaches it:
 *
 * <pre>{@code
 * for (Post post : wp.posts().autoPager(PostQuery.builder().perPage(100).build())) { ... }
 * long drafts = wp.posts().autoPager(query).stream().filter(p -> ...).count();
 * }</pre>
 *
 * <p>Nothing is sent until the first item is asked for; each page is requested when the previous
 * one is used up, and only the current page is held, so memory stays bounded by one page however
 * large the site.
 *
 * <p>No item is skipped or delivered twice. WordPress sorts by one column and breaks no ties, so a
 * walk whose query names no {@code orderby} is sent with {@code orderby=id} (posts, pages, media,
 * custom post types, terms, users and comments; the direction stays the query's {@code order}); a
 * walk with an order of the caller's checks every item's id and throws an {@link
 * UnstableOrderException} at the first item that comes again (ties in {@code date}, {@code title},
 * {@code name}, ... moved it between pages).
 *
 * <p>Iteration stops at the page {@code X-WP-TotalPages} named on the first page. When the paging
 * headers are absent or contradict themselves or the items, or when a page comes back identical to
 * the first or the previous one (a cache, proxy or plugin that ignores {@code page} would otherwise
 * be paged for as many pages as it claims), it throws a {@link PaginationException} rather than
 * loop or skip. {@link #maxPages(long)} and {@link #maxItems(long)} refuse, before the walk goes
 * on, a collection larger than the caller is prepared for. Each {@link #iterator()} starts again at
 * page 1. Failures of the calls themselves are the client's usual {@link WordPressException}s.
 * {@link #parallel(int)} fetches the next pages concurrently, with the same order, checks and
 * failures.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  /** At most this many pages fetched ahead: each holds a thread of the client's executor. */
  static final int MAX_PAGES_AHEAD = 16;

  private final ResourceCore core;
  private final BaseQuery query;
  private final JavaType item;
  private final long maxPages;
  private final long maxItems;
  private final int pagesAhead;
  private final RequestOptions options;
  private final WalkOrder order;

  AutoPager(ResourceCore core, BaseQuery query, JavaType item, WalkOrder order) {
    this(core, query, item, Long.MAX_VALUE, Long.MAX_VALUE, 0, RequestOptions.none(), order);
  }

  private AutoPager(
      ResourceCore core,
      BaseQuery query,
      JavaType item,
      long maxPages,
      long maxItems,
      int pagesAhead,
      RequestOptions options,
      WalkOrder order) {
    this.core = core;
    // Sent as given, or with orderby=id when the caller chose no order: see WalkOrder.
    this.query = order.totalOrder(query);
    this.item = item;
    this.maxPages = maxPages;
    this.maxItems = maxItems;
    this.pagesAhead = pagesAhead;
    this.options = options;
    this.order = order;
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
    return new AutoPager<>(core, query, item, maxPages, maxItems, pagesAhead, options, order);
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
    return new AutoPager<>(core, query, item, maxPages, maxItems, pagesAhead, options, order);
  }

  /**
   * This pager, fetching up to {@code pagesAhead} pages ahead concurrently once page 1 has told the
   * number of pages: the items still come in order, at most {@code pagesAhead + 1} pages are held
   * at a time, and the walk checks and fails exactly like the sequential one (same exceptions,
   * thrown when iteration reaches the page that failed, after the items before it). Over a network
   * with latency this divides the walk's time by up to {@code pagesAhead}; it costs up to {@code
   * pagesAhead} threads of the client's executor and as many requests at once to the site. Closing
   * the {@link #stream()} (or the iterator, which is {@link AutoCloseable} then) cancels the
   * fetches not yet started; those under way finish and are dropped. Sequential by default.
   *
   * @param pagesAhead 1 to 16 pages fetched ahead
   * @return a pager that fetches ahead
   */
  public AutoPager<T> parallel(int pagesAhead) {
    if (pagesAhead < 1 || pagesAhead > MAX_PAGES_AHEAD) {
      throw new IllegalArgumentException(
          "pagesAhead must be 1 to " + MAX_PAGES_AHEAD + ": " + pagesAhead);
    }
    return new AutoPager<>(core, query, item, maxPages, maxItems, pagesAhead, options, order);
  }

  /**
   * This pager, sending every page's request with {@code options}: their extra headers, and their
   * timeout for each page's request (not for the whole walk).
   *
   * @param options the options for each page's request
   * @return a pager with the options
   */
  public AutoPager<T> options(RequestOptions options) {
    requireNonNull(options, "options == null");
    return new AutoPager<>(core, query, item, maxPages, maxItems, pagesAhead, options, order);
  }

  /**
   * A new walk over the collection from page 1; nothing is fetched until {@code hasNext()}.
   *
   * @return the iterator
   */
  @Override
  public Iterator<T> iterator() {
    if (pagesAhead > 0) {
      return new ParallelWalk<>(
          core,
          query,
          item,
          new PageChecks(core, query, maxPages, maxItems, order),
          pagesAhead,
          options::applyTo);
    }
    return new Walk();
  }

  /**
   * The items as a sequential, lazy stream; stop consuming to stop fetching, and close it (e.g.
   * try-with-resources) to cancel a {@link #parallel(int)} pager's fetches ahead.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    Iterator<T> walk = iterator();
    Stream<T> items =
        StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED), false);
    return walk instanceof ParallelWalk ? items.onClose(((ParallelWalk<T>) walk)::close) : items;
  }

  @Override
  public String toString() {
    return "AutoPager{"
        + core.describe()
        + " "
        + query
        + (maxPages < Long.MAX_VALUE ? ", at most " + maxPages + " pages" : "")
        + (maxItems < Long.MAX_VALUE ? ", at most " + maxItems + " items" : "")
        + (pagesAhead > 0 ? ", " + pagesAhead + " pages ahead" : "")
        + (options.equals(RequestOptions.none()) ? "" : ", " + options)
        + "}";
  }

  /** One walk: the current page's items, fetched when the previous page is used up. */
  private final class Walk implements Iterator<T> {
    private final PageChecks checks = new PageChecks(core, query, maxPages, maxItems, order);
    private Iterator<T> current = Collections.emptyIterator();
    private int nextPage = query.page().orElse(1);
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
          core.client()
              .execute(options.applyTo(ResourceCore.get(core.route(), query.withPage(page))));
      ResultPage<T> result = core.page(response, item, query.withPage(page));
      checks.check(page, response, result);
      current = result.items().iterator();
      lastFetched = page >= checks.totalPages();
      nextPage = page + 1;
    }
  }
}
