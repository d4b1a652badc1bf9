package dev.wprest.diagnostics.har;

import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthScheme;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.CredentialFacts;
import dev.wprest.client.internal.SecretSet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Sends the credential headers that some other program sent (a HAR file's request, a hand-written
 * script's nonce without its cookies), so that the client and the diagnosis see the same evidence.
 * It masks every header value and its parts; a program calling a live site uses the built-in
 * strategies instead.
 */
public final class HeaderAuth implements AuthStrategy {
  private final String scheme;
  private final Map<String, String> headers;
  private final CredentialFacts facts;

  /** Every header value and its parts, in every encoding a server could echo them in. */
  private final SecretSet secrets = new SecretSet();

  private HeaderAuth(String scheme, Map<String, String> headers, CredentialFacts facts) {
    this.scheme = scheme;
    this.headers = Map.copyOf(headers);
    this.facts = facts;
    for (String value : headers.values()) {
      secrets.add(value);
      for (String part : value.split("[;=\\s]+")) {
        if (part.length() >= 8) {
          secrets.add(part);
        }
      }
    }
    String authorization = headers.getOrDefault("Authorization", "");
    if (authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
      // Mask the decoded password too, should a server echo it back in clear.
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon >= 0) {
          secrets.add(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
      } catch (IllegalArgumentException notBase64) {
        // nothing more to mask
      }
    }
  }

  /**
   * A strategy sending exactly these credential headers; the scheme is read from them.
   *
   * @param headers {@code Authorization}, {@code Cookie} and {@code X-WP-Nonce}, any subset
   * @return the strategy, or {@link AuthStrategy#none()} when there are none
   */
  public static AuthStrategy of(Map<String, String> headers) {
    CredentialFacts.Builder facts = CredentialFacts.builder();
    String authorization = headers.getOrDefault("Authorization", "");
    String cookie = headers.getOrDefault("Cookie", "");
    String scheme;
    if (authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
      scheme = AuthScheme.APPLICATION_PASSWORD;
      describeBasic(authorization.substring(6).strip(), facts);
    } else if (authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      scheme = AuthScheme.BEARER;
      facts.token(authorization.substring(7));
    } else if (!cookie.isEmpty() || headers.containsKey("X-WP-Nonce")) {
      scheme = AuthScheme.COOKIE_NONCE;
    } else {
      return AuthStrategy.none();
    }
    for (String pair : cookie.split(";")) {
      String name = pair.split("=", 2)[0].strip();
      if (!name.isEmpty()) {
        facts.cookieName(name);
      }
    }
    facts.noncePresent(headers.containsKey("X-WP-Nonce"));
    return new HeaderAuth(scheme, headers, facts.build());
  }

  /** The username and the password's shape; the password itself is not kept. */
  private static void describeBasic(String token, CredentialFacts.Builder facts) {
    try {
      String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        facts.passwordShape(CredentialFacts.PasswordShape.MALFORMED);
        return;
      }
      facts.username(decoded.substring(0, colon)).password(decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      facts.passwordShape(CredentialFacts.PasswordShape.MALFORMED);
    }
  }

  @Override
  public String scheme() {
    return scheme;
  }

  @Override
  public boolean sendsCredentials() {
    return true;
  }

  @Override
  public Map<String, String> credentials(AuthContext context) {
    return headers;
  }

  @Override
  public CredentialFacts facts() {
    return facts;
  }

  @Override
  public String redact(String text) {
    return secrets.redact(text);
  }

  @Override
  public String toString() {
    return "HeaderAuth{" + scheme + ", headers=" + headers.keySet() + "}";
  }
}
