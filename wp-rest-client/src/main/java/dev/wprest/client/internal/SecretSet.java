package dev.wprest.client.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The secrets one auth strategy has held (passwords, tokens, cookie values, nonces), in every form
 * {@link SecretForms} knows, so that any occurrence of any of them, current or past, is masked.
 * Thread-safe.
 *
 * <p>No cap: a strategy whose token supplier rotates forever keeps masking its first token and its
 * millionth. What that costs, honestly: the set keeps no secret, only a 64-bit fingerprint of each
 * form, filed under its first four characters; about 100 bytes of heap per form (a map entry, the
 * boxed key and 16 bytes of fingerprint and length), plus a fixed 8 KB filter. A JWT or opaque
 * token has 5 to 10 forms, an Application Password about 60, a cookie value about 20: some 1 to 6
 * KB per secret. A client whose supplier hands out a new token every minute grows by about 1 MB a
 * day; build a new client (and strategy) when that matters.
 *
 * <p>Matching is one pass over the text: at each position the four characters there are checked
 * against the filter, and only on a hit are the fingerprints of the forms filed there compared.
 * ASCII letters match in either case, so {@code %2f} and {@code %2F}, <code>&#92;u00e9</code> and
 * <code>&#92;u00E9</code> are each one form. A fingerprint collision can only mask more than
 * needed, never less.
 */
public final class SecretSet implements SecretRedactor {
  private static final int FILTER_BITS = 1 << 16;
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  /** Fingerprints by the first four characters (folded to lower case, packed into a long). */
  private final ConcurrentHashMap<Long, long[]> byPrefix = new ConcurrentHashMap<>();

  /** One bit per hashed prefix: most positions of most texts are rejected here. */
  private final AtomicLongArray filter = new AtomicLongArray(FILTER_BITS / 64);

  private final LongAdder forms = new LongAdder();

  /**
   * Remembers a secret in all its forms; a null or empty value is ignored, and forms shorter than
   * {@value SecretForms#MIN_LENGTH} characters are not masked, so that masking does not shred
   * ordinary text.
   *
   * @param secret the secret, may be null
   */
  public void add(String secret) {
    addForms(SecretForms.of(secret));
  }

  /**
   * Remembers a password sent with a user name, {@code base64(user:password)} included.
   *
   * @param user the user name
   * @param password the password, may be null
   */
  public void add(String user, String password) {
    addForms(SecretForms.of(user, password));
  }

  /**
   * How many forms are registered, for tests and for sizing.
   *
   * @return the number of distinct forms
   */
  public long size() {
    return forms.sum();
  }

  private void addForms(Set<String> newForms) {
    for (String form : newForms) {
      long key = prefix(form, 0);
      long fingerprint = fingerprint(form, 0, form.length());
      boolean[] added = {false};
      byPrefix.compute(
          key,
          (k, old) -> {
            if (old != null) {
              for (int i = 0; i < old.length; i += 2) {
                if (old[i] == form.length() && old[i + 1] == fingerprint) {
                  return old;
                }
              }
            }
            added[0] = true;
            long[] grown = old == null ? new long[2] : Arrays.copyOf(old, old.length + 2);
            grown[grown.length - 2] = form.length();
            grown[grown.length - 1] = fingerprint;
            return grown;
          });
      if (added[0]) {
        forms.increment();
        int bit = filterBit(key);
        filter.getAndUpdate(bit >>> 6, word -> word | (1L << (bit & 63)));
      }
    }
  }

  @Override
  public String redact(String text) {
    if (text == null || text.length() < SecretForms.MIN_LENGTH || byPrefix.isEmpty()) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int coverStart = -1;
    int coverEnd = -1;
    long key = 0;
    for (int i = 0; i < text.length(); i++) {
      key = (key << 16) | fold(text.charAt(i));
      int start = i - (SecretForms.MIN_LENGTH - 1);
      if (start < 0 || !mayStartHere(key)) {
        continue;
      }
      int length = longestFormAt(text, start, key);
      if (length == 0) {
        continue;
      }
      if (start > coverEnd) {
        if (coverEnd >= 0) {
          out = flush(out, text, copied, coverStart);
          copied = coverEnd;
        }
        coverStart = start;
      }
      coverEnd = Math.max(coverEnd, start + length);
    }
    if (coverEnd < 0) {
      return text;
    }
    out = flush(out, text, copied, coverStart);
    return out.append(text, coverEnd, text.length()).toString();
  }

  private static StringBuilder flush(StringBuilder out, String text, int from, int maskAt) {
    StringBuilder b = out == null ? new StringBuilder(text.length()) : out;
    return b.append(text, from, maskAt).append(Redaction.MASK);
  }

  private boolean mayStartHere(long key) {
    int bit = filterBit(key);
    return (filter.get(bit >>> 6) & (1L << (bit & 63))) != 0;
  }

  /** The length of the longest registered form starting at {@code start}, or 0. */
  private int longestFormAt(String text, int start, long key) {
    long[] entries = byPrefix.get(key);
    if (entries == null) {
      return 0;
    }
    int best = 0;
    for (int i = 0; i < entries.length; i += 2) {
      int length = (int) entries[i];
      if (length > best
          && start + length <= text.length()
          && fingerprint(text, start, length) == entries[i + 1]) {
        best = length;
      }
    }
    return best;
  }

  private static long prefix(String text, int start) {
    long key = 0;
    for (int i = start; i < start + SecretForms.MIN_LENGTH; i++) {
      key = (key << 16) | fold(text.charAt(i));
    }
    return key;
  }

  private static long fingerprint(String text, int start, int length) {
    long h = 0x6A09E667F3BCC908L;
    for (int i = start; i < start + length; i++) {
      h = (h ^ fold(text.charAt(i))) * MULTIPLIER;
      h ^= h >>> 29;
    }
    return h;
  }

  private static int filterBit(long key) {
    long h = key * MULTIPLIER;
    return (int) (h >>> 48);
  }

  /** ASCII letters fold to lower case: hex digits and escapes match in either case. */
  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
