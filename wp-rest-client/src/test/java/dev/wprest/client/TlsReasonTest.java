package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wprest.client.TestCertificates.Issued;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused certificate says why on the exception (expired, issued for another host, not trusted)
 * with the certificate's own values, so the user knows which of the three fixes applies.
 */
class TlsReasonTest {
  private static final Issued CA = TestCertificates.ca("wp-rest test CA");

  @TempDir Path dir;
  private SSLServerSocket server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private TransportException refusal(Issued site, WordPressClient.Builder client) throws Exception {
    return refusal(site, CA, client);
  }

  private TransportException refusal(Issued site, Issued issuer, WordPressClient.Builder client)
      throws Exception {
    server = TestCertificates.serve(site, issuer);
    WordPressClient wp =
        client
            .baseUrl("https://127.0.0.1:" + server.getLocalPort() + "/")
            .retryPolicy(RetryPolicy.none())
            .callTimeout(Duration.ofSeconds(20))
            .build();
    TransportException e = catchThrowableOfType(TransportException.class, wp::siteInfo);
    assertThat(e).as("the call fails below HTTP").isNotNull();
    return e;
  }

  private WordPressClient.Builder trustingTheCa() {
    return WordPressClient.builder().trustCertificates(CA.pem(dir, "ca.pem"));
  }

  @Test
  void anExpiredCertificateIsNamedWithItsEndDate() throws Exception {
    Instant end = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
    Issued expired = TestCertificates.site(CA, end.minus(Duration.ofDays(90)), end, "127.0.0.1");

    TransportException e = refusal(expired, trustingTheCa());

    assertThat(e.tlsReason()).contains(TlsReason.of(TlsProblem.EXPIRED, "expired on " + end));
    assertThat(e.getMessage()).endsWith("TLS certificate expired on " + end);
  }

  @Test
  void aCertificateNotYetValidIsNamedWithItsStartDate() throws Exception {
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    Issued early = TestCertificates.site(CA, start, start.plus(Duration.ofDays(90)), "127.0.0.1");

    assertThat(refusal(early, trustingTheCa()).tlsReason())
        .contains(TlsReason.of(TlsProblem.NOT_YET_VALID, "not valid before " + start));
  }

  @Test
  void aCertificateForOtherHostsNamesThemAndTheHostCalled() throws Exception {
    Issued elsewhere = TestCertificates.site(CA, "wrong.example.test", "www.wrong.example.test");

    assertThat(refusal(elsewhere, trustingTheCa()).tlsReason())
        .contains(
            TlsReason.of(
                TlsProblem.WRONG_HOST,
                "issued for wrong.example.test, www.wrong.example.test, not 127.0.0.1"));
  }

  @Test
  void aCertificateFromAnUntrustedCaNamesItsIssuer() throws Exception {
    Issued unknownCa = TestCertificates.ca("Unknown test CA");
    Issued other = TestCertificates.site(unknownCa, "127.0.0.1");

    assertThat(refusal(other, unknownCa, trustingTheCa()).tlsReason())
        .contains(TlsReason.of(TlsProblem.UNTRUSTED, "not trusted: issuer CN=Unknown test CA"));
  }

  @Test
  void theDefaultTrustNamesTheIssuerOfAPrivateCa() throws Exception {
    Issued site = TestCertificates.site(CA, "127.0.0.1");

    assertThat(refusal(site, WordPressClient.builder()).tlsReason())
        .contains(TlsReason.of(TlsProblem.UNTRUSTED, "not trusted: issuer CN=wp-rest test CA"));
  }

  @Test
  void aCallersOwnTlsContextStillGetsTheReasonFromTheJdksExceptions() throws Exception {
    Instant end = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    Issued expired = TestCertificates.site(CA, end.minus(Duration.ofDays(90)), end, "127.0.0.1");

    TransportException e = refusal(expired, WordPressClient.builder().sslContext(plainContext()));

    assertThat(e.tlsReason()).contains(TlsReason.of(TlsProblem.EXPIRED, "expired on " + end));
  }

  @Test
  void aCallersOwnTlsContextNamesTheHostTheCertificateDoesNotCover() throws Exception {
    Issued elsewhere = TestCertificates.site(CA, "wrong.example.test");

    TransportException e = refusal(elsewhere, WordPressClient.builder().sslContext(plainContext()));

    assertThat(e.tlsReason())
        .contains(TlsReason.of(TlsProblem.WRONG_HOST, "not issued for 127.0.0.1"));
  }

  @Test
  void anAcceptedCertificateGivesNoTlsReason() throws Exception {
    // The server shakes hands and hangs up: a failure below HTTP that is not a refusal.
    TransportException e = refusal(TestCertificates.site(CA, "127.0.0.1"), trustingTheCa());

    assertThat(e.tlsReason()).isEmpty();
  }

  /** A context trusting the CA through the JDK's own trust manager, as a caller would build. */
  private static SSLContext plainContext() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("ca", CA.cert);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }
}
