package dev.wprest.client;

import java.util.OptionalLong;

/**
 * The response was larger than the client's maximum response size ({@link
 * WordPressClient.Builder#maxResponseBytes(long)}). The limit is enforced while the body streams
 * in: a declared {@code Content-Length} above it is refused before the body is read, an undeclared
 * one is cut off as it passes the limit, so memory stays bounded whatever the server sends. Not
 * retried: the same request would get the same answer. The exchange has the status and headers, no
 * body.
 */
public class ResponseTooLargeException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /** The maximum response size in bytes. */
  private final long limit;

  /** The declared {@code Content-Length}, or -1 when none was declared. */
  private final long declared;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen: status and headers, no body
   * @param limit the maximum response size in bytes
   * @param declared the {@code Content-Length} the server declared, if any
   */
  public ResponseTooLargeException(
      String message, FailedExchange exchange, long limit, OptionalLong declared) {
    super(message, exchange, null);
    this.limit = limit;
    this.declared = declared.orElse(-1);
  }

  /**
   * The maximum response size that was passed.
   *
   * @return bytes
   */
  public long limit() {
    return limit;
  }

  /**
   * The size the server declared in {@code Content-Length}.
   *
   * @return bytes, or empty for an undeclared (chunked) body
   */
  public OptionalLong declaredLength() {
    return declared < 0 ? OptionalLong.empty() : OptionalLong.of(declared);
  }
}
