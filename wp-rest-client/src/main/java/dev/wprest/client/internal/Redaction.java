package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks secrets in headers, URIs and text before they reach a log line, message or diagnosis. */
public final class Redaction {
  /** What a masked value is replaced with. */
  public static final String MASK = "[REDACTED]";

  /** Headers whose values are secrets, in requests and responses alike. */
  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "authorization",
          "proxy-authorization",
          "cookie",
          "set-cookie",
          "x-wp-nonce",
          "x-wp-upload-token");

  /** Query parameters that carry secrets (nonces in REST and admin-ajax URLs, tokens). */
  private static final Pattern SECRET_QUERY =
      Pattern.compile(
          "(?i)((?:^|[?&])(?:_wpnonce|_ajax_nonce|nonce|password|pwd|token|access_token|jwt)=)[^&#]*");

  /** A WordPress nonce embedded in text, e.g. a {@code wpApiSettings} block in an HTML page. */
  private static final Pattern NONCE_IN_TEXT =
      Pattern.compile("(?i)(\"?(?:nonce|_wpnonce)\"?\\s*[:=]\\s*\"?)[0-9a-f]{10}\\b");

  private Redaction() {}

  /**
   * Whether a header's value is a secret.
   *
   * @param name header name, any case
   * @return true for {@code Authorization}, {@code Cookie}, {@code Set-Cookie}, {@code X-WP-Nonce}
   */
  public static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Copies headers into a map keyed by lower-case name with secret values masked.
   *
   * @param headers the response headers
   * @param secrets the auth strategy's redactor for any other occurrence of its secrets
   * @return an immutable, redacted copy
   */
  public static Map<String, List<String>> headers(HttpHeaders headers, SecretRedactor secrets) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers
        .map()
        .forEach(
            (name, values) -> {
              String key = name.toLowerCase(Locale.ROOT);
              List<String> copy = new ArrayList<>(values.size());
              for (String value : values) {
                copy.add(isSecretHeader(key) ? MASK : text(secrets.redact(value)));
              }
              out.merge(
                  key,
                  copy,
                  (a, b) -> {
                    List<String> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                  });
            });
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  /**
   * Masks secret query parameters ({@code _wpnonce}, {@code password}, ...) and user info.
   *
   * @param uri the URI
   * @return the URI with secrets masked
   */
  public static URI uri(URI uri) {
    String text = uri.toString();
    String masked = text;
    if (uri.getRawUserInfo() != null) {
      masked = masked.replace(uri.getRawUserInfo() + "@", MASK + "@");
    }
    String query = uri.getRawQuery();
    if (query != null) {
      Matcher m = SECRET_QUERY.matcher(query);
      String maskedQuery = m.replaceAll("$1" + Matcher.quoteReplacement(MASK));
      masked = masked.replace("?" + query, "?" + maskedQuery);
    }
    if (masked.equals(text)) {
      return uri;
    }
    try {
      return URI.create(masked.replace("[", "%5B").replace("]", "%5D"));
    } catch (IllegalArgumentException e) {
      return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/" + MASK);
    }
  }

  /**
   * Masks secret query parameters and user info, then the strategy's own secrets anywhere in the
   * URI (a server can redirect to a path that echoes a token).
   *
   * @param uri the URI
   * @param secrets the auth strategy's redactor
   * @return the URI with secrets masked
   */
  public static URI uri(URI uri, SecretRedactor secrets) {
    URI masked = uri(uri);
    String text = masked.toString();
    String redacted = secrets.redact(text);
    if (redacted.equals(text)) {
      return masked;
    }
    try {
      return URI.create(redacted.replace("[", "%5B").replace("]", "%5D"));
    } catch (IllegalArgumentException e) {
      return URI.create(uri.getScheme() + "://" + MASK.replace("[", "%5B").replace("]", "%5D"));
    }
  }

  /**
   * A copy of a JSON tree from the wire with every string (member names included) masked: the
   * strategy's secrets and nonce-like values.
   *
   * @param node the tree, possibly null
   * @param secrets the auth strategy's redactor
   * @return a masked deep copy; a missing node for null
   */
  public static JsonNode json(JsonNode node, SecretRedactor secrets) {
    if (node == null) {
      return JsonNodeFactory.instance.missingNode();
    }
    if (node.isTextual()) {
      String value = node.textValue();
      String masked = text(secrets.redact(value));
      return JsonNodeFactory.instance.textNode(masked);
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
      node.forEach(element -> copy.add(json(element, secrets)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (java.util.Map.Entry<String, JsonNode> e : node.properties()) {
        copy.set(text(secrets.redact(e.getKey())), json(e.getValue(), secrets));
      }
      return copy;
    }
    return node.deepCopy();
  }

  /**
   * Masks nonce-like values in free text (bodies of HTML pages can embed a logged-in nonce).
   *
   * @param text any text
   * @return the text with nonce values masked
   */
  public static String text(String text) {
    return NONCE_IN_TEXT.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
  }
}
