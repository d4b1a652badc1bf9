package dev.wprest.client;

/** What a response body turned out to be, as evidence for errors and diagnoses. */
public enum BodyKind {
  /** No response arrived (a transport failure), or the body was not looked at. */
  NONE,
  /** The response had an empty body. */
  EMPTY,
  /** A JSON document. */
  JSON,
  /** PHP notices, warnings or deprecation messages printed before a JSON document. */
  PHP_OUTPUT_BEFORE_JSON,
  /** An HTML page: a web server, proxy, WAF or host page, or a PHP error page. */
  HTML,
  /** Something else: plain text, a truncated or malformed document, binary data. */
  OTHER
}
