package dev.wprest.client;

/**
 * This request of a batch sent with {@link BatchValidation#REQUIRE_ALL_VALIDATE} was valid, but
 * WordPress ran none of the batch's requests because another one did not validate. Nothing changed
 * on the site; the exchange is the batch's own answer ({@code 207}, {@code "failed":
 * "validation"}).
 */
public final class BatchNotExecutedException extends WordPressException {
  private static final long serialVersionUID = 1L;

  BatchNotExecutedException(String message, FailedExchange exchange) {
    super(message, exchange, null);
  }
}
