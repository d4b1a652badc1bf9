package dev.wprest.client;

/** Why a TLS handshake refused the site's certificate; each has its own fix. */
public enum TlsProblem {
  /** The certificate's validity ended: renew it on the server. */
  EXPIRED,
  /** The certificate's validity has not begun: the server's or this machine's clock is wrong. */
  NOT_YET_VALID,
  /** The certificate was issued for other host names: use the name it was issued for. */
  WRONG_HOST,
  /**
   * No certificate authority this client trusts signed it (self-signed or a private CA): pass the
   * CA's certificate to the client.
   */
  UNTRUSTED
}
