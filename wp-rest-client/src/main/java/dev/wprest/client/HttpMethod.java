package dev.wprest.client;

/** The HTTP methods the WordPress REST API uses. */
public enum HttpMethod {
  /** Read. */
  GET,
  /** Read headers only. */
  HEAD,
  /** Create, or run an action. Not idempotent. */
  POST,
  /** Replace or update. Idempotent. */
  PUT,
  /** Partial update. Treated as not idempotent. */
  PATCH,
  /** Delete (WordPress moves posts to the trash unless {@code force=true}). Idempotent. */
  DELETE,
  /** Ask a route for its schema and the {@code Allow} header. */
  OPTIONS;

  /**
   * Whether sending the request twice has the same effect as once, so it may be retried after its
   * bytes may have reached the server.
   *
   * @return true for GET, HEAD, PUT, DELETE and OPTIONS
   */
  public boolean idempotent() {
    return this != POST && this != PATCH;
  }

  /**
   * Whether the method only reads.
   *
   * @return true for GET, HEAD and OPTIONS
   */
  public boolean safe() {
    return this == GET || this == HEAD || this == OPTIONS;
  }
}
