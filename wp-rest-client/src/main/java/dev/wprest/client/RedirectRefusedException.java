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

  /** Why the client would not follow. */
  private final Reason reason;

  /** Why a redirect was not followed. */
  public enum Reason {
    /**
     * A POST, PUT, PATCH or DELETE was redirected: following would turn it into a GET or resend it.
     */
    WRITE_REDIRECTED,
    /** The redirect led to another origin while credentials were being sent. */
    CROSS_ORIGIN,
    /** The redirect led from https to plain http. */
    HTTPS_DOWNGRADE,
    /** More hops than the redirect policy allows. */
    TOO_MANY_HOPS,
    /** The redirect policy follows no redirects. */
    NOT_FOLLOWED,
    /**
     * The {@code Location} carried userinfo ({@code https://user:pw@host/}): never followed, and
     * the userinfo appears in no URI or message.
     */
    USERINFO_IN_LOCATION,
    /** The {@code Location} was not a valid absolute URL (e.g. {@code http://[::1}). */
    MALFORMED_LOCATION,
    /**
     * Discovery met an upgrade from http to https onto another host, or onto a port other than 443:
     * configure the https URL.
     */
    HTTPS_UPGRADE_ELSEWHERE
  }

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param exchange what was seen
   * @param from the URI that answered with the redirect
   * @param location where it pointed
   * @param reason why the client would not follow
   */
  public RedirectRefusedException(
      String message, FailedExchange exchange, URI from, URI location, Reason reason) {
    super(message, exchange, null);
    this.from = from;
    this.location = location;
    this.reason = reason;
  }

  /**
   * Why the client would not follow.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
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
   * @return the {@code Location}, resolved and redacted (userinfo masked); null for a {@link
   *     Reason#MALFORMED_LOCATION}, which is never quoted
   */
  public URI location() {
    return location;
  }
}
