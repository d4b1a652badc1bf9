package dev.wprest.spring.boot;

/** How the configured client authenticates: {@code wordpress.auth.kind}. */
public enum AuthKind {
  /** HTTP Basic with an Application Password: needs a user and a secret. */
  APPLICATION_PASSWORD(true),
  /** A login with the user's password, then cookies and a REST nonce: needs a user and a secret. */
  COOKIE(true),
  /** A bearer token (e.g. from a JWT plugin): needs a secret, the token. */
  BEARER(false),
  /** No credentials: public routes only. */
  NONE(false);

  private final boolean needsUser;

  AuthKind(boolean needsUser) {
    this.needsUser = needsUser;
  }

  boolean needsUser() {
    return needsUser;
  }

  boolean needsSecret() {
    return this != NONE;
  }
}
