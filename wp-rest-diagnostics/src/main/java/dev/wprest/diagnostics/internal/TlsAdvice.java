package dev.wprest.diagnostics.internal;

import dev.wprest.client.TlsReason;
import java.net.URI;

/**
 * What to check first when TLS refused a site's certificate, fitted to the reason: the passive
 * analyzer and the doctor give the same advice. Not API.
 */
public final class TlsAdvice {
  private TlsAdvice() {}

  /**
   * The refusal in a sentence's words, e.g. "TLS refused the site's certificate: expired on DATE".
   *
   * @param reason why TLS refused it
   * @return the words
   */
  public static String refusal(TlsReason reason) {
    return "TLS refused the site's certificate: " + reason.detail();
  }

  /**
   * The first check for a refusal of the certificate of {@code site}.
   *
   * @param reason why TLS refused it
   * @param site the URI that was called
   * @return the first check, in the imperative
   */
  public static String firstCheck(TlsReason reason, URI site) {
    String host = site.getHost() == null ? "host" : site.getHost();
    String show =
        "openssl s_client -connect "
            + host
            + ":"
            + (site.getPort() < 0 ? 443 : site.getPort())
            + " -servername "
            + host
            + " </dev/null";
    switch (reason.problem()) {
      case EXPIRED:
        return "Renew the site's certificate (it "
            + reason.detail()
            + ") and reload the web server (with Let's Encrypt: certbot renew); confirm the new"
            + " end date with "
            + show
            + " | openssl x509 -noout -enddate. Do not switch certificate checks off meanwhile.";
      case NOT_YET_VALID:
        return "Compare this machine's clock (date -u) with the certificate's start (it is "
            + reason.detail()
            + "; "
            + show
            + " | openssl x509 -noout -startdate): if the clock is right, reissue the certificate;"
            + " if not, set the clock right (NTP).";
      case WRONG_HOST:
        return "The certificate was "
            + reason.detail()
            + ": call the site by a name the certificate lists (the site URL and WordPress's"
            + " Site Address should use it), or install a certificate that also names "
            + host
            + "; list its names with "
            + show
            + " | openssl x509 -noout -ext subjectAltName.";
      case UNTRUSTED:
      default:
        return "This Java does not trust the certificate ("
            + reason.detail()
            + "). For a self-signed or private-CA certificate, pass that CA's certificate"
            + " instead of switching checks off: save it as PEM ("
            + show
            + " -showcerts) and use WordPressClient.Builder.trustCertificates(path), or wp-doctor"
            + " check --trust-cert ca.pem."
            + (reason.detail().contains("self-signed")
                ? ""
                : " If the issuer is a public CA, the server does not send its intermediate"
                    + " certificate: serve the full chain (fullchain.pem).");
    }
  }

  /**
   * The first check for a TLS handshake that failed for another reason than the certificate.
   *
   * @param site the URI that was called
   * @return the first check, in the imperative
   */
  public static String handshakeCheck(URI site) {
    String host = site.getHost() == null ? "host" : site.getHost();
    return "Look at the site's TLS setup with openssl s_client -connect "
        + host
        + ":"
        + (site.getPort() < 0 ? 443 : site.getPort())
        + " -servername "
        + host
        + ": an old server or Java may share no protocol version or cipher, or the port may not"
        + " speak TLS at all.";
  }
}
