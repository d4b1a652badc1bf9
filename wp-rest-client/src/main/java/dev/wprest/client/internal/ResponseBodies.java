package dev.wprest.client.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.BodyKind;
import dev.wprest.client.BodyProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads response bodies from bytes and says precisely what is wrong when they are not the JSON that
 * was due. Pure functions; the client turns a {@link Failure} into a typed exception.
 */
public final class ResponseBodies {
  /** How many characters of a body are kept as evidence. */
  public static final int SNIPPET_LIMIT = 2048;

  /**
   * One PHP notice/warning as PHP prints it before the response, with or without {@code
   * html_errors}: {@code <br />\n<b>Warning</b>: msg in <b>/f.php</b> on line <b>3</b><br />}.
   */
  private static final Pattern PHP_MESSAGE =
      Pattern.compile(
          "\\A\\s*(?:<br\\s*/?>\\s*)?(?:<b>)?(?:PHP )?"
              + "(?:Notice|Warning|Deprecated|Strict Standards|User Notice|User Warning|User Deprecated)"
              + "(?:</b>)?:.*?on line\\s*(?:<b>)?\\d+(?:</b>)?\\s*(?:<br\\s*/?>)?\\s*",
          Pattern.DOTALL);

  private static final Pattern HTML_START =
      Pattern.compile(
          "\\A\\s*(?:<!doctype html|<html|<head|<body|<!--|<\\?xml|<h1|<title|<div|<p>)",
          Pattern.CASE_INSENSITIVE);

  private ResponseBodies() {}

  /** Why a body could not be read, with the offset of any JSON found after leading PHP output. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problem. */
    private final BodyProblem problem;

    Failure(BodyProblem problem, String detail, Throwable cause) {
      super(detail, cause);
      this.problem = problem;
    }

    /**
     * The problem.
     *
     * @return what was wrong
     */
    public BodyProblem problem() {
      return problem;
    }
  }

  /**
   * Removes a UTF-8 byte order mark (some hosts' PHP files carry one and PHP prints it).
   *
   * @param body the raw body
   * @return the body without a leading BOM
   */
  public static byte[] stripBom(byte[] body) {
    if (body.length >= 3
        && (body[0] & 0xFF) == 0xEF
        && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF) {
      return Arrays.copyOfRange(body, 3, body.length);
    }
    return body;
  }

  /**
   * Says what a body is, from its bytes and content type.
   *
   * @param body the body (BOM already stripped or not)
   * @param contentType the {@code Content-Type}, or empty
   * @return the kind
   */
  public static BodyKind classify(byte[] body, Optional<String> contentType) {
    String text = new String(stripBom(body), StandardCharsets.UTF_8);
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return BodyKind.EMPTY;
    }
    char first = trimmed.charAt(0);
    if (first == '{' || first == '[') {
      return BodyKind.JSON;
    }
    if (PHP_MESSAGE.matcher(text).lookingAt()) {
      return BodyKind.PHP_OUTPUT_BEFORE_JSON;
    }
    if (HTML_START.matcher(text).lookingAt()
        || contentType.map(ct -> ct.toLowerCase(Locale.ROOT).contains("html")).orElse(false)) {
      return BodyKind.HTML;
    }
    if (trimmed.startsWith("\"")
        || trimmed.equals("true")
        || trimmed.equals("false")
        || trimmed.equals("null")
        || trimmed.matches("-?\\d+(\\.\\d+)?")) {
      return BodyKind.JSON;
    }
    return BodyKind.OTHER;
  }

  /**
   * Parses a body as one JSON value, strictly: the whole body must be that value.
   *
   * @param mapper the mapper
   * @param rawBody the body
   * @param tolerateLeadingPhpOutput whether PHP notices before an intact JSON value are skipped
   * @param contentType the {@code Content-Type}, or empty
   * @return the JSON
   * @throws Failure with the precise problem when the body is not usable JSON
   */
  public static JsonNode parse(
      ObjectMapper mapper,
      byte[] rawBody,
      boolean tolerateLeadingPhpOutput,
      Optional<String> contentType)
      throws Failure {
    byte[] body = stripBom(rawBody);
    BodyKind kind = classify(body, contentType);
    switch (kind) {
      case EMPTY:
        throw new Failure(BodyProblem.EMPTY_BODY, "the body was empty", null);
      case HTML:
        throw new Failure(BodyProblem.HTML_PAGE, "an HTML page came instead of JSON", null);
      case OTHER:
        throw new Failure(BodyProblem.NOT_JSON, "the body is not JSON", null);
      case PHP_OUTPUT_BEFORE_JSON:
        return parseAfterPhpOutput(mapper, body, tolerateLeadingPhpOutput);
      default:
        return readStrict(mapper, body);
    }
  }

  /**
   * The one rule for "is this body JSON", for the client's error mapping, its discovery, the
   * passive analyzers and the doctor alike: the JSON value the client can read from the bytes once
   * a BOM and PHP's notices before it are skipped (what {@code
   * WordPressClient.Builder.tolerateLeadingPhpOutput(true)} reads). The {@code Content-Type} does
   * not count: hosts serve WordPress's JSON as {@code text/html}, and the client reads it, so a
   * doctor that demanded {@code json} there would report "no REST API" where calls work.
   *
   * @param mapper the mapper
   * @param body the body
   * @return the JSON value, or empty when the client could read none
   */
  public static Optional<JsonNode> readableJson(ObjectMapper mapper, byte[] body) {
    try {
      return Optional.of(parse(mapper, body, true, Optional.empty()));
    } catch (Failure notJson) {
      return Optional.empty();
    }
  }

  private static JsonNode parseAfterPhpOutput(ObjectMapper mapper, byte[] body, boolean tolerate)
      throws Failure {
    String text = new String(body, StandardCharsets.UTF_8);
    int offset = 0;
    Matcher m = PHP_MESSAGE.matcher(text);
    while (offset < text.length() && m.region(offset, text.length()).lookingAt()) {
      offset = m.end();
    }
    String rest = text.substring(offset);
    boolean jsonFollows = !rest.isEmpty() && (rest.charAt(0) == '{' || rest.charAt(0) == '[');
    if (!jsonFollows) {
      throw new Failure(
          BodyProblem.PHP_OUTPUT_BEFORE_JSON,
          "PHP printed notices or warnings and no JSON followed them",
          null);
    }
    JsonNode parsed;
    try {
      parsed = readStrict(mapper, rest.getBytes(StandardCharsets.UTF_8));
    } catch (Failure f) {
      throw new Failure(
          BodyProblem.PHP_OUTPUT_BEFORE_JSON,
          "PHP printed notices or warnings before the JSON, and the JSON after them is not intact ("
              + f.getMessage()
              + ")",
          f);
    }
    if (!tolerate) {
      throw new Failure(
          BodyProblem.PHP_OUTPUT_BEFORE_JSON,
          "PHP printed notices or warnings before the JSON (the JSON after them is intact: "
              + "turn off display_errors on the site, or accept it deliberately with "
              + "WordPressClient.Builder.tolerateLeadingPhpOutput(true))",
          null);
    }
    return parsed;
  }

  private static JsonNode readStrict(ObjectMapper mapper, byte[] body) throws Failure {
    try (JsonParser parser = mapper.getFactory().createParser(body)) {
      JsonNode node = readFirstValue(mapper, parser);
      if (node == null) {
        throw new Failure(BodyProblem.EMPTY_BODY, "the body was empty", null);
      }
      try {
        if (parser.nextToken() != null) {
          throw new Failure(
              BodyProblem.TRAILING_CONTENT,
              "a complete JSON value was followed by more content",
              null);
        }
      } catch (JsonParseException e) {
        throw new Failure(
            BodyProblem.TRAILING_CONTENT, "a complete JSON value was followed by more content", e);
      }
      return node;
    } catch (IOException e) {
      throw new Failure(BodyProblem.MALFORMED_JSON, "the JSON did not parse", e);
    }
  }

  private static JsonNode readFirstValue(ObjectMapper mapper, JsonParser parser)
      throws Failure, IOException {
    try {
      return mapper.readTree(parser);
    } catch (JsonEOFException e) {
      throw new Failure(BodyProblem.TRUNCATED_JSON, "the JSON ended early (truncated body)", e);
    } catch (JsonParseException e) {
      if (e.getMessage() != null && e.getMessage().contains("end-of-input")) {
        throw new Failure(BodyProblem.TRUNCATED_JSON, "the JSON ended early (truncated body)", e);
      }
      throw new Failure(
          BodyProblem.MALFORMED_JSON,
          "the JSON did not parse at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr(),
          e);
    }
  }

  /**
   * The text of an HTML page's {@code <title>}, a strong hint at who answered (e.g. "Attention
   * Required! | Cloudflare"), from text already redacted.
   *
   * @param text the page, or a redacted snippet of it
   * @param maxLength the longest title returned before it is cut
   * @return the title, whitespace folded and bounded, if any
   */
  public static Optional<String> htmlTitle(String text, int maxLength) {
    return HtmlHead.title(text).map(title -> bound(title, maxLength));
  }

  /**
   * The page title with secrets masked before it is shortened, so that no part of a secret survives
   * a cut.
   *
   * @param body the page
   * @param redactor masks secrets in text
   * @return the redacted title, bounded, if any
   */
  public static Optional<String> htmlTitle(byte[] body, UnaryOperator<String> redactor) {
    // Only the window is read: decoding more would cost time for nothing.
    return HtmlHead.title(
            new String(body, 0, Math.min(body.length, HtmlHead.WINDOW), StandardCharsets.UTF_8))
        .map(redactor)
        .filter(title -> !title.isEmpty())
        .map(title -> bound(title, 200));
  }

  /**
   * A bounded start of the body as text.
   *
   * @param body the body
   * @return at most {@link #SNIPPET_LIMIT} characters
   */
  public static String snippet(byte[] body) {
    return snippet(body, UnaryOperator.identity());
  }

  /**
   * A bounded start of the body with secrets masked before it is cut, so that no part of a secret
   * survives the cut.
   *
   * @param body the body
   * @param redactor masks secrets in text
   * @return at most {@link #SNIPPET_LIMIT} characters
   */
  public static String snippet(byte[] body, UnaryOperator<String> redactor) {
    byte[] text = stripBom(body);
    String window =
        new String(text, 0, Math.min(text.length, SNIPPET_LIMIT * 4), StandardCharsets.UTF_8);
    return bound(redactor.apply(window), SNIPPET_LIMIT);
  }

  private static String bound(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }
}
