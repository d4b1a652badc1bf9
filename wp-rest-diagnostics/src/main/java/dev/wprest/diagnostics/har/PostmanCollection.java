package dev.wprest.diagnostics.har;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Postman collection (v2.0 or v2.1, "Export" in Postman) turned into the HAR it stands for: each
 * saved response ("Save Response" / examples) becomes one entry, with the request it answered and
 * the credential Postman sends for the request's auth settings (inherited from folders and the
 * collection; {@code {{variables}}} of the collection are filled in). Requests without a saved
 * response hold no answer to diagnose and are left out. Postman's cookie jar is not part of the
 * export, so cookies it sent are not seen.
 */
final class PostmanCollection {
  /**
   * The field each entry made from a collection gains: the secrets of its auth settings (any type)
   * and the collection's secret variables, which the HAR itself would not show.
   */
  static final String SECRETS = "_secrets";

  /** Auth settings that name or configure rather than hold a credential. */
  private static final java.util.Set<String> SETTING_KEYS =
      java.util.Set.of(
          "key",
          "in",
          "addTokenTo",
          "headerPrefix",
          "tokenType",
          "grant_type",
          "algorithm",
          "signatureMethod",
          "version",
          "realm",
          "addParamsToHeader",
          "addEmptyParamsToSign",
          "authId",
          "service",
          "region",
          "qop",
          "opaque",
          "disableRetryRequest",
          "tokenName",
          "client_authentication",
          "accessTokenUrl",
          "authUrl",
          "redirect_uri",
          "scope",
          "state",
          "challengeAlgorithm",
          "useBrowser",
          "isPayloadHashIncluded",
          "includePayloadHash",
          "workstation",
          "domain",
          "timestamp",
          "header",
          "queryParamKey",
          "payload",
          "isSecretBase64Encoded");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^{}]+)}}");

  private final Map<String, String> variables = new HashMap<>();
  private final ArrayNode secretVariables = JSON.arrayNode();
  private final ArrayNode entries = JSON.arrayNode();

  private PostmanCollection() {}

  /** Whether {@code info}, a root's {@code info} object, is a Postman collection's. */
  static boolean isInfo(JsonNode info) {
    return info.path("schema").asText("").contains("getpostman.com/json/collection");
  }

  /** The HAR ({@code {"log": {...}}}) that the collection's saved responses make. */
  static JsonNode toHar(JsonNode collection) {
    PostmanCollection c = new PostmanCollection();
    for (JsonNode v : collection.path("variable")) {
      String key = v.path("key").asText("");
      String value = v.path("value").asText("");
      c.variables.put(key, value);
      if (v.path("type").asText("").equals("secret")
          || CredentialMarks.isCredentialName(key)
          || CredentialMarks.hasCredentialShape(value)) {
        c.secretVariables.addObject().put("value", value);
      }
    }
    c.items(collection.path("item"), collection.path("auth"));
    ObjectNode log = JSON.objectNode();
    log.putObject("creator").put("name", "Postman collection");
    log.set("entries", c.entries);
    ObjectNode har = JSON.objectNode();
    har.set("log", log);
    return har;
  }

  private void items(JsonNode items, JsonNode inheritedAuth) {
    for (JsonNode item : items) {
      JsonNode auth = item.has("auth") ? item.path("auth") : inheritedAuth;
      if (item.has("item")) {
        items(item.path("item"), auth); // a folder
        continue;
      }
      JsonNode request = item.path("request");
      JsonNode requestAuth = request.has("auth") ? request.path("auth") : auth;
      for (JsonNode response : item.path("response")) {
        JsonNode sent =
            response.has("originalRequest") ? response.path("originalRequest") : request;
        entries.add(entry(sent, sent.has("auth") ? sent.path("auth") : requestAuth, response));
      }
    }
  }

  private ObjectNode entry(JsonNode request, JsonNode auth, JsonNode response) {
    ObjectNode entry = JSON.objectNode();
    ObjectNode req = entry.putObject("request");
    req.put("method", request.path("method").asText("GET"));
    JsonNode url = request.path("url");
    req.put("url", fill(url.isTextual() ? url.asText() : url.path("raw").asText("")));
    ArrayNode headers = req.putArray("headers");
    for (JsonNode h : request.path("header")) {
      if (!h.path("disabled").asBoolean(false)) {
        headers
            .addObject()
            .put("name", h.path("key").asText(""))
            .put("value", fill(h.path("value").asText("")));
      }
    }
    authorization(auth)
        .ifPresent(v -> headers.addObject().put("name", "Authorization").put("value", v));
    ArrayNode secrets = entry.putArray(SECRETS);
    secrets.addAll(secretVariables);
    authSecrets(auth, secrets);
    apiKey(auth, headers, req);
    if (request.path("body").has("raw")) {
      req.putObject("postData").put("text", fill(request.path("body").path("raw").asText("")));
    }
    ObjectNode res = entry.putObject("response");
    res.put("status", response.path("code").asInt(0));
    ArrayNode resHeaders = res.putArray("headers");
    for (JsonNode h : response.path("header")) {
      resHeaders
          .addObject()
          .put("name", h.path("key").asText(""))
          .put("value", h.path("value").asText(""));
    }
    ObjectNode content = res.putObject("content");
    if (response.path("body").isTextual()) {
      content.put("text", response.path("body").asText());
    } else {
      content.put("size", -1); // Postman saved no body
    }
    return entry;
  }

  /**
   * The header Postman sends for {@code basic}, {@code bearer} and {@code oauth2} auth (v2.1 lists,
   * v2.0 maps); other types sign each request, which the export cannot show.
   */
  private Optional<String> authorization(JsonNode auth) {
    String type = auth.path("type").asText("");
    if (type.equals("basic")) {
      String user = fill(field(auth.path("basic"), "username"));
      String password = fill(field(auth.path("basic"), "password"));
      return Optional.of(
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (type.equals("bearer")) {
      return Optional.of("Bearer " + fill(field(auth.path("bearer"), "token")));
    }
    if (type.equals("oauth2") && !field(auth.path("oauth2"), "addTokenTo").equals("queryParams")) {
      String token = fill(field(auth.path("oauth2"), "accessToken"));
      String prefix = fill(field(auth.path("oauth2"), "headerPrefix"));
      return token.isEmpty()
          ? Optional.empty()
          : Optional.of((prefix.isEmpty() ? "Bearer" : prefix) + " " + token);
    }
    return Optional.empty();
  }

  /**
   * Every credential an auth setting of any type holds ({@code apikey}, {@code oauth1}, {@code
   * oauth2}, {@code digest}, {@code hawk}, {@code awsv4}, {@code ntlm}, {@code akamai}, {@code
   * jwt}, ...): all values but the settings that only name or configure, a user name with its
   * password.
   */
  private void authSecrets(JsonNode auth, ArrayNode secrets) {
    String type = auth.path("type").asText("");
    JsonNode settings = auth.path(type);
    String user = fill(field(settings, "username"));
    for (Map.Entry<String, String> setting : settings(settings).entrySet()) {
      String key = setting.getKey();
      String value = fill(setting.getValue());
      if (key.equals("username") || SETTING_KEYS.contains(key) || value.isEmpty()) {
        continue;
      }
      ObjectNode secret = secrets.addObject().put("value", value);
      if (key.equals("password") && !user.isEmpty()) {
        secret.put("user", user);
      }
    }
  }

  /** An {@code apikey} auth sends its key under its own name, in a header or the query. */
  private void apiKey(JsonNode auth, ArrayNode headers, ObjectNode request) {
    JsonNode settings = auth.path("apikey");
    if (!auth.path("type").asText("").equals("apikey")) {
      return;
    }
    String name = fill(field(settings, "key"));
    String value = fill(field(settings, "value"));
    if (name.isEmpty()) {
      return;
    }
    if (field(settings, "in").equals("query")) {
      String url = request.path("url").asText("");
      request.put(
          "url",
          url
              + (url.contains("?") ? "&" : "?")
              + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
              + "="
              + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
    } else {
      headers.addObject().put("name", name).put("value", value);
    }
  }

  /** Settings as key to value, from v2.1 lists of {@code {key, value}} or v2.0 maps. */
  private static Map<String, String> settings(JsonNode settings) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (settings.isArray()) {
      for (JsonNode kv : settings) {
        if (kv.path("value").isValueNode()) {
          out.put(kv.path("key").asText(""), kv.path("value").asText(""));
        }
      }
    } else {
      for (Map.Entry<String, JsonNode> f : settings.properties()) {
        if (f.getValue().isValueNode()) {
          out.put(f.getKey(), f.getValue().asText(""));
        }
      }
    }
    return out;
  }

  private static String field(JsonNode settings, String key) {
    if (settings.isArray()) {
      for (JsonNode kv : settings) {
        if (kv.path("key").asText("").equals(key)) {
          return kv.path("value").asText("");
        }
      }
      return "";
    }
    return settings.path(key).asText("");
  }

  private String fill(String text) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(variables.getOrDefault(m.group(1).strip(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
