package dev.wprest.client;

/**
 * WordPress's paging headers cannot be trusted, so paging stopped instead of looping or silently
 * skipping items: {@code X-WP-Total}/{@code X-WP-TotalPages} were absent (a cache, proxy or plugin
 * dropped them, or the route is not a collection), or they contradicted each other or the items (a
 * page past the first came back empty, the totals changed between pages because the collection
 * changed during the walk, more items came than asked for).
 */
public class PaginationException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was inconsistent, with the values seen
   * @param exchange the response that showed it
   */
  public PaginationException(String message, FailedExchange exchange) {
    super(message, exchange, null);
  }
}
