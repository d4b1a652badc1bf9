package dev.wprest.client.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every form in which a secret can come back from a server, so that masking knows them before they
 * arrive instead of guessing at shapes afterwards.
 *
 * <p>For a secret {@code s} (and, for a password, its {@code user}), the variants are {@code s}
 * itself; for a value with spaces, {@code s} without spaces, with dashes for spaces and with only
 * its letters and digits (WordPress accepts an Application Password in all three); and {@code s}
 * cookie-decoded when it is percent-encoded ({@code %7C} → {@code |}). Each variant is registered:
 *
 * <ul>
 *   <li>raw;
 *   <li>URL-encoded as Java's {@code URLEncoder}, PHP's {@code urlencode} and {@code rawurlencode}
 *       and JavaScript's {@code encodeURIComponent} do, a space as {@code +} and as {@code %20};
 *   <li>JSON-escaped as PHP's {@code json_encode} writes it ({@code \/}, <code>&#92;u00e9</code>)
 *       and as Jackson writes it, and HTML-escaped ({@code &amp;}, {@code &quot;}, {@code &#039;});
 *   <li>Base64 (standard, padded or not, and URL-safe) of {@code s} and of {@code user:s}, each
 *       also URL-encoded and JSON-escaped.
 * </ul>
 *
 * <p>Hex digits are matched in any case by {@link SecretSet}, so {@code %2f} and {@code %2F} (and
 * mixed) are one form. Not covered: a secret split across lines, Base64 of a longer string that
 * merely contains the secret (its alignment differs), double encodings other than those above.
 */
public final class SecretForms {
  /** Shorter forms are not registered: masking them would shred ordinary text. */
  public static final int MIN_LENGTH = 4;

  private static final String JAVA_SAFE = "-_.*";
  private static final String PHP_SAFE = "-_.";
  private static final String RAW_SAFE = "-_.~";
  private static final String JS_SAFE = "-_.!~*'()";

  private SecretForms() {}

  /**
   * The forms of a secret on its own (a token, a cookie value, a nonce).
   *
   * @param secret the secret
   * @return its forms of at least {@link #MIN_LENGTH} characters, longest first not guaranteed
   */
  public static Set<String> of(String secret) {
    return of(null, secret);
  }

  /**
   * The forms of a password sent with a user name, Base64 of {@code user:password} included.
   *
   * @param user the user name, or null
   * @param secret the password
   * @return its forms of at least {@link #MIN_LENGTH} characters
   */
  public static Set<String> of(String user, String secret) {
    Set<String> out = new LinkedHashSet<>();
    if (secret == null || secret.isEmpty()) {
      return out;
    }
    for (String variant : variants(secret)) {
      addTextForms(out, variant);
      addBase64Forms(out, variant);
      if (user != null) {
        addBase64Forms(out, user + ":" + variant);
      }
    }
    out.removeIf(form -> form.length() < MIN_LENGTH);
    return out;
  }

  private static Set<String> variants(String secret) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(secret);
    if (secret.indexOf(' ') >= 0) {
      variants.add(secret.replace(" ", ""));
      variants.add(secret.replace(' ', '-'));
      if (ApplicationPasswordShape.writtenAsOne(secret)) {
        variants.add(ApplicationPasswordShape.lettersAndDigits(secret));
      }
    }
    if (secret.indexOf('%') >= 0) {
      try {
        variants.add(URLDecoder.decode(secret.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException notPercentEncoded) {
        // a literal % in the secret: there is no decoded form
      }
    }
    return variants;
  }

  private static void addTextForms(Set<String> out, String value) {
    String php = phpJson(value);
    addUrlForms(out, value);
    addUrlForms(out, php);
    out.add(jacksonJson(value));
    out.add(html(value));
  }

  /**
   * The value raw and as each common URL encoder writes it, a space as {@code +} and {@code %20}.
   */
  private static void addUrlForms(Set<String> out, String value) {
    out.add(value);
    for (String safe : new String[] {JAVA_SAFE, PHP_SAFE, RAW_SAFE, JS_SAFE}) {
      String encoded = urlEncode(value, safe, "%20");
      out.add(encoded);
      out.add(encoded.replace("%20", "+"));
    }
  }

  private static void addBase64Forms(Set<String> out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    String standard = Base64.getEncoder().withoutPadding().encodeToString(bytes);
    String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    out.add(urlSafe);
    // Padded and unpadded: the unpadded form alone would leave a stray "=" after the mask.
    for (String form : new String[] {standard, Base64.getEncoder().encodeToString(bytes)}) {
      addUrlForms(out, form);
      addUrlForms(out, form.replace("/", "\\/"));
    }
  }

  /** Percent-encodes UTF-8 bytes except letters, digits and {@code safe}; upper-case hex. */
  static String urlEncode(String value, String safe, String space) {
    StringBuilder b = new StringBuilder(value.length() + 16);
    for (byte raw : value.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || (c < 0x80 && safe.indexOf(c) >= 0)) {
        b.append((char) c);
      } else if (c == ' ') {
        b.append(space);
      } else {
        b.append('%').append(hex(c >> 4)).append(hex(c & 0xf));
      }
    }
    return b.toString();
  }

  /**
   * PHP's {@code json_encode} default: {@code \/}, and every non-ASCII char as <code>&#92;uXXXX
   * </code>.
   */
  static String phpJson(String value) {
    StringBuilder b = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/') {
        b.append("\\/");
      } else if (c >= 0x80) {
        unicodeEscape(b, c);
      } else {
        jsonAscii(b, c, true);
      }
    }
    return b.toString();
  }

  /** Jackson's default: quotes, backslashes and control characters only (DEL stays as is). */
  static String jacksonJson(String value) {
    StringBuilder b = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x7f) {
        b.append(c);
      } else {
        jsonAscii(b, c, false);
      }
    }
    return b.toString();
  }

  private static void jsonAscii(StringBuilder b, char c, boolean escapeDelete) {
    switch (c) {
      case '"':
        b.append("\\\"");
        break;
      case '\\':
        b.append("\\\\");
        break;
      case '\n':
        b.append("\\n");
        break;
      case '\r':
        b.append("\\r");
        break;
      case '\t':
        b.append("\\t");
        break;
      case '\b':
        b.append("\\b");
        break;
      case '\f':
        b.append("\\f");
        break;
      default:
        if (c < 0x20 || (escapeDelete && c == 0x7f)) {
          unicodeEscape(b, c);
        } else {
          b.append(c);
        }
    }
  }

  private static void unicodeEscape(StringBuilder b, char c) {
    b.append("\\u").append(hex(c >> 12)).append(hex((c >> 8) & 0xf));
    b.append(hex((c >> 4) & 0xf)).append(hex(c & 0xf));
  }

  /** What WordPress's {@code esc_attr} and {@code esc_html} make of a value. */
  static String html(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#039;");
  }

  private static char hex(int nibble) {
    return "0123456789ABCDEF".charAt(nibble);
  }
}
