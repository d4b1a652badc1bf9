package dev.wprest.client;

/**
 * Refuses credential values that no HTTP header can carry, before the JDK does: its own error
 * quotes the whole header, secret included.
 */
final class CredentialCheck {
  private CredentialCheck() {}

  /**
   * Checks one value.
   *
   * @throws InvalidCredentialException naming {@code scheme} and {@code part}, never the value
   */
  static String sendable(String scheme, String part, String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new InvalidCredentialException(scheme, part, problem(value, i, c));
      }
    }
    return value;
  }

  private static String problem(String value, int index, char c) {
    boolean trailing = value.substring(index).chars().allMatch(ch -> ch == '\r' || ch == '\n');
    if (trailing) {
      return "ends with a line break ("
          + (value.endsWith("\r\n") ? "CR LF" : c == '\r' ? "CR" : "LF")
          + "), as a value read from a file does: strip it where it is read, e.g."
          + " Files.readString(path).strip()";
    }
    return String.format(
        "holds the control character U+%04X at position %d of %d characters, which no HTTP"
            + " header can carry",
        (int) c, index + 1, value.length());
  }
}
