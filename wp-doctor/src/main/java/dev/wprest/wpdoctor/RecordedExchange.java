package dev.wprest.wpdoctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded real WordPress answer from {@code fixtures/wordpress/*.json}: what was asked and
 * what WordPress answered (secrets already redacted by the recorder).
 */
public final class RecordedExchange {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String name;
  private final String producedBy;
  private final String site;
  private final int status;
  private final Map<String, List<String>> headers;
  private final String body;

  private RecordedExchange(
      String name,
      String producedBy,
      String site,
      int status,
      Map<String, List<String>> headers,
      String body) {
    this.name = name;
    this.producedBy = producedBy;
    this.site = site;
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * An exchange recorded elsewhere, e.g. in a HAR file.
   *
   * @param name a label
   * @param status the status
   * @param headers the response headers
   * @param body the body text
   * @return the exchange
   */
  public static RecordedExchange of(
      String name, int status, Map<String, List<String>> headers, String body) {
    return new RecordedExchange(name, name, "elsewhere", status, Map.copyOf(headers), body);
  }

  /**
   * Loads a fixture from the classpath.
   *
   * @param name the file name without {@code .json}, e.g. {@code users-me.anonymous.modphp}
   * @return the recorded exchange
   */
  public static RecordedExchange load(String name) {
    String path = "/fixtures/wordpress/" + name + ".json";
    try (InputStream in = RecordedExchange.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded exchange on the classpath: " + path);
      }
      JsonNode root = MAPPER.readTree(in);
      JsonNode response = root.path("response");
      Map<String, List<String>> headers = new LinkedHashMap<>();
      JsonNode recordedHeaders = response.path("headers");
      for (java.util.Iterator<String> names = recordedHeaders.fieldNames(); names.hasNext(); ) {
        String header = names.next();
        JsonNode value = recordedHeaders.get(header);
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
          value.forEach(v -> values.add(v.asText()));
        } else {
          values.add(value.asText());
        }
        headers.put(header, List.copyOf(values));
      }
      return new RecordedExchange(
          name,
          root.path("producedBy").asText(),
          root.path("site").asText(),
          response.path("status").asInt(),
          Map.copyOf(headers),
          response.path("body").isNull() ? "" : response.path("body").asText());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** The fixture's file name without {@code .json}. @return the name */
  public String name() {
    return name;
  }

  /** What produced the answer (WordPress version, server, request). @return the description */
  public String producedBy() {
    return producedBy;
  }

  /** The test site that answered, e.g. {@code modphp}. @return the site label */
  public String site() {
    return site;
  }

  /** The recorded status. @return the status */
  public int status() {
    return status;
  }

  /** The recorded response headers, in order. @return name to values */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The recorded body. @return the body text */
  public String body() {
    return body;
  }
}
