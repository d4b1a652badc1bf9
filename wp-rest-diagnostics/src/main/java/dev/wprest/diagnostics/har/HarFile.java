package dev.wprest.diagnostics.har;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A HAR 1.2 file as browsers' devtools (Chromium: {@code creator.name} "WebInspector", HTTP/2
 * pseudo-headers, base64 bodies; Firefox), Playwright, Postman and Insomnia write them, including
 * entries whose response body the file does not hold; or a Postman collection export.
 *
 * <p>Memory does not grow with the file's size: {@link #read(Path)} streams the file once to
 * collect its secrets, and {@link #forEachEntry(Consumer)} streams it again, one entry at a time. A
 * text longer than a megabyte (a large response body) is cut to its first megabyte, which holds any
 * WordPress error answer; {@link #notes()} says how many were cut.
 */
public final class HarFile {
  private final Path path;
  private final String creator;
  private final HarSecrets secrets;
  private final long cutTexts;

  private HarFile(Path path, String creator, HarSecrets secrets, long cutTexts) {
    this.path = path;
    this.creator = creator;
    this.secrets = secrets;
    this.cutTexts = cutTexts;
  }

  /**
   * Reads a HAR file (or a Postman collection export) through once, collecting every secret it
   * holds, so that any text made from it can be masked before it is printed.
   *
   * @param path the file
   * @return the file, ready to be streamed by {@link #forEachEntry(Consumer)}
   * @throws IOException whose message says, without quoting the file's content, why the file is no
   *     HAR or cannot be read within the limits
   */
  public static HarFile read(Path path) throws IOException {
    requireNonNull(path, "path == null");
    HarSecrets secrets = new HarSecrets();
    HarReader.Pass pass = HarReader.read(path, secrets::addEntry);
    return new HarFile(path, pass.creator, secrets, pass.cutTexts);
  }

  /**
   * Passes each HTTP entry of the file to {@code each}, in file order, reading the file again one
   * entry at a time. Entries whose URL is no URI ({@code data:}, {@code blob:}) are left out.
   *
   * @param each receives each entry; keep only what you need, the file may be large
   * @throws IOException when the file cannot be read again
   */
  public void forEachEntry(Consumer<HarEntry> each) throws IOException {
    requireNonNull(each, "each == null");
    HarReader.read(
        path,
        node -> {
          HarEntry entry = entry(node);
          if (entry != null) {
            each.accept(entry);
          }
        });
  }

  /**
   * Every HTTP entry of the file, held in memory: for small files and tests. Prefer {@link
   * #forEachEntry(Consumer)}, whose memory does not grow with the file.
   *
   * @return the entries
   * @throws IOException when the file cannot be read again
   */
  public List<HarEntry> entries() throws IOException {
    List<HarEntry> all = new ArrayList<>();
    forEachEntry(all::add);
    return all;
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
   * What the reading left out, in words a user can act on.
   *
   * @return e.g. that 3 texts longer than a megabyte were cut; empty when nothing was
   */
  public List<String> notes() {
    if (cutTexts == 0) {
      return List.of();
    }
    return List.of(
        cutTexts
            + (cutTexts == 1 ? " text" : " texts")
            + " longer than "
            + HarReader.KEPT_TEXT_CHARS / (1024 * 1024)
            + " M characters (response bodies, usually) were cut to their start: an error code"
            + " or a secret beyond that is not read");
  }

  private static HarEntry entry(JsonNode entry) {
    JsonNode request = entry.path("request");
    JsonNode response = entry.path("response");
    URI url;
    try {
      url = URI.create(request.path("url").asText());
    } catch (IllegalArgumentException e) {
      return null; // a HAR can hold data: or blob: URLs that are no HTTP request
    }
    return new HarEntry(
        request.path("method").asText("GET").toUpperCase(Locale.ROOT),
        url,
        headers(request.path("headers")),
        response.path("status").asInt(0),
        headers(response.path("headers")),
        body(response.path("content")),
        bodyRecorded(request, response));
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
      // A cut base64 text is decoded up to its last whole group.
      String whole = text.strip();
      whole = whole.substring(0, whole.length() - whole.length() % 4);
      try {
        return Base64.getDecoder().decode(whole);
      } catch (IllegalArgumentException e) {
        return new byte[0];
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
