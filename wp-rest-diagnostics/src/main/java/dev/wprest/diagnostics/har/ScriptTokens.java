package dev.wprest.diagnostics.har;

import java.util.function.BiConsumer;

/**
 * Finds {@code "token": "..."}, {@code nonce: '...'} and {@code key="..."} in a text that is no
 * JSON (a page's script): a name of 1 to 40 letters, {@code _} or {@code -}, optionally quoted,
 * then {@code :} or {@code =}, then a quoted value of 4 to 400 characters without quotes or spaces.
 * Read from each {@code :} and {@code =} outwards, so that the work is one pass over the text: a
 * regular expression tried at every position (and backtracking through every word) made a gigabyte
 * of pages take minutes.
 */
final class ScriptTokens {
  private static final int MAX_NAME = 40;
  private static final int MIN_VALUE = 4;
  private static final int MAX_VALUE = 400;

  private ScriptTokens() {}

  /** Passes each name and its value, in text order, to {@code found}. */
  static void forEach(String text, BiConsumer<String, String> found) {
    int resume = 0;
    for (int at = 0; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c != ':' && c != '=') {
        continue;
      }
      int valueStart = skipSpaces(text, at + 1);
      if (valueStart >= text.length() || !isQuote(text.charAt(valueStart))) {
        continue;
      }
      valueStart++;
      int valueEnd = valueStart;
      while (valueEnd < text.length() && valueEnd - valueStart <= MAX_VALUE) {
        char v = text.charAt(valueEnd);
        if (isQuote(v) || isSpace(v)) {
          break;
        }
        valueEnd++;
      }
      int length = valueEnd - valueStart;
      if (length < MIN_VALUE
          || length > MAX_VALUE
          || valueEnd >= text.length()
          || !isQuote(text.charAt(valueEnd))) {
        continue;
      }
      int nameEnd = at;
      while (nameEnd > resume && isSpace(text.charAt(nameEnd - 1))) {
        nameEnd--;
      }
      if (nameEnd > resume && isQuote(text.charAt(nameEnd - 1))) {
        nameEnd--;
      }
      int nameStart = nameEnd;
      while (nameStart > 0 && isNameChar(text.charAt(nameStart - 1))) {
        nameStart--;
      }
      int nameLength = nameEnd - nameStart;
      if (nameLength < 1 || nameLength > MAX_NAME || nameStart < resume) {
        continue;
      }
      found.accept(text.substring(nameStart, nameEnd), text.substring(valueStart, valueEnd));
      resume = valueEnd + 1;
      at = valueEnd;
    }
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** What {@code \\s} matches in a Java regular expression: ASCII whitespace only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  private static boolean isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-';
  }
}
