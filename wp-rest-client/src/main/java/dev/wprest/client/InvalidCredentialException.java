package dev.wprest.client;

import static java.util.Objects.requireNonNull;

/**
 * A credential cannot be sent as given: it holds a control character (a line break, a NUL, ...)
 * that no HTTP header may carry. Thrown before anything is sent, by the strategy's factory for a
 * fixed credential and by the call for one supplied later (a bearer token {@code Supplier}).
 *
 * <p>The message names the strategy, the part (token, password, nonce, a cookie by name) and the
 * problem, never the value. A credential is not trimmed silently: a token read with {@code
 * Files.readString} keeps the file's final newline, and the fix belongs where it is read ({@code
 * .strip()}), so that every other place using the same value is right too.
 */
public class InvalidCredentialException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The refused strategy's scheme. */
  private final String scheme;

  /** Which part of the credential was refused. */
  private final String part;

  /**
   * Creates the exception.
   *
   * @param scheme the strategy's scheme, e.g. {@code bearer}
   * @param part which part of the credential, e.g. {@code token}
   * @param problem what is wrong with it, without the value
   */
  public InvalidCredentialException(String scheme, String part, String problem) {
    super(
        requireNonNull(scheme, "scheme == null")
            + ": the "
            + requireNonNull(part, "part == null")
            + " "
            + requireNonNull(problem, "problem == null")
            + "; nothing was sent");
    this.scheme = scheme;
    this.part = part;
  }

  /**
   * The scheme of the strategy whose credential was refused.
   *
   * @return e.g. {@code bearer}, {@code application-password}
   */
  public String scheme() {
    return scheme;
  }

  /**
   * Which part of the credential was refused.
   *
   * @return e.g. {@code token}, {@code password}, {@code cookie wordpress_logged_in_...}
   */
  public String part() {
    return part;
  }
}
