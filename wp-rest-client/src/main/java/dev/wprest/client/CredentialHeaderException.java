package dev.wprest.client;

import static java.util.Objects.requireNonNull;

/**
 * A credential header ({@code Authorization}, {@code Cookie}, {@code X-WP-Nonce}, {@code
 * Proxy-Authorization}, ...) was given as an ordinary request header, to {@link
 * WpRequest.Builder#header} or {@link RequestOptions.Builder#header}. Credentials belong to the
 * client's {@link AuthStrategy}: it alone decides where they may go (never over plain http to
 * another host, never across origins on a redirect) and masks them in every message; a stray
 * WordPress cookie beside an Application Password even turns a valid request into a 401. Thrown
 * before anything is sent; the message names the header, never its value.
 */
public class CredentialHeaderException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The refused header's name, as given. */
  private final String header;

  /**
   * Creates the exception.
   *
   * @param header the header's name
   */
  public CredentialHeaderException(String header) {
    super(
        requireNonNull(header, "header == null")
            + " is a credential header: set credentials through the client's AuthStrategy"
            + " (AuthStrategy.applicationPassword, cookieNonce, bearer, ...), not as a request"
            + " header; nothing was sent");
    this.header = header;
  }

  /**
   * The refused header's name.
   *
   * @return the name as given, e.g. {@code Authorization}
   */
  public String header() {
    return header;
  }
}
