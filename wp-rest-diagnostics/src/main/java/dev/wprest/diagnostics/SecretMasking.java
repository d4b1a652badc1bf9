package dev.wprest.diagnostics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A last line of defence: masks anything shaped like a credential in text that goes into a
 * diagnosis. The client already masks the secrets it knows (its own credential, nonce and cookie
 * values); this catches shapes it cannot know about, such as a server echoing a header in a page.
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
    String out = text;
    for (Pattern p : KEEP_FIRST_GROUP) {
      out = p.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
    for (Pattern p : WHOLE) {
      out = p.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
    }
    return out;
  }
}
