package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.FailedExchange;
import dev.wprest.client.TransportException;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * A TLS refusal's diagnosis names the reason and gives the fix for that reason: renew, use the
 * right host name, pass the CA. The causes are shaped as the JDK's own trust manager throws them (a
 * caller's own {@code SSLContext}); certificates read from the peer chain are tested in the client
 * and against the harness.
 */
class TlsDiagnosisTest {
  private static final URI SITE = URI.create("https://example.com:8443/wp-json/");

  private static Diagnosis diagnose(Throwable handshake) {
    return AuthDiagnostics.diagnose(
        new TransportException(
            "could not connect for GET " + SITE,
            FailedExchange.builder("GET", SITE).auth("application-password", true).build(),
            handshake));
  }

  private static SSLHandshakeException handshake(String message, Throwable cause) {
    SSLHandshakeException e = new SSLHandshakeException(message);
    e.initCause(cause);
    return e;
  }

  @Test
  void anExpiredCertificateIsToBeRenewed() {
    Diagnosis d =
        diagnose(
            handshake(
                "PKIX path validation failed: validity check failed",
                new CertificateExpiredException("NotAfter: Thu Feb 01 00:00:00 UTC 2024")));

    assertThat(d.cause()).isEqualTo(LikelyCause.TRANSPORT_FAILED);
    assertThat(d.summary())
        .isEqualTo(
            "GET https://example.com:8443/wp-json/ failed in the TLS handshake: TLS refused the"
                + " site's certificate: expired on 2024-02-01T00:00:00Z.");
    assertThat(d.firstCheck())
        .isEqualTo(
            "Renew the site's certificate (it expired on 2024-02-01T00:00:00Z) and reload the web"
                + " server (with Let's Encrypt: certbot renew); confirm the new end date with"
                + " openssl s_client -connect example.com:8443 -servername example.com </dev/null"
                + " | openssl x509 -noout -enddate. Do not switch certificate checks off"
                + " meanwhile.");
  }

  @Test
  void aCertificateForAnotherHostAsksForTheRightName() {
    String jdk = "No subject alternative DNS name matching example.com found.";
    Diagnosis d = diagnose(handshake(jdk, new CertificateException(jdk)));

    assertThat(d.firstCheck())
        .startsWith("The certificate was not issued for example.com: call the site by a name")
        .contains("-ext subjectAltName")
        .doesNotContain("--trust-cert");
  }

  @Test
  void anUntrustedCertificateAsksForTheCaAndTheFullChain() {
    Diagnosis d =
        diagnose(
            handshake(
                "PKIX path building failed: unable to find valid certification path to requested"
                    + " target",
                null));

    assertThat(d.firstCheck())
        .startsWith("This Java does not trust the certificate (not trusted: no certificate")
        .contains("--trust-cert ca.pem", "trustCertificates(path)", "fullchain.pem");
  }

  @Test
  void aHandshakeFailureThatIsNoRefusedCertificateDoesNotBlameTheCertificate() {
    Diagnosis d = diagnose(handshake("Received fatal alert: protocol_version", null));

    assertThat(d.summary()).contains("failed in the TLS handshake");
    assertThat(d.firstCheck()).contains("protocol version").doesNotContain("--trust-cert");
  }
}
