package dev.wprest.diagnostics.har;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.SecretSet;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every secret a HAR file holds, anywhere in it: credential headers, cookies set and sent, nonces,
 * passwords posted to {@code wp-login.php}, tokens in answers. Whatever {@code explain} prints is
 * masked with all of them (in every encoding the library knows), not only with the failing
 * request's own credentials: an answer can echo a password that only the login form carried.
 */
final class HarSecrets {
  /**
   * Form and query fields that carry secrets: pwd, password, _wpnonce, token, api_key... ({@code
   * author} or {@code keyword} are not).
   */
  private static final Pattern SECRET_FIELD =
      Pattern.compile("(?i)pwd|.*pass.*|.*nonce.*|.*token.*|.*secret.*|(.*[_-])?key|authorization");

  private final SecretSet secrets = new SecretSet();

  /**
   * Forms held at most (about 70 bytes each): a session holds a few hundred; a file with millions
   * of distinct secrets cannot be masked within bounded memory and is refused.
   */
  static final long MAX_FORMS = 1_000_000;

  /**
   * Registers the secrets of one HAR entry ({@code log.entries[i]}).
   *
   * @throws IOException when the file holds more distinct secrets than can be masked
   */
  void addEntry(JsonNode entry) throws IOException {
    addEntrySecrets(entry);
    if (secrets.size() > MAX_FORMS) {
      throw new IOException(
          "cannot be read within the limits: it holds more than "
              + MAX_FORMS
              + " distinct forms of secrets (tokens, cookies, nonces) to mask");
    }
  }

  private void addEntrySecrets(JsonNode entry) {
    JsonNode request = entry.path("request");
    JsonNode response = entry.path("response");
    for (JsonNode h : request.path("headers")) {
      String name = h.path("name").asText("").toLowerCase(Locale.ROOT);
      String value = h.path("value").asText("");
      if (name.equals("authorization")) {
        authorization(value);
      } else if (name.equals("cookie")) {
        for (String pair : value.split(";")) {
          addValue(pair.contains("=") ? pair.substring(pair.indexOf('=') + 1).strip() : "");
        }
      } else if (name.equals("x-wp-nonce")) {
        addValue(value);
      }
    }
    for (JsonNode h : response.path("headers")) {
      String name = h.path("name").asText("").toLowerCase(Locale.ROOT);
      String value = h.path("value").asText("");
      if (name.equals("set-cookie")) {
        String first = value.split(";", 2)[0];
        addValue(first.contains("=") ? first.substring(first.indexOf('=') + 1).strip() : "");
      } else if (name.equals("x-wp-nonce")) {
        addValue(value);
      }
    }
    for (JsonNode c : request.path("cookies")) {
      addValue(c.path("value").asText(""));
    }
    for (JsonNode c : response.path("cookies")) {
      addValue(c.path("value").asText(""));
    }
    fields(request.path("url").asText(""));
    fields(request.path("postData").path("text").asText(""));
    for (JsonNode p : request.path("postData").path("params")) {
      if (SECRET_FIELD.matcher(p.path("name").asText("")).matches()) {
        addValue(p.path("value").asText(""));
      }
    }
    JsonNode content = response.path("content");
    if (!"base64".equalsIgnoreCase(content.path("encoding").asText(""))) {
      jsonTokens(content.path("text").asText(""));
      jsonTokens(request.path("postData").path("text").asText(""));
    }
  }

  /** The registered secrets, to mask printed text with. */
  SecretSet secrets() {
    return secrets;
  }

  private void authorization(String value) {
    String[] parts = value.strip().split("\\s+", 2);
    if (parts.length < 2) {
      addValue(value);
      return;
    }
    addValue(parts[1]);
    if (parts[0].equalsIgnoreCase("basic")) {
      try {
        String decoded =
            new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon >= 0 && colon < decoded.length() - 1) {
          secrets.add(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
      } catch (IllegalArgumentException notBase64) {
        // the raw value is registered already
      }
    }
  }

  /** {@code name=value} pairs of a query or form body whose name says they are secret. */
  private void fields(String text) {
    int query = text.indexOf('?');
    String pairs = text.startsWith("http") ? (query < 0 ? "" : text.substring(query + 1)) : text;
    for (String pair : pairs.split("[&#]")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && SECRET_FIELD.matcher(pair.substring(0, eq)).matches()) {
        String raw = pair.substring(eq + 1);
        addValue(raw);
        try {
          addValue(URLDecoder.decode(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEncoding) {
          // the raw form is registered
        }
      }
    }
  }

  /** {@code "token": "..."}, {@code "password": "..."} and the like in a JSON body. */
  private void jsonTokens(String text) {
    Matcher m =
        Pattern.compile(
                "\"([A-Za-z_]*(?:token|password|pass|secret|nonce)[A-Za-z_]*)\"\\s*:\\s*\"([^\"]+)\"",
                Pattern.CASE_INSENSITIVE)
            .matcher(text);
    while (m.find()) {
      addValue(m.group(2));
    }
  }

  private void addValue(String value) {
    // Short values (a "1" flag) would shred ordinary text; the set ignores them too.
    if (value.length() >= 6 && !value.equals("REDACTED")) {
      secrets.add(value);
    }
  }
}
