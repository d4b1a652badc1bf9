package dev.wprest.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The texts of every cause, kept in {@code causes.properties} beside this class so that they read
 * as prose and the troubleshooting guide can be checked against them. {@code @name} items in a
 * not-yet list stand for the rules that hold for every failure ({@code @public}, {@code @paste},
 * {@code @permission}).
 */
final class CauseTexts {
  private static final Properties TEXTS = load();

  private CauseTexts() {}

  static String title(LikelyCause cause) {
    return required(cause, "title");
  }

  static String selectedBy(LikelyCause cause) {
    return required(cause, "selectedBy");
  }

  static String firstCheck(LikelyCause cause) {
    return required(cause, "firstCheck");
  }

  static List<String> notYet(LikelyCause cause) {
    List<String> items = new ArrayList<>();
    for (int i = 1; ; i++) {
      String item = TEXTS.getProperty(cause.name() + ".notYet." + i);
      if (item == null) {
        return List.copyOf(items);
      }
      items.add(item.startsWith("@") ? required("rule." + item.substring(1)) : item);
    }
  }

  private static String required(LikelyCause cause, String field) {
    return required(cause.name() + "." + field);
  }

  private static String required(String key) {
    String text = TEXTS.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("causes.properties lacks " + key);
    }
    return text;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = CauseTexts.class.getResourceAsStream("causes.properties")) {
      if (in == null) {
        throw new IllegalStateException("causes.properties is missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
