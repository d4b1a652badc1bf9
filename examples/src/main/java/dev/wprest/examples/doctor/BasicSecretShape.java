package dev.wprest.examples.doctor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells whether a Basic credential's password is shaped like a WordPress Application Password (24
 * letters and digits once spaces and dashes are removed) without ever returning any part of it.
 */
final class BasicSecretShape {
  private static final int APPLICATION_PASSWORD_LENGTH = 24;

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
    String password = decoded.substring(colon + 1).replace(" ", "").replace("-", "");
    return Optional.of(
        password.length() == APPLICATION_PASSWORD_LENGTH && password.matches("[A-Za-z0-9]+"));
  }
}
