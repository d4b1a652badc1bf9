package dev.wprest.client.internal;

import dev.wprest.client.PaginationException;
import dev.wprest.client.ResultPage;
import dev.wprest.client.UnstableOrderException;
import dev.wprest.client.WpResponse;
import dev.wprest.client.model.BaseQuery;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one auto-pager walk checks of each page, in page order, whether the pages were fetched one
 * after the other or ahead in parallel: the paging headers are present and agree with the first
 * page's, the caps, the page sizes, that no item comes twice (an order with ties moves items
 * between pages) and that no page repeats the first or the previous one.
 */
public final class PageChecks {
  private static final long MAX_PER_PAGE = 100;

  private final ResourceCore core;
  private final BaseQuery query;
  private final long maxPages;
  private final long maxItems;
  private final WalkOrder order;
  private final SeenIds seen = new SeenIds();
  private long total = -1;
  private long totalPages = -1;
  private byte[] firstDigest;
  private byte[] previousDigest;

  public PageChecks(ResourceCore core, BaseQuery query, long maxPages, long maxItems) {
    this(core, query, maxPages, maxItems, WalkOrder.UNKNOWN);
  }

  /** Checks for a walk sending {@code query}, whose family's unique orders {@code order} knows. */
  public PageChecks(
      ResourceCore core, BaseQuery query, long maxPages, long maxItems, WalkOrder order) {
    this.core = core;
    this.query = query;
    this.maxPages = maxPages;
    this.maxItems = maxItems;
    this.order = order;
  }

  /** The page count the first page announced; -1 before it was checked. */
  public long totalPages() {
    return totalPages;
  }

  /**
   * Checks the next page in order; throws {@link PaginationException} when it cannot be trusted.
   */
  public void check(int page, WpResponse response, ResultPage<?> result) {
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
    checkNotRepeated(response, page, result);
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
   * An item already delivered must not come again: under an order with ties it means items moved
   * between pages (as many were skipped as repeated, since every page but the last is full); under
   * a unique order, that the collection changed or the server ignores {@code page}. A server that
   * ignores {@code page} answers every page with the first one; it would be paged for as many pages
   * as its totals claim, so a page identical to the first or the previous one ends the walk too
   * (also when the items carry no id to compare).
   */
  private void checkNotRepeated(WpResponse response, int page, ResultPage<?> result) {
    // The page hashed its body when it was read; hashing it again would double the walk's work.
    byte[] digest = ApiAccess.get().digest(result);
    Integer identicalTo = null;
    if (firstDigest == null) {
      firstDigest = digest;
    } else if (Arrays.equals(digest, firstDigest)) {
      identicalTo = query.page().orElse(1);
    } else if (Arrays.equals(digest, previousDigest)) {
      identicalTo = page - 1;
    }
    previousDigest = digest;
    Optional<String> tied = order.tiedKey(query);
    Optional<long[]> ids =
        PageIds.of(core.mapper().getFactory(), ApiAccess.get().rawBody(response));
    for (long id : ids.orElse(new long[0])) {
      int before = seen.add(id, page);
      if (before != 0) {
        throw repeated(response, page, id, before, identicalTo, tied);
      }
    }
    if (identicalTo != null) {
      throw inconsistent(
          response, "page " + page + " is the same as page " + identicalTo + ": " + cause(tied));
    }
  }

  private PaginationException repeated(
      WpResponse response,
      int page,
      long id,
      int before,
      Integer identicalTo,
      Optional<String> tied) {
    String what =
        "item "
            + id
            + " came on page "
            + before
            + " and again on page "
            + page
            + (identicalTo != null
                ? " (page " + page + " is the same as page " + identicalTo + ")"
                : "")
            + ": ";
    if (tied.isEmpty()) {
      return inconsistent(
          response,
          what
              + (identicalTo != null
                  ? IGNORES_PAGE
                  : "the collection changed during the walk (an item before it was added or"
                      + " removed); start again"));
    }
    return new UnstableOrderException(
        "paging " + core.route() + " stopped: " + what + cause(tied),
        core.exchange(response),
        tied.get(),
        id,
        before,
        page);
  }

  private static final String IGNORES_PAGE =
      "the server (or a cache or proxy in front of it) ignores the page parameter, so the walk"
          + " would never reach a new item";

  /** Why pages repeat: ties in a non-unique order explain it before a server that ignores page. */
  private static String cause(Optional<String> tied) {
    if (tied.isEmpty()) {
      return IGNORES_PAGE;
    }
    return "orderby="
        + tied.get()
        + " is not unique, and WordPress adds no tiebreaker: items with the same "
        + tied.get()
        + " come back in a different order on each page, so they move between pages and as many"
        + " would be skipped as repeated (if the items all differ in "
        + tied.get()
        + ", the server ignores the page parameter instead); walk with orderby=id, or leave"
        + " orderby unset and the pager orders by id";
  }

  private PaginationException inconsistent(WpResponse response, String what) {
    return new PaginationException(
        "paging " + core.route() + " stopped: " + what, core.exchange(response));
  }

  /** The SHA-256 of a page's body, to tell a repeated page from a new one. */
  public static byte[] digest(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
