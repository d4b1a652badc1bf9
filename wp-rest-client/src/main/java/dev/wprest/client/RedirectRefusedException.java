package dev.wprest.client;

import java.net.URI;

/**
 * The server redirected and the client would not follow: a write (POST, PUT, PATCH, DELETE) that a
 * 301/302 would silently turn into a GET, a redirect to another origin that would carry (or lose)
 * the credentials, an https-to-http downgrade, or too many hops. Usually the base URL is not the
 * site's canonical URL: use {@link #location()}'s origin as the base URL.
 */
public class RedirectRefusedException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /** The URI that answered with the redirect. */
  private final URI from;

  /** Where the redirect pointed. */
  private final URI location;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param exchange what was seen
   * @param from the URI that answered with the redirect
   * @param location where it pointed
   */
  public RedirectRefusedException(String message, FailedExchange exchange, URI from, URI location) {
    super(message, exchange, null);
    this.from = from;
    this.location = location;
  }

  /**
   * The URI that answered with the redirect.
   *
   * @return the URI, redacted
   */
  public URI from() {
    return from;
  }

  /**
   * Where the redirect pointed.
   *
   * @return the {@code Location}, resolved and redacted
   */
  public URI location() {
    return location;
  }
}
