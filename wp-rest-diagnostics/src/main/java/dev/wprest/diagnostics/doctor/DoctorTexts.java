package dev.wprest.diagnostics.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The doctor's verdict, first-check and warning texts, kept in {@code doctor-texts.properties}
 * beside this class so that they read as prose apart from the flow that chooses them. A text names
 * its values as {@code {name}}; {@link #text} fills them in one pass, so a value that itself holds
 * braces (a URI, a server's message) is never read as a placeholder.
 */
final class DoctorTexts {
  static final String RESOURCE = "doctor-texts.properties";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");
  private static final Properties TEXTS = load();

  private DoctorTexts() {}

  /**
   * The text under {@code key} with its placeholders filled.
   *
   * @param namesAndValues pairs of a placeholder's name and its value
   * @throws IllegalStateException when the key is missing or a placeholder has no value: a broken
   *     text is a bug, never a report with a hole in it
   */
  static String text(String key, Object... namesAndValues) {
    String template = TEXTS.getProperty(key);
    if (template == null) {
      throw new IllegalStateException(RESOURCE + " lacks " + key);
    }
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs: " + key);
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException(key + " needs a value for {" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Every key of the resource, for the check that each is used. */
  static Properties all() {
    Properties copy = new Properties();
    copy.putAll(TEXTS);
    return copy;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = DoctorTexts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
