package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.SecretSet;
import java.util.Map;
import java.util.function.Supplier;

/** {@code Authorization: Bearer <token>}, the token read from a supplier before every request. */
final class BearerAuth implements AuthStrategy {
  private final Supplier<String> tokens;

  /**
   * Every token handed out, in all its forms, so that an echo of an old one is still masked; it
   * grows with each new token (see {@link SecretSet} for what that costs).
   */
  private final SecretSet seen = new SecretSet();

  private volatile String lastShape = "opaque";

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
    CredentialCheck.sendable(scheme(), "token", token);
    seen.add(token);
    lastShape = token.split("\\.", -1).length == 3 ? "jwt" : "opaque";
    return Map.of("Authorization", "Bearer " + token);
  }

  @Override
  public Map<String, String> describe() {
    return Map.of("token.shape", lastShape);
  }

  @Override
  public String redact(String text) {
    return seen.redact(text);
  }

  @Override
  public String toString() {
    return "BearerAuth{token=[REDACTED]}";
  }
}
