package dev.wprest.client.internal;

import dev.wprest.client.InvalidCredentialException;

/**
 * Refuses credential values that no HTTP header can carry, before the JDK does: its own error
 * quotes the whole header, secret included.
 */
public final class CredentialCheck {
  private CredentialCheck() {}

  /**
   * Checks a value that travels encoded (a password inside Basic's Base64 or a form body): no
   * control characters, which are a pasting or file-reading slip rather than part of a password.
   *
   * @throws InvalidCredentialException naming {@code scheme} and {@code part}, never the value
   */
  public static String sendable(String scheme, String part, String value) {
    return check(scheme, part, value, false);
  }

  /**
   * Checks a value sent as is in a header (a token, a cookie, a nonce): no control characters and
   * nothing beyond ISO-8859-1, which a header cannot carry.
   *
   * @throws InvalidCredentialException naming {@code scheme} and {@code part}, never the value
   */
  public static String headerValue(String scheme, String part, String value) {
    return check(scheme, part, value, true);
  }

  private static String check(String scheme, String part, String value, boolean header) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new InvalidCredentialException(scheme, part, problem(value, i, c));
      }
      if (header && c > 0xff) {
        throw new InvalidCredentialException(
            scheme,
            part,
            String.format(
                "holds U+%04X at position %d of %d characters, beyond the ISO-8859-1 an HTTP"
                    + " header can carry",
                (int) c, i + 1, value.length()));
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
