package dev.wprest.client;

import dev.wprest.client.internal.TlsReasons;
import java.util.Optional;

/**
 * The exchange failed below HTTP: connection refused or reset, TLS failure, the connection closed
 * mid-body. Connect failures are retried for every method; other I/O failures only for idempotent
 * methods (a POST becomes an {@link OutcomeUnknownException}).
 *
 * <p>When TLS refused the site's certificate, {@link #tlsReason()} says why (expired, issued for
 * another host, not trusted), and the message ends with it.
 */
public class TransportException extends WordPressException {
  private static final long serialVersionUID = 1L;

  private final transient TlsReason tlsReason;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param cause the I/O failure
   */
  public TransportException(String message, FailedExchange exchange, Throwable cause) {
    this(message, exchange, cause, tlsReason(cause, exchange));
  }

  private TransportException(
      String message, FailedExchange exchange, Throwable cause, TlsReason tlsReason) {
    super(
        tlsReason == null ? message : message + "; TLS certificate " + tlsReason.detail(),
        exchange,
        cause);
    this.tlsReason = tlsReason;
  }

  private static TlsReason tlsReason(Throwable cause, FailedExchange exchange) {
    String host = exchange == null || exchange.uri() == null ? null : exchange.uri().getHost();
    return TlsReasons.read(cause, host).orElse(null);
  }

  /**
   * Why TLS refused the site's certificate, when it did.
   *
   * @return the reason, or empty when the failure was not a certificate refusal
   */
  public Optional<TlsReason> tlsReason() {
    return Optional.ofNullable(tlsReason);
  }
}
