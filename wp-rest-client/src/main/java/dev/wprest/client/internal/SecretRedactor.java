package dev.wprest.client.internal;

/**
 * Removes one auth strategy's own secrets (password, token, cookie values, nonce, and their encoded
 * forms) from text, without ever handing those secrets out.
 */
@FunctionalInterface
public interface SecretRedactor {
  /** A redactor that knows no secrets. */
  SecretRedactor NONE = text -> text;

  /**
   * Returns {@code text} with every secret this redactor knows replaced by {@link Redaction#MASK}.
   *
   * @param text any text, possibly null
   * @return the redacted text (null stays null)
   */
  String redact(String text);

  /**
   * Builds a redactor over fixed secret values, each in every form {@link SecretForms} lists; forms
   * shorter than {@value SecretForms#MIN_LENGTH} characters are ignored so that masking does not
   * shred ordinary text.
   *
   * @param secrets the secret values
   * @return a redactor
   */
  static SecretRedactor of(String... secrets) {
    SecretSet set = new SecretSet();
    for (String secret : secrets) {
      set.add(secret);
    }
    return set;
  }
}
