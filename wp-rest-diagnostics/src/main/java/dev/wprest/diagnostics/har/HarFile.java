package dev.wprest.diagnostics.har;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads HAR 1.2 files as browsers' devtools (Chromium: {@code creator.name} "WebInspector", HTTP/2
 * pseudo-headers, base64 bodies; Firefox), Playwright, Postman and Insomnia write them, including
 * entries whose response body the file does not hold.
 */
public final class HarFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String creator;
  private final List<HarEntry> entries;
  private final HarSecrets secrets;

  private HarFile(String creator, List<HarEntry> entries, HarSecrets secrets) {
    this.creator = creator;
    this.entries = List.copyOf(entries);
    this.secrets = secrets;
  }

  /**
   * Reads a HAR file (or a Postman collection export).
   *
   * @param path the file
   * @return the file's entries and secrets
   * @throws IOException whose message says, without quoting the file's content, why the file is no
   *     HAR: the parser's own message quotes what it found, which may be a header or a token
   */
  public static HarFile read(Path path) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(path));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IOException(
          "is not JSON, so no HAR"
              + (at == null
                  ? ""
                  : " (the JSON breaks at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + (at == null ? "" : ")"));
    }
    if (root != null && PostmanCollection.is(root)) {
      root = PostmanCollection.toHar(root);
    } else if (root != null && root.path("_type").asText("").equals("export")) {
      throw new IOException(
          "is an Insomnia export, which holds requests but no responses: export the requests as"
              + " HAR instead (Insomnia: Export, format HAR)");
    }
    JsonNode log = root == null ? null : root.path("log");
    if (log == null || !log.path("entries").isArray()) {
      throw new IOException("is JSON but no HAR: it has no log.entries list");
    }
    List<HarEntry> entries = new ArrayList<>();
    HarSecrets secrets = new HarSecrets();
    for (JsonNode entry : log.path("entries")) {
      secrets.addEntry(entry);
      JsonNode request = entry.path("request");
      JsonNode response = entry.path("response");
      URI url;
      try {
        url = URI.create(request.path("url").asText());
      } catch (IllegalArgumentException e) {
        continue; // a HAR can hold data: or blob: URLs that are no HTTP request
      }
      entries.add(
          new HarEntry(
              request.path("method").asText("GET").toUpperCase(Locale.ROOT),
              url,
              headers(request.path("headers")),
              response.path("status").asInt(0),
              headers(response.path("headers")),
              body(response.path("content")),
              bodyRecorded(request, response)));
    }
    return new HarFile(log.path("creator").path("name").asText("unknown"), entries, secrets);
  }

  /**
   * Masks every secret the file holds, in every encoding the library knows, in {@code text}.
   *
   * @param text text to print, e.g. a rendered diagnosis
   * @return the text with the file's secrets masked
   */
  public String redact(String text) {
    return secrets.secrets().redact(text);
  }

  /**
   * The program that wrote the file.
   *
   * @return e.g. {@code WebInspector}, {@code Firefox}, {@code Postman collection}
   */
  public String creator() {
    return creator;
  }

  /**
   * The file's HTTP entries, in order.
   *
   * @return the entries
   */
  public List<HarEntry> entries() {
    return entries;
  }

  /** HTTP/2 pseudo-headers ({@code :authority}) are dropped; names are folded to lower case. */
  private static Map<String, List<String>> headers(JsonNode array) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode header : array) {
      String name = header.path("name").asText("").toLowerCase(Locale.ROOT);
      if (name.isEmpty() || name.startsWith(":")) {
        continue;
      }
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(header.path("value").asText(""));
    }
    return out;
  }

  /**
   * Whether the file holds the response body. Browsers leave it out when they did not keep it (the
   * page never read it, it was evicted, or the export was made without content): {@code
   * content.text} is then absent and {@code content.size} is -1 or the size the body had. An answer
   * that has no body (HEAD, 204, 304, {@code Content-Length: 0}) is recorded as it is.
   */
  static boolean bodyRecorded(JsonNode request, JsonNode response) {
    JsonNode content = response.path("content");
    if (content.has("text")) {
      return true;
    }
    int status = response.path("status").asInt(0);
    if (request.path("method").asText("").equalsIgnoreCase("HEAD")
        || status == 204
        || status == 304) {
      return true;
    }
    for (JsonNode header : response.path("headers")) {
      if (header.path("name").asText("").equalsIgnoreCase("content-length")) {
        return header.path("value").asText("").strip().equals("0");
      }
    }
    return content.path("size").asLong(-1) == 0;
  }

  private static byte[] body(JsonNode content) {
    String text = content.path("text").asText("");
    if ("base64".equalsIgnoreCase(content.path("encoding").asText(""))) {
      try {
        return Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        return new byte[0];
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
