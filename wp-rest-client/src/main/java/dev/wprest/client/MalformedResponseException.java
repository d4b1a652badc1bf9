package dev.wprest.client;

/**
 * The server answered, but not with the JSON that was due: an HTML page, PHP notices before the
 * JSON, an empty, truncated or malformed body, or trailing junk. {@link #problem()} says which; the
 * {@link FailedExchange} keeps a bounded, redacted snippet of what came instead.
 */
public class MalformedResponseException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /** What was wrong with the body. */
  private final BodyProblem problem;

  /**
   * Creates the exception.
   *
   * @param message the redacted message
   * @param exchange what was seen
   * @param problem what was wrong with the body
   * @param cause the parser's exception, or null
   */
  public MalformedResponseException(
      String message, FailedExchange exchange, BodyProblem problem, Throwable cause) {
    super(message, exchange, cause);
    this.problem = problem;
  }

  /**
   * What was wrong with the body.
   *
   * @return the problem
   */
  public BodyProblem problem() {
    return problem;
  }
}
