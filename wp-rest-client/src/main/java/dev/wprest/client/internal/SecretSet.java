package dev.wprest.client.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets one auth strategy has held (passwords, tokens, cookie values, nonces), so that every
 * occurrence of any of them, current or past, can be masked in text. Thread-safe; bounded, so a
 * long-lived strategy that refreshes its token forever cannot grow it without limit.
 */
public final class SecretSet implements SecretRedactor {
  private static final int LIMIT = 256;

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();

  /**
   * Remembers a secret; values shorter than 4 characters are ignored so that masking does not shred
   * ordinary text.
   *
   * @param secret the secret, may be null
   */
  public void add(String secret) {
    if (secret != null && secret.length() >= 4 && secrets.size() < LIMIT) {
      secrets.add(secret);
    }
  }

  @Override
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, Redaction.MASK);
    }
    return out;
  }
}
