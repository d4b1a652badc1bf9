package dev.wprest.client.internal;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.EnvironmentVariableException;
import dev.wprest.client.InvalidCredentialException;
import java.util.function.Function;

/**
 * Reads a client's configuration from environment variables: {@code WP_BASE_URL}, and {@code
 * WP_USER} with {@code WP_APP_PASSWORD} for Application Password auth. An empty variable counts as
 * unset. Errors name the variable; a password is never part of one.
 */
public final class EnvironmentVariables {
  /** The site's URL. */
  public static final String BASE_URL = "WP_BASE_URL";

  /** The user an Application Password belongs to (login name or e-mail). */
  public static final String USER = "WP_USER";

  /** The Application Password. */
  public static final String APP_PASSWORD = "WP_APP_PASSWORD";

  private final Function<String, String> environment;

  /**
   * Reads from {@code environment}, e.g. {@code System::getenv} or {@code Map::get}.
   *
   * @param environment gives a variable's value, or null when it is not set
   */
  public EnvironmentVariables(Function<String, String> environment) {
    this.environment = environment;
  }

  /**
   * {@code WP_BASE_URL}, to be checked by the builder.
   *
   * @return the value
   * @throws EnvironmentVariableException when it is not set
   */
  public String baseUrl() {
    String url = value(BASE_URL);
    if (url == null) {
      throw new EnvironmentVariableException(
          BASE_URL, BASE_URL + " is not set: give the site's URL, e.g. https://example.com", null);
    }
    return url;
  }

  /**
   * The message for a {@code WP_BASE_URL} the builder refused. A URL holding {@code @} may carry a
   * password in its userinfo, so it is not quoted then.
   *
   * @param url the value
   * @param refusal the builder's reason, which quotes the value
   * @return the exception
   */
  public EnvironmentVariableException invalidBaseUrl(String url, IllegalArgumentException refusal) {
    boolean mayHoldPassword = url.indexOf('@') >= 0;
    return new EnvironmentVariableException(
        BASE_URL,
        BASE_URL
            + " is not usable as the site's URL: "
            + (mayHoldPassword
                ? "it holds '@' (not shown: it may carry a password); give the URL without"
                    + " credentials, and the user and Application Password in "
                    + USER
                    + " and "
                    + APP_PASSWORD
                : refusal.getMessage()),
        mayHoldPassword ? null : refusal);
  }

  /**
   * Application Password auth from {@code WP_USER} and {@code WP_APP_PASSWORD}; none when both are
   * unset.
   *
   * @return the strategy
   * @throws EnvironmentVariableException when only one of the two is set, or the password cannot be
   *     sent
   */
  public AuthStrategy auth() {
    String user = value(USER);
    String password = value(APP_PASSWORD);
    if (user == null && password == null) {
      return AuthStrategy.none();
    }
    if (password == null) {
      throw new EnvironmentVariableException(
          APP_PASSWORD,
          APP_PASSWORD
              + " is not set, but "
              + USER
              + " is: give the Application Password created for that user in Users > Profile"
              + " (not the login password), or unset "
              + USER
              + " to call without credentials",
          null);
    }
    if (user == null) {
      throw new EnvironmentVariableException(
          USER,
          USER
              + " is not set, but "
              + APP_PASSWORD
              + " is: give the login name or e-mail of the user the Application Password belongs"
              + " to",
          null);
    }
    try {
      return AuthStrategy.applicationPassword(user, password);
    } catch (InvalidCredentialException e) {
      // Its message names the part and the problem, never the value.
      String variable = e.part().contains("password") ? APP_PASSWORD : USER;
      throw new EnvironmentVariableException(variable, variable + ": " + e.getMessage(), e);
    }
  }

  private String value(String name) {
    String v = environment.apply(name);
    return v == null || v.isEmpty() ? null : v;
  }
}
