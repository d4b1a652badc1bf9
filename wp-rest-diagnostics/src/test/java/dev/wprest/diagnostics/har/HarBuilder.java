package dev.wprest.diagnostics.har;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.JsonRenderer;
import dev.wprest.diagnostics.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds small HAR files for tests: a logged-in page load and a failing REST call whose answer
 * echoes whatever the test plants, then explains them as a user would see it.
 */
final class HarBuilder {
  static final ObjectMapper JSON = new ObjectMapper();

  final ObjectNode root = JSON.createObjectNode();
  final ArrayNode entries;

  HarBuilder() {
    ObjectNode log = root.putObject("log");
    log.putObject("creator").put("name", "WebInspector");
    entries = log.putArray("entries");
  }

  /** Adds an entry: a request to {@code url} answered with {@code status} and {@code body}. */
  ObjectNode entry(String method, String url, int status, String body) {
    ObjectNode entry = entries.addObject();
    ObjectNode request = entry.putObject("request").put("method", method).put("url", url);
    request.putArray("headers");
    ObjectNode response = entry.putObject("response").put("status", status);
    response
        .putArray("headers")
        .addObject()
        .put("name", "Content-Type")
        .put("value", "application/json; charset=UTF-8");
    response.putObject("content").put("mimeType", "application/json").put("text", body);
    return entry;
  }

  /** A 401 from WordPress whose message says {@code echo}, as a hostile or chatty server might. */
  ObjectNode failingCall(String echo) {
    ObjectNode error = JSON.createObjectNode();
    error.put("code", "rest_not_logged_in");
    error.put("message", "Sorry, " + echo + " is not allowed.");
    error.putObject("data").put("status", 401);
    return entry("GET", "https://example.com/wp-json/wp/v2/users/me", 401, error.toString());
  }

  static void header(ObjectNode entry, String side, String name, String value) {
    ((ArrayNode) entry.path(side).path("headers"))
        .addObject()
        .put("name", name)
        .put("value", value);
  }

  Path write(Path dir) throws IOException {
    Path file = Files.createTempFile(dir, "test", ".har");
    Files.writeString(file, root.toString());
    return file;
  }

  /** Everything explaining the file prints: each diagnosis as text and as JSON, masked. */
  static String explain(Path file) throws IOException {
    HarFile har = HarFile.read(file);
    List<String> out = new ArrayList<>();
    Consumer<Diagnosis> print =
        d -> {
          out.add(har.redact(TextRenderer.render(d)));
          out.add(har.redact(JsonRenderer.render(d)));
        };
    har.forEachEntry(e -> HarDiagnostics.diagnose(e).ifPresent(print));
    if (out.isEmpty()) {
      throw new AssertionError("nothing was diagnosed in " + file);
    }
    return String.join("\n", out);
  }
}
