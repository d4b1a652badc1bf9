package dev.wprest.client.internal;

import java.util.regex.Pattern;

/**
 * Whether a secret is shaped like a WordPress Application Password, defined once for the client's
 * credential facts, the doctor and the HAR explainer. WordPress generates 24 letters and digits
 * ({@code WP_Application_Passwords::create_new_application_password()}: {@code
 * wp_generate_password(24, false)}), shows them in groups of four ({@code chunk_password()}), and
 * strips everything but letters and digits before it compares ({@code
 * wp_authenticate_application_password()}). So any grouping with spaces or dashes is the same
 * password to WordPress; other characters are not something WordPress ever showed, and mark a login
 * password or a token.
 */
public final class ApplicationPasswordShape {
  /** {@code WP_Application_Passwords::PW_LENGTH}. */
  public static final int LENGTH = 24;

  private static final Pattern WRITTEN = Pattern.compile("[A-Za-z0-9 \\-]+");

  private ApplicationPasswordShape() {}

  /**
   * Whether {@code secret} is 24 letters and digits, once the spaces and dashes a user may have
   * copied with it are removed.
   *
   * @param secret the secret, or null
   * @return true when it is shaped like an Application Password
   */
  public static boolean matches(String secret) {
    return secret != null && writtenAsOne(secret) && lettersAndDigits(secret).length() == LENGTH;
  }

  /**
   * Whether {@code secret} holds only what WordPress shows in an Application Password (letters and
   * digits) and what a user may copy with it (spaces, dashes), whatever its length.
   *
   * @param secret the secret
   * @return true for letters, digits, spaces and dashes only
   */
  public static boolean writtenAsOne(String secret) {
    return WRITTEN.matcher(secret).matches();
  }

  /**
   * What WordPress compares: the secret without anything but letters and digits.
   *
   * @param secret the secret
   * @return its letters and digits
   */
  public static String lettersAndDigits(String secret) {
    return secret.replaceAll("[^A-Za-z0-9]", "");
  }
}
