package dev.wprest.wpdoctor;

/**
 * Shell lines that set the variables the examples and {@code wp-doctor check} read ({@code
 * WP_BASE_URL}, {@code WP_USER}, {@code WP_APP_PASSWORD}), each value single-quoted so that {@code
 * eval} or {@code source} keeps it as it is.
 */
final class EnvironmentLines {
  private EnvironmentLines() {}

  /** {@code NAME='value'}, a single quote inside written as {@code '\''}. */
  static String line(String name, String value) {
    if (!name.matches("[A-Z_][A-Z0-9_]*")) {
      throw new IllegalArgumentException("not a variable name: " + name);
    }
    return name + "='" + value.replace("'", "'\\''") + "'";
  }

  /** Whether a value can be printed on one line: no control character, which a shell would run. */
  static boolean printable(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return false;
      }
    }
    return !value.isEmpty();
  }
}
