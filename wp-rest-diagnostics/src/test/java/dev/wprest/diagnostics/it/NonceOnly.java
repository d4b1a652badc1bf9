package dev.wprest.diagnostics.it;

import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.CredentialFacts;
import java.util.Map;

/** What a hand-written script sends when it copies a nonce but not the cookies. */
final class NonceOnly implements AuthStrategy {
  private final String nonce;

  NonceOnly(String nonce) {
    this.nonce = nonce;
  }

  @Override
  public String scheme() {
    return "cookie-nonce";
  }

  @Override
  public boolean sendsCredentials() {
    return true;
  }

  @Override
  public Map<String, String> credentials(AuthContext context) {
    return Map.of("X-WP-Nonce", nonce);
  }

  @Override
  public CredentialFacts facts() {
    return CredentialFacts.builder().noncePresent(true).build();
  }
}
