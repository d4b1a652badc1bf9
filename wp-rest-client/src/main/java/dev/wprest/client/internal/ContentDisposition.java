package dev.wprest.client.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of an upload. WordPress reads only the plain {@code filename}
 * parameter, splits the header on {@code ;} and does not unescape quotes, so that parameter gets an
 * ASCII name without {@code ;}, {@code "} or {@code \}. A name that needed changing also goes as
 * RFC 6266/5987 {@code filename*} (UTF-8, percent-encoded) for servers and proxies that read it.
 */
public final class ContentDisposition {
  private ContentDisposition() {}

  /** The header value for an upload named {@code filename}. */
  public static String attachment(String filename) {
    String fallback = asciiFallback(filename);
    if (fallback.equals(filename)) {
      return "attachment; filename=\"" + filename + "\"";
    }
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(filename);
  }

  /**
   * Accents dropped ({@code é} → {@code e}), anything else outside safe ASCII becomes {@code _}.
   */
  public static String asciiFallback(String filename) {
    String decomposed = Normalizer.normalize(filename, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      boolean safe = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';';
      out.append(safe ? c : '_');
    }
    return out.toString();
  }

  /** RFC 5987 {@code attr-char}s stay, every other UTF-8 byte is {@code %XX}. */
  private static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
