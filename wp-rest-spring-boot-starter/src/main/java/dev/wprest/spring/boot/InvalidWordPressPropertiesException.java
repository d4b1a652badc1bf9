package dev.wprest.spring.boot;

/**
 * The {@code wordpress.*} properties cannot make a client: the message names the property and what
 * it needs, never a secret's value.
 */
public final class InvalidWordPressPropertiesException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The property at fault. */
  private final String property;

  /** What to change. */
  private final String action;

  InvalidWordPressPropertiesException(String property, String problem, String action) {
    super(property + ": " + problem);
    this.property = property;
    this.action = action;
  }

  InvalidWordPressPropertiesException(String property, String problem, String action, Throwable e) {
    super(property + ": " + problem, e);
    this.property = property;
    this.action = action;
  }

  /**
   * The property at fault.
   *
   * @return its name, e.g. {@code wordpress.auth.secret}
   */
  public String property() {
    return property;
  }

  /**
   * What to change, in the imperative.
   *
   * @return the action
   */
  public String action() {
    return action;
  }
}
