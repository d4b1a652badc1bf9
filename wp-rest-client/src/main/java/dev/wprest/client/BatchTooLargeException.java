package dev.wprest.client;

/**
 * A batch holds more requests than the site accepts in one {@code POST /batch/v1}; thrown before
 * anything is sent. Split the work into batches of at most {@link #limit()} requests.
 */
public final class BatchTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many requests the batch held. */
  private final int size;

  /** How many requests one batch may hold on the site. */
  private final int limit;

  BatchTooLargeException(int size, int limit, boolean limitFromSite) {
    super(
        "a batch of "
            + size
            + " requests is more than the "
            + limit
            + (limitFromSite
                ? " the site accepts (maxItems of /batch/v1 in its index)"
                : " WordPress accepts by default")
            + ": nothing was sent; split it into batches of at most "
            + limit);
    this.size = size;
    this.limit = limit;
  }

  /**
   * How many requests the batch held.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * How many requests one batch may hold on this site.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }
}
