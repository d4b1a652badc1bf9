package dev.wprest.examples.doctor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether a Basic credential's password is shaped like a WordPress Application Password
 * without ever returning any part of it: 24 letters and digits, written as WordPress shows it (six
 * groups of four separated by spaces) or in one piece; dashes between the groups count too (the
 * form the client normalises to).
 */
final class BasicSecretShape {
  private static final Pattern APPLICATION_PASSWORD =
      Pattern.compile(
          "[A-Za-z0-9]{24}|[A-Za-z0-9]{4}( [A-Za-z0-9]{4}){5}|[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){5}");

  private BasicSecretShape() {}

  /** Empty unless the header is a decodable Basic credential with a password. */
  static Optional<Boolean> looksLikeApplicationPassword(String authorizationHeader) {
    String[] parts = authorizationHeader.trim().split("\\s+", 2);
    if (parts.length < 2 || !parts[0].toLowerCase(Locale.ROOT).equals("basic")) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return Optional.of(APPLICATION_PASSWORD.matcher(decoded.substring(colon + 1)).matches());
  }
}
