package dev.wprest.client.internal;

import dev.wprest.client.InvalidCredentialException;

/**
 * What a {@code Cookie} header can carry (RFC 6265 section 4.1.1): a name that is a token and a
 * value of cookie-octets, optionally in double quotes. A value holding {@code ; other=x} would end
 * the cookie and add another one, so such values are refused, never escaped or cut.
 */
public final class CookieSyntax {
  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={} \t";

  private CookieSyntax() {}

  /**
   * Checks a cookie the caller gave.
   *
   * @throws InvalidCredentialException naming {@code scheme} and the problem, never the value (nor
   *     a name that is not a valid cookie name)
   */
  public static void check(String scheme, String name, String value) {
    int bad = firstInvalidNameChar(name);
    if (name.isEmpty()) {
      throw new InvalidCredentialException(scheme, "cookie name", "is empty");
    }
    if (bad >= 0) {
      throw new InvalidCredentialException(
          scheme,
          "cookie name",
          "holds "
              + describe(name.charAt(bad))
              + " at position "
              + (bad + 1)
              + " of "
              + name.length()
              + " characters, which no cookie name may hold");
    }
    bad = firstInvalidValueChar(value);
    if (bad >= 0) {
      char c = value.charAt(bad);
      throw new InvalidCredentialException(
          scheme,
          "cookie " + name,
          "holds "
              + describe(c)
              + " at position "
              + (bad + 1)
              + " of "
              + value.length()
              + " characters"
              + (c == ';' || c == ','
                  ? ", which would end this cookie and start another in the Cookie header"
                  : ", which no cookie value may hold")
              + ": give the value exactly as the browser stores it (URL-encoded, e.g. %7C for |)");
    }
  }

  /** Whether a cookie a server set can be sent back as it is. */
  public static boolean sendable(String name, String value) {
    return !name.isEmpty() && firstInvalidNameChar(name) < 0 && firstInvalidValueChar(value) < 0;
  }

  private static int firstInvalidNameChar(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || SEPARATORS.indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstInvalidValueChar(String value) {
    boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
    int from = quoted ? 1 : 0;
    int to = quoted ? value.length() - 1 : value.length();
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '"' || c == ',' || c == ';' || c == '\\') {
        return i;
      }
    }
    return -1;
  }

  private static String describe(char c) {
    return c > 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }
}
