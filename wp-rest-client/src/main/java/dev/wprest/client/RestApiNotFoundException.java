package dev.wprest.client;

import java.net.URI;
import java.util.List;

/**
 * Discovery found no WordPress REST API at the base URL: no {@code rel="https://api.w.org/"} link,
 * {@code /wp-json/} not served and {@code ?rest_route=/} not answering with WordPress's index.
 */
public class RestApiNotFoundException extends WordPressException {
  private static final long serialVersionUID = 1L;

  private final transient List<URI> tried;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param exchange the last probe's exchange
   * @param tried every URI discovery tried, in order
   */
  public RestApiNotFoundException(String message, FailedExchange exchange, List<URI> tried) {
    super(message, exchange, null);
    this.tried = List.copyOf(tried);
  }

  /**
   * The URIs discovery tried.
   *
   * @return the URIs, in order
   */
  public List<URI> tried() {
    return tried;
  }
}
