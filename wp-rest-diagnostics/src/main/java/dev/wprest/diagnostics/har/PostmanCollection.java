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
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^{}]+)}}");

  private final Map<String, String> variables = new HashMap<>();
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
      c.variables.put(v.path("key").asText(""), v.path("value").asText(""));
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

  /** The header Postman sends for {@code basic} and {@code bearer} auth (v2.1 lists, v2.0 maps). */
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
    return Optional.empty();
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
