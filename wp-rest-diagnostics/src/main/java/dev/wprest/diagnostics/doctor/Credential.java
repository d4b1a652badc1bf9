package dev.wprest.diagnostics.doctor;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.internal.ApplicationPasswordShape;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.SecretSet;
import java.util.Optional;

/**
 * The credential under examination. When the doctor was given the secret itself (not an opaque
 * strategy) it keeps it, for the XML-RPC cross-check, and masks every form of it a server could
 * echo: those {@link SecretSet} knows, and XML-escaped as the XML-RPC probe sends it.
 */
final class Credential {
  enum Kind {
    NONE,
    APPLICATION_PASSWORD,
    LOGIN_PASSWORD,
    BEARER,
    OPAQUE
  }

  final Kind kind;
  private final String username;
  private final String secret;
  private final AuthStrategy opaque;
  private final SecretSet forms = new SecretSet();

  private Credential(Kind kind, String username, String secret, AuthStrategy opaque) {
    this.kind = kind;
    this.username = username;
    this.secret = secret;
    this.opaque = opaque;
    if (secret != null) {
      forms.add(username, secret);
      forms.add(XmlRpcProbe.escape(secret));
    }
  }

  static Credential none() {
    return new Credential(Kind.NONE, null, null, null);
  }

  static Credential applicationPassword(String username, String password) {
    return new Credential(Kind.APPLICATION_PASSWORD, username, password, null);
  }

  static Credential loginPassword(String username, String password) {
    return new Credential(Kind.LOGIN_PASSWORD, username, password, null);
  }

  static Credential bearer(String token) {
    return new Credential(Kind.BEARER, null, token, null);
  }

  static Credential opaque(AuthStrategy strategy) {
    return new Credential(Kind.OPAQUE, null, null, strategy);
  }

  /** A fresh strategy, so that each examination starts without a cached session or nonce. */
  AuthStrategy newStrategy() {
    switch (kind) {
      case APPLICATION_PASSWORD:
        return AuthStrategy.applicationPassword(username, secret);
      case LOGIN_PASSWORD:
        return AuthStrategy.cookieLogin(username, secret);
      case BEARER:
        return AuthStrategy.bearer(secret);
      case OPAQUE:
        return opaque;
      default:
        return AuthStrategy.none();
    }
  }

  Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /** Whether a username and password are known, as XML-RPC needs them. */
  boolean hasPassword() {
    return username != null
        && secret != null
        && (kind == Kind.APPLICATION_PASSWORD || kind == Kind.LOGIN_PASSWORD);
  }

  /** The password itself: only for the XML-RPC request body. */
  String password() {
    return secret;
  }

  /** See {@link ApplicationPasswordShape}. */
  boolean shapedLikeApplicationPassword() {
    return ApplicationPasswordShape.matches(secret);
  }

  String redact(String text) {
    return forms.redact(text);
  }

  @Override
  public String toString() {
    return "Credential{"
        + kind
        + (username == null ? "" : ", username=" + username)
        + (secret == null ? "" : ", secret=" + Redaction.MASK)
        + "}";
  }
}
