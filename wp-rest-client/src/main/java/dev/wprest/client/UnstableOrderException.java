package dev.wprest.client;

/**
 * A walk met an item it had already delivered because the order it asked for has ties: WordPress
 * sorts by one column ({@code date}, {@code title}, {@code name}, ...) and adds no tiebreaker, so
 * items with the same value come back in whatever order the database picks for each page, and a tie
 * across a page boundary moves items between pages: some come twice, as many never come. The walk
 * stops at the first repeat instead of delivering a silently incomplete collection.
 *
 * <p>Walk with a unique order instead: leave {@code orderby} unset (the auto-pager then orders by
 * {@code id}) or ask for {@code orderby=id} (or {@code include}, or {@code slug} for terms and
 * users), and sort the items yourself if you need another order.
 */
public class UnstableOrderException extends PaginationException {
  private static final long serialVersionUID = 1L;

  /** The sort key with ties. */
  private final String orderBy;

  /** The id that came twice. */
  private final long itemId;

  /** The page it came on first. */
  private final int firstPage;

  /** The page it came on again. */
  private final int repeatPage;

  /**
   * Creates the exception.
   *
   * @param message what happened, with the values seen
   * @param exchange the response of the page that repeated the item
   * @param orderBy the sort key with ties, as sent or as WordPress defaults it
   * @param itemId the id that came twice
   * @param firstPage the page it came on first
   * @param repeatPage the page it came on again
   */
  public UnstableOrderException(
      String message,
      FailedExchange exchange,
      String orderBy,
      long itemId,
      int firstPage,
      int repeatPage) {
    super(message, exchange);
    this.orderBy = orderBy;
    this.itemId = itemId;
    this.firstPage = firstPage;
    this.repeatPage = repeatPage;
  }

  /**
   * The sort key whose ties moved items between pages.
   *
   * @return e.g. {@code date}
   */
  public String orderBy() {
    return orderBy;
  }

  /**
   * The id of the item that came twice.
   *
   * @return the id
   */
  public long itemId() {
    return itemId;
  }

  /**
   * The page the item came on first.
   *
   * @return the page number
   */
  public int firstPage() {
    return firstPage;
  }

  /**
   * The page the item came on again.
   *
   * @return the page number
   */
  public int repeatPage() {
    return repeatPage;
  }
}
