package dev.wprest.client.model;

import java.util.Map;

/**
 * Plain text from the HTML-escaped text WordPress stores for names: term and user names pass {@code
 * _wp_specialchars} on save ({@code R&D} is stored and sent as {@code R&amp;D}), and kses keeps the
 * named and numeric entities a user typed.
 */
final class HtmlText {
  /** The entities WordPress's escaping and its editors produce; others are left as they are. */
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00a0"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("hellip", "\u2026"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201c"),
          Map.entry("rdquo", "\u201d"),
          Map.entry("copy", "\u00a9"),
          Map.entry("reg", "\u00ae"),
          Map.entry("trade", "\u2122"),
          Map.entry("euro", "\u20ac"));

  private HtmlText() {}

  /** The text with its entities decoded, once ({@code &amp;amp;} gives {@code &amp;}). */
  static String decode(String html) {
    int amp = html.indexOf('&');
    if (amp < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length());
    int from = 0;
    while (amp >= 0) {
      int semi = html.indexOf(';', amp);
      String decoded =
          semi > amp + 1 && semi - amp <= 10 ? entity(html.substring(amp + 1, semi)) : null;
      if (decoded == null) {
        out.append(html, from, amp + 1);
        from = amp + 1;
      } else {
        out.append(html, from, amp).append(decoded);
        from = semi + 1;
      }
      amp = html.indexOf('&', from);
    }
    return out.append(html, from, html.length()).toString();
  }

  private static String entity(String name) {
    if (name.charAt(0) != '#') {
      return NAMED.get(name);
    }
    try {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(codePoint)
          ? new String(Character.toChars(codePoint))
          : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The text escaped as WordPress stores a name: {@code &}, {@code <} and {@code >}. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
