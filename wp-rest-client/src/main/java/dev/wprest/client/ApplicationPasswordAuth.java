package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.CredentialCheck;
import dev.wprest.client.internal.SecretSet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** HTTP Basic with an Application Password, set by the client on every request. */
final class ApplicationPasswordAuth implements AuthStrategy {
  private final String username;
  private final String header;
  private final SecretSet redactor = new SecretSet();
  private final CredentialFacts facts;

  ApplicationPasswordAuth(String username, String applicationPassword) {
    this.username = requireNonNull(username, "username == null");
    requireNonNull(applicationPassword, "applicationPassword == null");
    if (username.isBlank()) {
      throw new IllegalArgumentException("username is blank");
    }
    CredentialCheck.sendable(scheme(), "username", username);
    CredentialCheck.sendable(scheme(), "password", applicationPassword);
    String token =
        Base64.getEncoder()
            .encodeToString(
                (username + ":" + applicationPassword).getBytes(StandardCharsets.UTF_8));
    this.header = "Basic " + token;
    this.facts = CredentialFacts.builder().username(username).password(applicationPassword).build();
    redactor.add(username, applicationPassword);
  }

  @Override
  public String scheme() {
    return AuthScheme.APPLICATION_PASSWORD;
  }

  @Override
  public boolean sendsCredentials() {
    return true;
  }

  @Override
  public Map<String, String> credentials(AuthContext context) {
    return Map.of("Authorization", header);
  }

  @Override
  public CredentialFacts facts() {
    return facts;
  }

  @Override
  public String redact(String text) {
    return redactor.redact(text);
  }

  @Override
  public String toString() {
    return "ApplicationPasswordAuth{username=" + username + ", password=[REDACTED]}";
  }
}
