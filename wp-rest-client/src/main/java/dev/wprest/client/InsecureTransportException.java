package dev.wprest.client;

/**
 * The client refused to send credentials over plain {@code http://} to a host that is not loopback.
 * Nothing was sent. Use the site's {@code https://} URL, or, for a trusted network only, {@link
 * WordPressClient.Builder#allowInsecureHttp()}.
 */
public class InsecureTransportException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param exchange what was (not) sent
   */
  public InsecureTransportException(String message, FailedExchange exchange) {
    super(message, exchange, null);
  }
}
