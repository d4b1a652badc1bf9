package dev.wprest.client;

import static java.util.Objects.requireNonNull;

/**
 * {@link WordPressClient#fromEnvironment()} found a variable missing or unusable. The message names
 * the variable and what is wrong with it; it never shows a password.
 */
public class EnvironmentVariableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The variable at fault. */
  private final String variable;

  /**
   * Creates the exception.
   *
   * @param variable the variable's name, e.g. {@code WP_BASE_URL}
   * @param message what is wrong with it, naming it, without a secret
   * @param cause the underlying error, or null; its message must hold no secret either
   */
  public EnvironmentVariableException(String variable, String message, Throwable cause) {
    super(requireNonNull(message, "message == null"), cause);
    this.variable = requireNonNull(variable, "variable == null");
  }

  /**
   * The variable at fault.
   *
   * @return its name, e.g. {@code WP_APP_PASSWORD}
   */
  public String variable() {
    return variable;
  }
}
