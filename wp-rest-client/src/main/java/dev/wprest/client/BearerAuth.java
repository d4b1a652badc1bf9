package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.Redaction;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** {@code Authorization: Bearer <token>}, the token read from a supplier before every request. */
final class BearerAuth implements AuthStrategy {
  private final Supplier<String> tokens;

  /** Every token handed out, so that an echo of an old one is still masked. */
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  BearerAuth(Supplier<String> tokens) {
    this.tokens = requireNonNull(tokens, "tokens == null");
  }

  @Override
  public String scheme() {
    return "bearer";
  }

  @Override
  public boolean sendsCredentials() {
    return true;
  }

  @Override
  public Map<String, String> credentials(AuthContext context) {
    String token = tokens.get();
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("the bearer token supplier returned no token");
    }
    if (seen.size() < 64) {
      seen.add(token);
    }
    return Map.of("Authorization", "Bearer " + token);
  }

  @Override
  public Map<String, String> describe() {
    String token = seen.stream().findFirst().orElse("");
    return Map.of("token.shape", token.split("\\.", -1).length == 3 ? "jwt" : "opaque");
  }

  @Override
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String token : seen) {
      if (token.length() >= 4) {
        out = out.replace(token, Redaction.MASK);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "BearerAuth{token=[REDACTED]}";
  }
}
