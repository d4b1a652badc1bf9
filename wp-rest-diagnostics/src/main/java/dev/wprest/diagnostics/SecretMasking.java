package dev.wprest.diagnostics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything shaped like a credential in a value from the wire before an analyzer quotes it.
 * The client already masks the secrets it knows (its own credential, nonce and cookie values, in
 * every encoding); this catches shapes it cannot know about, such as a server echoing someone
 * else's header in a page. It runs on values, never on the sentences built from them: its patterns
 * ({@code password: X}) would eat the library's own words.
 */
final class SecretMasking {
  static final String MASK = "[REDACTED]";

  private static final Pattern[] KEEP_FIRST_GROUP = {
    // Authorization: Basic dXNlcjpwYXNz / Bearer eyJ...
    Pattern.compile(
        "(?i)\\b((?:basic|bearer|digest|negotiate|token)\\s+)"
            + "(?-i:(?=[a-z._~\\-]*[A-Z0-9+/=]))[A-Za-z0-9+/=._~\\-]{12,}"),
    // Cookie pairs of WordPress and PHP sessions: keep the name, mask the value.
    Pattern.compile("\\b((?:wordpress_|wp-|wp_|PHPSESSID|SESS)[A-Za-z0-9_\\-]*=)[^;\\s\"'&,<]{4,}"),
    // password=..., "token": "...", nonce: ..., _wpnonce=...
    Pattern.compile(
        "(?i)((?:pass(?:word)?|pwd|secret|token|jwt|nonce|_wpnonce|api[_-]?key)"
            + "[\"']?\\s*[:=]\\s*[\"']?)[^\"'&\\s,;}<]{4,}"),
  };

  private static final Pattern[] WHOLE = {
    // An Application Password as WordPress shows it (six groups of four) or without spaces.
    Pattern.compile("\\b[A-Za-z0-9]{4}(?:[ \\-][A-Za-z0-9]{4}){5}\\b"),
    Pattern.compile(
        "(?<![A-Za-z0-9_\\-])(?=[A-Za-z0-9]{24}(?![A-Za-z0-9]))(?=[^0-9]*[0-9])"
            + "(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9]{24}"),
    // A JWT: three base64url parts, the first starting with {"
    Pattern.compile("eyJ[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]*"),
  };

  private SecretMasking() {}

  static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return maskUncached(text);
  }

  private static String maskUncached(String text) {
    // Each pattern runs only when a cheap scan shows it could match: most evidence values hold no
    // credential-like text, and running six regexes over each made a diagnosis cost ~0.3 ms.
    Shape shape = Shape.of(text);
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    String out = text;
    if (containsAny(lower, "basic", "bearer", "digest", "negotiate", "token")) {
      out = replaceKeepingName(KEEP_FIRST_GROUP[0], out);
    }
    if (containsAny(out, "wordpress_", "wp-", "wp_", "PHPSESSID", "SESS")) {
      out = replaceKeepingName(KEEP_FIRST_GROUP[1], out);
    }
    if (containsAny(lower, "pass", "pwd", "secret", "token", "jwt", "nonce", "api")) {
      out = replaceKeepingName(KEEP_FIRST_GROUP[2], out);
    }
    if (shape.longestGroupedRun >= 29) {
      out = WHOLE[0].matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
    }
    if (shape.longestAlphanumericRun >= 24) {
      out = WHOLE[1].matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
    }
    if (out.contains("eyJ")) {
      out = WHOLE[2].matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
    }
    return out;
  }

  private static String replaceKeepingName(Pattern p, String text) {
    return p.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
  }

  private static boolean containsAny(String text, String... needles) {
    for (String needle : needles) {
      if (text.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  /** The longest runs of characters that the whole-value patterns need, found in one pass. */
  private static final class Shape {
    int longestAlphanumericRun;
    int longestGroupedRun;

    static Shape of(String text) {
      Shape shape = new Shape();
      int alphanumeric = 0;
      int grouped = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        alphanumeric = alnum ? alphanumeric + 1 : 0;
        grouped = alnum || c == ' ' || c == '-' ? grouped + 1 : 0;
        shape.longestAlphanumericRun = Math.max(shape.longestAlphanumericRun, alphanumeric);
        shape.longestGroupedRun = Math.max(shape.longestGroupedRun, grouped);
      }
      return shape;
    }
  }
}
