package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.CredentialCheck;
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

  private volatile CredentialFacts.TokenShape lastShape = CredentialFacts.TokenShape.OPAQUE;

  BearerAuth(Supplier<String> tokens) {
    this.tokens = requireNonNull(tokens, "tokens == null");
  }

  /** Masks a token known before it is sent (a fixed one), so that it is masked from the start. */
  void remember(String token) {
    seen.add(token);
    lastShape = CredentialFacts.tokenShapeOf(token);
  }

  @Override
  public String scheme() {
    return AuthScheme.BEARER;
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
    CredentialCheck.headerValue(scheme(), "token", token);
    seen.add(token);
    lastShape = CredentialFacts.tokenShapeOf(token);
    return Map.of("Authorization", "Bearer " + token);
  }

  @Override
  public CredentialFacts facts() {
    return CredentialFacts.builder().tokenShape(lastShape).build();
  }

  @Deprecated
  @Override
  public String redact(String text) {
    return seen.redact(text);
  }

  @Override
  public String toString() {
    return "BearerAuth{token=[REDACTED]}";
  }
}
