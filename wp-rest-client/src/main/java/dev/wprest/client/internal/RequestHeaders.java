package dev.wprest.client.internal;

import dev.wprest.client.CredentialHeaderException;
import java.util.Locale;
import java.util.Set;

/**
 * What a caller may add as a request header: never a credential (the auth strategy owns those),
 * never a header the JDK client sets itself, and nothing a header cannot carry. Checked when the
 * header is given, so that a bad one fails at once with a clear error instead of inside the call.
 */
public final class RequestHeaders {
  /** The headers {@code java.net.http} refuses to let a request set. */
  private static final Set<String> SET_BY_THE_CLIENT =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

  private RequestHeaders() {}

  /**
   * Checks a header a caller adds to a request.
   *
   * @param name the header's name
   * @param value its value
   * @throws CredentialHeaderException for a credential header
   * @throws IllegalArgumentException for a header the client sets itself, a name that is not an
   *     HTTP token, or a value holding a control character (the message never quotes the value)
   */
  public static void check(String name, String value) {
    if (Redaction.isSecretHeader(name)) {
      throw new CredentialHeaderException(name);
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a header name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean token =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || TOKEN_SYMBOLS.indexOf(c) >= 0;
      if (!token) {
        throw new IllegalArgumentException(
            String.format(
                "header name holds U+%04X at position %d, which no header name may hold",
                (int) c, i + 1));
      }
    }
    if (SET_BY_THE_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          name + " is set by the HTTP client itself and cannot be set on a request");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((Character.isISOControl(c) && c != '\t') || c > 0xff) {
        throw new IllegalArgumentException(
            String.format(
                "the value of header %s holds U+%04X at position %d of %d characters, which an"
                    + " HTTP header cannot carry",
                name, (int) c, i + 1, value.length()));
      }
    }
  }
}
