package dev.wprest.diagnostics.har;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a HAR file one entry at a time with Jackson's streaming parser, so that memory does not
 * grow with the file: only the entry at hand is held, and a text longer than {@link
 * #KEPT_TEXT_CHARS} (a large response body) is cut, counted and marked. A Postman collection, whose
 * requests inherit auth and variables from anywhere in the file, is read whole up to {@link
 * #POSTMAN_LIMIT_BYTES}.
 */
final class HarReader {
  /** The longest string the parser accepts at all; a longer one is beyond the reading limits. */
  static final int MAX_STRING_CHARS = 32 * 1024 * 1024;

  /** What is kept of a longer text: far more than any WordPress error answer. */
  static final int KEPT_TEXT_CHARS = 1024 * 1024;

  /** A Postman collection is read whole; past this size it is refused. */
  static final long POSTMAN_LIMIT_BYTES = 32L * 1024 * 1024;

  /** The field a cut text's object gains: the name of the field that was cut. */
  static final String CUT_MARK = "_cut";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(MAX_STRING_CHARS)
                  .maxNestingDepth(64)
                  .build())
          .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  /** Receives each entry ({@code log.entries[i]}) in file order. */
  interface EntryVisitor {
    void entry(JsonNode entry) throws IOException;
  }

  /** What a pass over the file found besides its entries. */
  static final class Pass {
    String creator = "unknown";
    long cutTexts;
  }

  private HarReader() {}

  /**
   * Passes every entry of the file to {@code visitor}.
   *
   * @throws IOException whose message says, without quoting the file's content, why the file is no
   *     HAR or cannot be read within the limits: the parser's own message quotes what it found,
   *     which may be a header or a token
   */
  static Pass read(Path path, EntryVisitor visitor) throws IOException {
    Pass pass = new Pass();
    try (JsonParser p = FACTORY.createParser(path.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("is JSON but no HAR: it has no log.entries list");
      }
      boolean entries = false;
      boolean postman = false;
      boolean insomnia = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("log") && p.currentToken() == JsonToken.START_OBJECT) {
          entries |= log(p, visitor, pass);
        } else if (field.equals("info")) {
          postman |= PostmanCollection.isInfo(readBounded(p, pass));
        } else if (field.equals("_type")) {
          insomnia |= p.currentToken() == JsonToken.VALUE_STRING && p.getText().equals("export");
        } else {
          p.skipChildren();
        }
      }
      if (!entries && postman) {
        return postman(path, visitor, pass);
      }
      if (!entries && insomnia) {
        throw new IOException(
            "is an Insomnia export, which holds requests but no responses: export the requests as"
                + " HAR instead (Insomnia: Export, format HAR)");
      }
      if (!entries) {
        throw new IOException("is JSON but no HAR: it has no log.entries list");
      }
      return pass;
    } catch (StreamConstraintsException e) {
      throw new IOException(
          "cannot be read within the limits: it holds a string longer than "
              + (MAX_STRING_CHARS / (1024 * 1024))
              + " M characters or nesting deeper than 64"
              + where(e.getLocation()));
    } catch (JsonProcessingException e) {
      throw new IOException("is not JSON, so no HAR" + where(e.getLocation()));
    }
  }

  private static String where(JsonLocation at) {
    return at == null
        ? ""
        : " (the JSON breaks at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /** Reads {@code log}; true when it held an {@code entries} list. */
  private static boolean log(JsonParser p, EntryVisitor visitor, Pass pass) throws IOException {
    boolean entries = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("creator")) {
        pass.creator = readBounded(p, pass).path("name").asText("unknown");
      } else if (field.equals("entries") && value == JsonToken.START_ARRAY) {
        entries = true;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          visitor.entry(readBounded(p, pass));
        }
      } else {
        p.skipChildren();
      }
    }
    return entries;
  }

  private static Pass postman(Path path, EntryVisitor visitor, Pass pass) throws IOException {
    long size = Files.size(path);
    if (size > POSTMAN_LIMIT_BYTES) {
      throw new IOException(
          "is a Postman collection of "
              + size / (1024 * 1024)
              + " MiB; collections over "
              + POSTMAN_LIMIT_BYTES / (1024 * 1024)
              + " MiB are not read: export the calls as HAR instead, which is read entry by entry");
    }
    JsonNode har = PostmanCollection.toHar(MAPPER.readTree(path.toFile()));
    pass.creator = har.path("log").path("creator").path("name").asText("unknown");
    for (JsonNode entry : har.path("log").path("entries")) {
      visitor.entry(entry);
    }
    return pass;
  }

  /**
   * The value at the parser as a tree, each text cut to {@link #KEPT_TEXT_CHARS}; a cut text's
   * object gains {@link #CUT_MARK} naming the field.
   */
  static JsonNode readBounded(JsonParser p, Pass pass) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT:
        ObjectNode object = JSON.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          JsonNode value = readBounded(p, pass);
          if (value.isTextual() && value.asText().length() == KEPT_TEXT_CHARS + 1) {
            value = JSON.textNode(value.asText().substring(0, KEPT_TEXT_CHARS));
            object.put(CUT_MARK, field);
            pass.cutTexts++;
          }
          object.set(field, value);
        }
        return object;
      case START_ARRAY:
        ArrayNode array = JSON.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(readBounded(p, pass));
        }
        return array;
      case VALUE_STRING:
        String text = p.getText();
        // One character over the limit marks "cut" for the object that holds it.
        return JSON.textNode(
            text.length() > KEPT_TEXT_CHARS ? text.substring(0, KEPT_TEXT_CHARS + 1) : text);
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? JSON.numberNode(p.getBigIntegerValue())
            : JSON.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return JSON.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return JSON.booleanNode(true);
      case VALUE_FALSE:
        return JSON.booleanNode(false);
      default:
        return JSON.nullNode();
    }
  }
}
