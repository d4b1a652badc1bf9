package dev.wprest.client.model;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * WordPress's date strings. Parsed by hand because the library must not depend on Jackson's JSR-310
 * module: {@code date} is site-local without an offset ({@code 2024-01-01T09:00:00}), {@code
 * date_gmt} is UTC written the same way, and a few fields ({@code registered_date}) carry an
 * offset.
 */
final class WpDates {
  /** What WordPress accepts in {@code before}/{@code after} and writes: seconds always shown. */
  static final DateTimeFormatter WIRE_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  static final DateTimeFormatter WIRE_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private WpDates() {}

  /** A site-local date; null for absent, empty and the zero date WordPress uses for "none". */
  static LocalDateTime local(String text) {
    if (absent(text)) {
      return null;
    }
    String t = text.strip().replace(' ', 'T');
    return hasOffset(t) ? OffsetDateTime.parse(t).toLocalDateTime() : LocalDateTime.parse(t);
  }

  /** A UTC date, or one that carries its own offset; null when absent. */
  static OffsetDateTime gmt(String text) {
    if (absent(text)) {
      return null;
    }
    String t = text.strip().replace(' ', 'T');
    // WordPress's date_gmt carries no offset: parse that form directly. Trying the offset form
    // first cost an exception (with its stack trace) for every post read.
    return hasOffset(t) ? OffsetDateTime.parse(t) : LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
  }

  /** Whether an ISO date-time ends in {@code Z} or {@code +hh:mm}/{@code -hh:mm}. */
  private static boolean hasOffset(String t) {
    int time = t.indexOf('T');
    if (time < 0) {
      return false;
    }
    String clock = t.substring(time + 1);
    return clock.endsWith("Z") || clock.indexOf('+') >= 0 || clock.indexOf('-') >= 0;
  }

  static String wire(LocalDateTime date) {
    return date.truncatedTo(ChronoUnit.SECONDS).format(WIRE_LOCAL);
  }

  static String wire(OffsetDateTime date) {
    return date.truncatedTo(ChronoUnit.SECONDS).format(WIRE_OFFSET);
  }

  private static boolean absent(String text) {
    return text == null || text.isBlank() || text.startsWith("0000-00-00");
  }
}
