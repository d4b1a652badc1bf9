package dev.wprest.diagnostics.har;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.internal.SecretSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every secret a HAR file holds, found by where credentials travel rather than by a list of names:
 * the URL's userinfo; every request header whose name or value shape marks a credential ({@link
 * CredentialMarks}), with its scheme's parameters and a Basic pair decoded; cookies sent and set;
 * query and form fields (URL-encoded, JSON at any depth, HTML hidden inputs); response headers
 * named like credentials; tokens and nonces in answers; and what a Postman collection's auth (of
 * any type) and variables hold. Whatever {@code explain} prints is masked with all of them, in
 * every encoding {@link SecretSet} knows, not only with the failing request's own credentials: an
 * answer can echo a password that only the login form carried.
 */
final class HarSecrets {
  /**
   * Forms held at most (about 70 bytes each): a session holds a few thousand; a file with millions
   * of distinct secrets cannot be masked within bounded memory and is refused.
   */
  static final long MAX_FORMS = 1_000_000;

  /** {@code <input name="_wpnonce" value="...">}, in either attribute order. */
  private static final Pattern HIDDEN_INPUT =
      Pattern.compile(
          "(?i)<input[^>]*?\\bname=[\"']([^\"']{1,80})[\"'][^>]*?\\bvalue=[\"']([^\"']{4,400})[\"']"
              + "|<input[^>]*?\\bvalue=[\"']([^\"']{4,400})[\"'][^>]*?\\bname=[\"']([^\"']{1,80})[\"']");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Values already registered, remembered up to this many (then forgotten): bounded memory. */
  private static final int RECENTLY_ADDED = 1024;

  /** Only values up to this long are remembered: at most about 1 MB for the lot. */
  private static final int REMEMBERED_LENGTH = 512;

  private final SecretSet secrets = new SecretSet();
  private final Set<String> recentlyAdded = new HashSet<>();

  /**
   * Registers the secrets of one HAR entry ({@code log.entries[i]}).
   *
   * @throws IOException when the file holds more distinct secrets than can be masked
   */
  void addEntry(JsonNode entry) throws IOException {
    JsonNode request = entry.path("request");
    JsonNode response = entry.path("response");
    url(request.path("url").asText(""));
    for (JsonNode h : request.path("headers")) {
      requestHeader(h.path("name").asText(""), h.path("value").asText(""));
    }
    // Tools write these lists encoded (as on the wire) or decoded: both are registered.
    for (JsonNode q : request.path("queryString")) {
      field(q.path("name").asText(""), q.path("value").asText(""));
    }
    for (JsonNode c : request.path("cookies")) {
      cookie(c.path("value").asText(""));
    }
    JsonNode postData = request.path("postData");
    for (JsonNode p : postData.path("params")) {
      field(p.path("name").asText(""), p.path("value").asText(""));
    }
    text(postData.path("text").asText(""));
    for (JsonNode h : response.path("headers")) {
      responseHeader(h.path("name").asText(""), h.path("value").asText(""));
    }
    for (JsonNode c : response.path("cookies")) {
      cookie(c.path("value").asText(""));
    }
    JsonNode content = response.path("content");
    if (!"base64".equalsIgnoreCase(content.path("encoding").asText(""))) {
      text(content.path("text").asText(""));
    }
    for (JsonNode s : entry.path(PostmanCollection.SECRETS)) {
      if (s.has("user")) {
        secrets.add(s.path("user").asText(""), s.path("value").asText(""));
      } else {
        addValue(s.path("value").asText(""));
      }
    }
    if (secrets.size() > MAX_FORMS) {
      throw new IOException(
          "cannot be read within the limits: it holds more than "
              + MAX_FORMS
              + " distinct forms of secrets (tokens, cookies, nonces) to mask");
    }
  }

  /** The registered secrets, to mask printed text with. */
  SecretSet secrets() {
    return secrets;
  }

  /** {@code https://user:password@host/...?key=...}: the userinfo and the query's fields. */
  private void url(String url) {
    try {
      String userInfo = URI.create(url).getRawUserInfo();
      if (userInfo != null) {
        int colon = userInfo.indexOf(':');
        String user = decoded(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : userInfo.substring(colon + 1);
        secrets.add(user, decoded(password));
        addValue(password);
        if (password.isEmpty()) {
          addValue(user); // a token passed as the user name alone
        }
      }
    } catch (IllegalArgumentException notAUri) {
      // data: and blob: URLs carry no userinfo
    }
    int query = url.indexOf('?');
    if (query >= 0) {
      pairs(url.substring(query + 1));
    }
  }

  private void requestHeader(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("cookie")) {
      for (String pair : value.split(";")) {
        int eq = pair.indexOf('=');
        cookie(eq < 0 ? pair : pair.substring(eq + 1));
      }
    } else if (CredentialMarks.isCredentialName(lower)
        || CredentialMarks.hasCredentialShape(value)) {
      credential(value);
    }
  }

  private void responseHeader(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("set-cookie")) {
      String first = value.split(";", 2)[0];
      int eq = first.indexOf('=');
      cookie(eq < 0 ? "" : first.substring(eq + 1));
    } else if (CredentialMarks.isCredentialName(lower)) {
      credential(value);
    }
  }

  /**
   * A credential header's value: the whole, the part after its scheme, each {@code k="v"} parameter
   * (Digest, OAuth 1, Hawk, AWS), and a Basic pair decoded.
   */
  private void credential(String value) {
    addValue(value);
    String scheme = CredentialMarks.scheme(value);
    String credential = CredentialMarks.afterScheme(value);
    addValue(credential);
    for (String param : credential.split(",")) {
      int eq = param.indexOf('=');
      if (eq > 0) {
        addValue(param.substring(eq + 1).strip().replaceAll("^\"|\"$", ""));
      }
    }
    if (scheme.equals("basic")) {
      try {
        String decoded = new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon >= 0) {
          secrets.add(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
      } catch (IllegalArgumentException notBase64) {
        // the raw value is registered already
      }
    }
  }

  /**
   * A query or form field: its value, as written and URL-decoded, if its name or the value's shape
   * marks a credential.
   */
  private void field(String name, String value) {
    if (CredentialMarks.isCredentialName(name) || CredentialMarks.hasCredentialShape(value)) {
      credential(value);
      String decoded = decoded(value);
      if (!decoded.equals(value)) {
        credential(decoded);
      }
    }
  }

  /** {@code name=value&...} pairs, each value raw and decoded. */
  private void pairs(String text) {
    for (String pair : text.split("[&#]")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String raw = pair.substring(eq + 1);
        String name = decoded(pair.substring(0, eq));
        if (CredentialMarks.isCredentialName(name) || CredentialMarks.hasCredentialShape(raw)) {
          addValue(raw);
          credential(decoded(raw));
        }
      }
    }
  }

  /** A body: JSON walked whole, a form's pairs, or a page's hidden inputs and script tokens. */
  private void text(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    if (t.startsWith("{") || t.startsWith("[")) {
      try {
        json(null, JSON.readTree(t));
        return;
      } catch (IOException notJson) {
        // read as text below
      }
    }
    if (!t.startsWith("<") && t.indexOf('=') > 0 && t.indexOf(' ') < 0) {
      pairs(t);
      return;
    }
    Matcher input = HIDDEN_INPUT.matcher(t);
    // Tried from each "<input" only: the expression tried at every position cost a third of the
    // secret pass over a file of pages.
    for (int at = t.indexOf('<'); at >= 0; at = t.indexOf('<', at + 1)) {
      if (t.regionMatches(true, at, "<input", 0, 6) && input.region(at, t.length()).lookingAt()) {
        String name = input.group(1) != null ? input.group(1) : input.group(4);
        field(name, input.group(2) != null ? input.group(2) : input.group(3));
        at = input.end() - 1;
      }
    }
    ScriptTokens.forEach(t, this::field);
    CredentialMarks.jwts(t).forEach(this::addValue);
  }

  private void json(String name, JsonNode node) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        json(field.getKey(), field.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(element -> json(name, element));
    } else if (node.isValueNode() && !node.isNull()) {
      String value = node.asText();
      if ((name != null && CredentialMarks.isCredentialName(name))
          || CredentialMarks.hasCredentialShape(value)) {
        credential(value);
      }
    }
  }

  /**
   * A cookie value as sent and as the server reads it: PHP decodes cookies as form fields ({@code
   * +} is a space), which the percent-only cookie decoding of the forms does not cover.
   */
  private void cookie(String raw) {
    addValue(raw);
    addValue(decoded(raw));
  }

  private static String decoded(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEncoding) {
      return raw;
    }
  }

  private void addValue(String value) {
    // A session's cookie and nonce travel with every call: their forms are made once.
    if (value.length() <= REMEMBERED_LENGTH) {
      if (recentlyAdded.contains(value)) {
        return;
      }
      if (recentlyAdded.size() >= RECENTLY_ADDED) {
        recentlyAdded.clear();
      }
      recentlyAdded.add(value);
    }
    String v = value.strip();
    // Short values (a "1" flag) and setting words would shred ordinary text; REDACTED is a mask.
    if (CredentialMarks.worthMasking(v) && !v.equals("REDACTED") && !v.equals("[REDACTED]")) {
      secrets.add(v);
      // A space at either end is part of the secret for its encoded forms (Base64 above all).
      if (!v.equals(value)) {
        secrets.add(value);
      }
    }
  }
}
