package dev.wprest.client;

import java.util.Map;

/** Sends no credentials. */
final class NoAuth implements AuthStrategy {
  static final NoAuth INSTANCE = new NoAuth();

  private NoAuth() {}

  @Override
  public String scheme() {
    return AuthScheme.NONE;
  }

  @Override
  public boolean sendsCredentials() {
    return false;
  }

  @Override
  public Map<String, String> credentials(AuthContext context) {
    return Map.of();
  }

  @Override
  public CredentialFacts facts() {
    return CredentialFacts.none();
  }

  @Override
  public String toString() {
    return "NoAuth";
  }
}
