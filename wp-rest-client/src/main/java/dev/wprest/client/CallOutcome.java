package dev.wprest.client;

/** How a call ended, by its final answer's status class; for metrics tags. */
public enum CallOutcome {
  /** A 2xx answer. */
  SUCCESS,
  /** A 3xx answer the client did not follow (a refused redirect). */
  REDIRECTION,
  /** A 4xx answer. */
  CLIENT_ERROR,
  /** A 5xx answer. */
  SERVER_ERROR,
  /** No answer: connection, timeout or transport failure, or the client refused to send. */
  NO_ANSWER;

  /**
   * The outcome of a final status.
   *
   * @param status the HTTP status, or 0 when no answer came
   * @return the outcome
   */
  public static CallOutcome of(int status) {
    if (status >= 200 && status < 300) {
      return SUCCESS;
    }
    if (status >= 300 && status < 400) {
      return REDIRECTION;
    }
    if (status >= 400 && status < 500) {
      return CLIENT_ERROR;
    }
    return status >= 500 ? SERVER_ERROR : NO_ANSWER;
  }
}
