package dev.wprest.client;

/** Why a body that should have been JSON could not be used. */
public enum BodyProblem {
  /** The body was empty. */
  EMPTY_BODY,
  /** An HTML page came instead of JSON (web server, WAF, host, maintenance or PHP error page). */
  HTML_PAGE,
  /**
   * PHP printed notices or warnings before the JSON. The JSON after them may be intact: {@link
   * WordPressClient.Builder#tolerateLeadingPhpOutput(boolean)} accepts it deliberately.
   */
  PHP_OUTPUT_BEFORE_JSON,
  /** The JSON ended early: the body was cut off. */
  TRUNCATED_JSON,
  /** A complete JSON value was followed by more content. */
  TRAILING_CONTENT,
  /** The body looked like JSON but did not parse. */
  MALFORMED_JSON,
  /** The body is not JSON nor HTML (plain text, binary). */
  NOT_JSON,
  /** The JSON parsed but did not fit the requested Java type. */
  UNEXPECTED_SHAPE,
  /**
   * The body's {@code Content-Encoding} (gzip) did not decode: the compressed stream is corrupt or
   * was cut off before its end.
   */
  CORRUPT_ENCODING
}
