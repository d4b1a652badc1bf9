package dev.wprest.diagnostics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encodings a server can echo a secret in, written here independently of the library's own list
 * (the JDK's encoders, Jackson's writer, hand-written PHP rules), so that the tests check the
 * library against the world, not against itself.
 */
final class EchoEncodings {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HEX_ESCAPE = Pattern.compile("%[0-9A-F]{2}|\\\\u[0-9a-fA-F]{4}");

  private EchoEncodings() {}

  /** Name to encoder; each applies to the whole value. */
  static Map<String, UnaryOperator<String>> all() {
    Map<String, UnaryOperator<String>> e = new LinkedHashMap<>();
    e.put("raw", v -> v);
    e.put("without spaces", v -> v.replace(" ", ""));
    e.put("dashes for spaces", v -> v.replace(' ', '-'));
    e.put("URLEncoder (+)", v -> URLEncoder.encode(v, StandardCharsets.UTF_8));
    e.put("URL %20", v -> URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
    e.put("URL %20 lower-case hex", v -> lowerHex(e.get("URL %20").apply(v)));
    e.put("URL + mixed-case hex", v -> mixedHex(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    e.put("rawurlencode", EchoEncodings::rawUrlEncode);
    e.put("encodeURIComponent", EchoEncodings::encodeUriComponent);
    e.put("PHP json_encode", EchoEncodings::phpJson);
    e.put("PHP json_encode upper-case hex", v -> upperUnicodeHex(phpJson(v)));
    e.put("Jackson JSON", EchoEncodings::jackson);
    e.put("esc_attr", EchoEncodings::escAttr);
    e.put("cookie-decoded", EchoEncodings::cookieDecoded);
    e.put("Base64", v -> b64(v, false));
    e.put("Base64 URL-safe unpadded", v -> b64(v, true));
    e.put("Base64 then URL-encoded, lower-case hex", v -> lowerHex(urlB64(v)));
    e.put("Base64 then PHP json_encode", v -> phpJson(b64(v, false)));
    e.put(
        "PHP json_encode then urlencode",
        v -> URLEncoder.encode(phpJson(v), StandardCharsets.UTF_8));
    return e;
  }

  private static String urlB64(String v) {
    return URLEncoder.encode(b64(v, false), StandardCharsets.UTF_8);
  }

  static String b64(String v, boolean urlSafe) {
    byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
    return urlSafe
        ? Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
        : Base64.getEncoder().encodeToString(bytes);
  }

  static String lowerHex(String encoded) {
    Matcher m = HEX_ESCAPE.matcher(encoded);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(m.group().toLowerCase()));
    }
    return m.appendTail(b).toString();
  }

  static String upperUnicodeHex(String encoded) {
    Matcher m = HEX_ESCAPE.matcher(encoded);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String g = m.group();
      m.appendReplacement(
          b,
          Matcher.quoteReplacement(g.startsWith("\\u") ? "\\u" + g.substring(2).toUpperCase() : g));
    }
    return m.appendTail(b).toString();
  }

  /** Upper and lower case alternate from one hex digit to the next. */
  static String mixedHex(String encoded) {
    StringBuilder b = new StringBuilder(encoded);
    boolean upper = false;
    for (int i = 0; i < b.length(); i++) {
      if (b.charAt(i) == '%' && i + 2 < b.length()) {
        for (int j = i + 1; j <= i + 2; j++) {
          char c = b.charAt(j);
          b.setCharAt(j, upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
          upper = !upper;
        }
      }
    }
    return b.toString();
  }

  /** PHP's rawurlencode: everything but letters, digits and {@code -_.~}, space as %20. */
  static String rawUrlEncode(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /** JavaScript's encodeURIComponent keeps {@code -_.!~*'()}. */
  static String encodeUriComponent(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%21", "!")
        .replace("%7E", "~")
        .replace("%27", "'")
        .replace("%28", "(")
        .replace("%29", ")");
  }

  /** PHP's json_encode default: slashes escaped, non-ASCII as lower-case \\u escapes. */
  static String phpJson(String v) {
    StringBuilder b = new StringBuilder();
    for (char c : jackson(v).toCharArray()) {
      if (c == '/') {
        b.append("\\/");
      } else if (c > 0x7e) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String jackson(String v) {
    try {
      String quoted = JSON.writeValueAsString(v);
      return quoted.substring(1, quoted.length() - 1);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String escAttr(String v) {
    return v.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#039;");
  }

  static String cookieDecoded(String v) {
    try {
      return URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return v;
    }
  }
}
