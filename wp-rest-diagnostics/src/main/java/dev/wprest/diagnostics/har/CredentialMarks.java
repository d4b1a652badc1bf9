package dev.wprest.diagnostics.har;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What marks a value as a credential in a recording, by the name it travels under (a header, a
 * cookie, a query or form field, a JSON key, a Postman setting) or by its own shape (an {@code
 * Authorization}-style scheme and parameters, a JWT, a long opaque token). Not a list of known
 * header names: any {@code X-Api-Key}, {@code X-Auth-Token} or {@code Api-Key} a service invents is
 * caught by its name.
 */
final class CredentialMarks {
  /**
   * Names that carry credentials: parts of words, case-insensitive ({@code author} is not). Found
   * anywhere in the name ({@code find}): a {@code .*} around it made every name a backtracking
   * walk, and a HAR has millions of JSON keys.
   */
  private static final Pattern NAME =
      Pattern.compile(
          "(?i)(auth(?!or)|token|secret|pass|pwd|(^|[^a-z])key|apikey|session|sess(id)?$|cookie"
              + "|nonce|signature|credential|csrf|xsrf|jwt|otp|hmac|(^|[^a-z])sid$|code_verifier"
              + "|private)");

  /** Names that match the pattern above but carry no secret. */
  private static final Set<String> NOT_SECRET_NAMES =
      Set.of(
          "access-control-request-headers",
          "access-control-allow-headers",
          "access-control-expose-headers",
          "sec-websocket-key");

  /** A scheme followed by its credential, as in {@code Authorization} and its many imitators. */
  private static final Pattern SCHEME =
      Pattern.compile(
          "(?i)(basic|bearer|digest|token|apikey|api-key|hawk|aws4-hmac-sha256|hmac|ntlm"
              + "|negotiate|oauth|jwt|sharedkey|signature|key)\\s+(\\S.*)");

  private static final Pattern JWT =
      Pattern.compile("eyJ[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]*");

  /** Long, no spaces, letters and digits mixed: a generated key, not a word or a date. */
  private static final Pattern OPAQUE =
      Pattern.compile("(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9._~+/=\\-]{20,}");

  /** Words a setting or a flag holds that masking would shred every sentence with. */
  private static final Set<String> PLAIN_WORDS =
      Set.of(
          "basic",
          "bearer",
          "digest",
          "header",
          "query",
          "queryparams",
          "body",
          "true",
          "false",
          "null",
          "none",
          "undefined",
          "password",
          "authorization",
          "cookie",
          "token",
          "secret",
          "client_credentials",
          "authorization_code",
          "implicit",
          "hmac-sha256",
          "sha256");

  /** Names remembered with their answer, up to this many, then forgotten: bounded memory. */
  private static final int CACHED_NAMES = 4096;

  private static final int CACHED_NAME_LENGTH = 64;
  private static final Map<String, Boolean> NAME_CACHE = new ConcurrentHashMap<>();

  private CredentialMarks() {}

  /** Whether a name (header, cookie, field, key, variable) marks its value as a credential. */
  static boolean isCredentialName(String name) {
    // A recording repeats a few hundred names (JSON keys, headers) millions of times.
    if (name.length() > CACHED_NAME_LENGTH) {
      return credentialName(name);
    }
    Boolean known = NAME_CACHE.get(name);
    if (known != null) {
      return known;
    }
    boolean credential = credentialName(name);
    if (NAME_CACHE.size() >= CACHED_NAMES) {
      NAME_CACHE.clear();
    }
    NAME_CACHE.put(name, credential);
    return credential;
  }

  private static boolean credentialName(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return !lower.isEmpty() && !NOT_SECRET_NAMES.contains(lower) && NAME.matcher(lower).find();
  }

  /**
   * Whether a value's own shape marks it as a credential whatever its name: a scheme and its
   * credential, a JWT, or a long opaque token.
   */
  static boolean hasCredentialShape(String value) {
    String v = value.strip();
    // Cheap tests first: most values of a recording are short words, numbers and sentences.
    return (hasSpaceAfterWord(v) && SCHEME.matcher(v).matches())
        || (v.contains("eyJ") && JWT.matcher(v).find())
        || (v.length() >= 20 && OPAQUE.matcher(v).matches());
  }

  /** Whether a whitespace follows the first character: SCHEME needs "scheme credential". */
  private static boolean hasSpaceAfterWord(String v) {
    for (int i = 1; i < v.length(); i++) {
      if (Character.isWhitespace(v.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The credential after a scheme ({@code Bearer abc} gives {@code abc}), or the whole value. */
  static String afterScheme(String value) {
    java.util.regex.Matcher m = SCHEME.matcher(value.strip());
    return m.matches() ? m.group(2).strip() : value.strip();
  }

  /** The scheme of a scheme-and-credential value, lower case, or empty. */
  static String scheme(String value) {
    java.util.regex.Matcher m = SCHEME.matcher(value.strip());
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** Whether a value is worth masking: long enough, and not a word every sentence holds. */
  static boolean worthMasking(String value) {
    String v = value.strip();
    return v.length() >= 4 && !PLAIN_WORDS.contains(v.toLowerCase(Locale.ROOT));
  }

  /** Every JWT in a text. */
  static java.util.List<String> jwts(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = JWT.matcher(text);
    // From each "eyJ" only: the regex tried at every position of a page was a tenth of the work.
    for (int at = text.indexOf("eyJ"); at >= 0; at = text.indexOf("eyJ", at + 1)) {
      if (m.region(at, text.length()).lookingAt()) {
        out.add(m.group());
        at = m.end() - 1;
      }
    }
    return out;
  }
}
