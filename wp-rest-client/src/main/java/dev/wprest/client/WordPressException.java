package dev.wprest.client;

import static java.util.Objects.requireNonNull;

/**
 * The root of every error this library throws. Unchecked: catch the subtype you can act on.
 *
 * <p>Every instance carries the {@link FailedExchange}: the method, URI, status, headers, a
 * redacted body snippet, the auth scheme used and whether credentials were sent. Messages and
 * {@code toString()} never contain passwords, tokens, cookies or nonces.
 */
public class WordPressException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient FailedExchange exchange;
  private transient volatile SiteInfo site;

  /**
   * Creates an exception.
   *
   * @param message a redacted, human-readable message
   * @param exchange what was seen of the call
   * @param cause the underlying cause, or null
   */
  protected WordPressException(String message, FailedExchange exchange, Throwable cause) {
    super(message, cause);
    this.exchange = requireNonNull(exchange, "exchange == null");
  }

  /**
   * What was seen of the failed call.
   *
   * @return the redacted record of the exchange
   */
  public FailedExchange exchange() {
    return exchange;
  }

  /**
   * What the client had discovered about the site when the call failed: its API root, whether
   * Application Passwords are available, its namespaces. Evidence for a diagnosis.
   *
   * @return the site information, if discovery had completed
   */
  public java.util.Optional<SiteInfo> site() {
    return java.util.Optional.ofNullable(site);
  }

  /** Attaches the discovered site information; set once by the client before throwing. */
  void attachSite(SiteInfo siteInfo) {
    if (this.site == null) {
      this.site = siteInfo;
    }
  }
}
