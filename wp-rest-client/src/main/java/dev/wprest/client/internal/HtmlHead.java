package dev.wprest.client.internal;

import java.util.Optional;

/**
 * Reads the {@code <title>} and {@code <link>} tags at the start of an HTML page in one forward
 * pass over a bounded window: time linear in the window whatever the page holds (a regular
 * expression over a few megabytes of repeated, unterminated tags backtracked for minutes).
 */
public final class HtmlHead {
  /**
   * How many characters of a page are read. WordPress prints the title and the REST API link in
   * {@code wp_head}, after inline styles that reach some hundred kilobytes in block themes.
   */
  public static final int WINDOW = 1 << 20;

  private HtmlHead() {}

  /**
   * The text of the first {@code <title>} element within the window, whitespace folded.
   *
   * @param html the page
   * @return the title, if a non-blank one opens and closes within the window
   */
  public static Optional<String> title(String html) {
    int end = Math.min(html.length(), WINDOW);
    int from = 0;
    while (true) {
      int open = indexOfIgnoreCase(html, "<title", from, end);
      if (open < 0) {
        return Optional.empty();
      }
      int after = open + "<title".length();
      if (after < end && !endsTagName(html.charAt(after))) {
        from = after; // <titles> or similar: not a title
        continue;
      }
      int gt = indexOf(html, '>', after, end);
      if (gt < 0) {
        return Optional.empty();
      }
      // No closing tag after this opening one means none after any later one either.
      int close = indexOfIgnoreCase(html, "</title", gt + 1, end);
      if (close < 0) {
        return Optional.empty();
      }
      String title = foldWhitespace(html, gt + 1, close);
      return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }
  }

  /**
   * The {@code href} of the first {@code <link>} within the window whose {@code rel} names {@code
   * relation} (case-insensitively), with the {@code &amp;} entities WordPress writes decoded.
   *
   * @param html the page
   * @param relation the link relation, e.g. {@code https://api.w.org/}
   * @return the raw target, if such a link is there
   */
  public static Optional<String> linkHref(String html, String relation) {
    int end = Math.min(html.length(), WINDOW);
    int from = 0;
    while (true) {
      int open = indexOfIgnoreCase(html, "<link", from, end);
      if (open < 0) {
        return Optional.empty();
      }
      int after = open + "<link".length();
      if (after < end && !endsTagName(html.charAt(after))) {
        from = after;
        continue;
      }
      String[] relAndHref = new String[2];
      int next = relAndHref(html, after, end, relAndHref);
      if (next < 0) {
        return Optional.empty(); // unterminated: anything later is inside this tag
      }
      if (relAndHref[1] != null && relAndHref[0] != null && hasToken(relAndHref[0], relation)) {
        return Optional.of(relAndHref[1].replace("&amp;", "&").replace("&#038;", "&"));
      }
      from = next;
    }
  }

  /**
   * Reads a tag's attributes up to its unquoted {@code >}, keeping the first {@code rel} and {@code
   * href} values in {@code out}.
   *
   * @return the index after the {@code >}, or -1 when the tag does not end within the window
   */
  private static int relAndHref(String html, int from, int end, String[] out) {
    int i = from;
    while (true) {
      while (i < end && (Character.isWhitespace(html.charAt(i)) || html.charAt(i) == '/')) {
        i++;
      }
      if (i >= end) {
        return -1;
      }
      if (html.charAt(i) == '>') {
        return i + 1;
      }
      int nameStart = i;
      while (i < end && !endsAttributeName(html.charAt(i))) {
        i++;
      }
      if (i == nameStart) {
        i++; // a stray '=' or quote: skip it so the scan always moves forward
        continue;
      }
      int slot =
          isName(html, nameStart, i, "rel") ? 0 : isName(html, nameStart, i, "href") ? 1 : -1;
      while (i < end && Character.isWhitespace(html.charAt(i))) {
        i++;
      }
      int valueStart = i;
      int valueEnd = i;
      if (i < end && html.charAt(i) == '=') {
        i++;
        while (i < end && Character.isWhitespace(html.charAt(i))) {
          i++;
        }
        if (i < end && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
          int close = indexOf(html, html.charAt(i), i + 1, end);
          if (close < 0) {
            return -1;
          }
          valueStart = i + 1;
          valueEnd = close;
          i = close + 1;
        } else {
          valueStart = i;
          while (i < end && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
            i++;
          }
          valueEnd = i;
        }
      }
      if (slot >= 0 && out[slot] == null) {
        out[slot] = html.substring(valueStart, valueEnd);
      }
    }
  }

  private static boolean isName(String html, int from, int to, String name) {
    return to - from == name.length() && html.regionMatches(true, from, name, 0, name.length());
  }

  /** Whether the whitespace-separated list holds the token, any case. */
  private static boolean hasToken(String list, String token) {
    int n = token.length();
    for (int at = 0; (at = indexOfIgnoreCase(list, token, at, list.length())) >= 0; at++) {
      boolean starts = at == 0 || Character.isWhitespace(list.charAt(at - 1));
      boolean ends = at + n == list.length() || Character.isWhitespace(list.charAt(at + n));
      if (starts && ends) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsTagName(char c) {
    return Character.isWhitespace(c) || c == '>' || c == '/';
  }

  private static boolean endsAttributeName(char c) {
    return Character.isWhitespace(c) || c == '=' || c == '>' || c == '/' || c == '"' || c == '\'';
  }

  /** The first index of {@code needle} in {@code [from, end)}, any case, or -1. */
  private static int indexOfIgnoreCase(String text, String needle, int from, int end) {
    char first = Character.toLowerCase(needle.charAt(0));
    for (int i = from; i + needle.length() <= end; i++) {
      if (Character.toLowerCase(text.charAt(i)) == first
          && text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(String text, char c, int from, int end) {
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static String foldWhitespace(String text, int from, int to) {
    StringBuilder out = new StringBuilder(Math.min(to - from, 4096));
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
