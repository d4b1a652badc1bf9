package dev.wprest.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made in the test (BouncyCastle, test scope only): a CA, and site certificates it
 * signs with chosen host names and validity; plus a loopback TLS server that presents one.
 */
final class TestCertificates {
  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  private TestCertificates() {}

  /** A key pair with its certificate. */
  static final class Issued {
    final KeyPair keys;
    final X509Certificate cert;

    Issued(KeyPair keys, X509Certificate cert) {
      this.keys = keys;
      this.cert = cert;
    }

    /** Writes the certificate as PEM. */
    Path pem(Path dir, String name) {
      try {
        String base64 =
            Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(cert.getEncoded());
        Path file = dir.resolve(name);
        Files.writeString(
            file, "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A self-signed CA valid from an hour ago for a year. */
  static Issued ca(String commonName) {
    KeyPair keys = keys();
    Instant now = Instant.now();
    return new Issued(
        keys,
        sign(
            keys,
            "CN=" + commonName,
            keys,
            "CN=" + commonName,
            now.minus(Duration.ofHours(1)),
            now.plus(Duration.ofDays(365)),
            true,
            List.of()));
  }

  /** A site certificate signed by {@code ca}, for {@code hosts} (IP addresses or DNS names). */
  static Issued site(Issued ca, Instant notBefore, Instant notAfter, String... hosts) {
    KeyPair keys = keys();
    return new Issued(
        keys,
        sign(
            keys,
            "CN=" + hosts[0],
            ca.keys,
            ca.cert.getSubjectX500Principal().getName(),
            notBefore,
            notAfter,
            false,
            List.of(hosts)));
  }

  /** A site certificate signed by {@code ca}, valid from an hour ago for a year. */
  static Issued site(Issued ca, String... hosts) {
    Instant now = Instant.now();
    return site(ca, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)), hosts);
  }

  /**
   * A loopback TLS server presenting {@code site} (and {@code issuer} above it) to every connection
   * until closed; it only shakes hands.
   */
  static SSLServerSocket serve(Issued site, Issued issuer) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    char[] password = "test-only".toCharArray();
    store.setKeyEntry(
        "site", site.keys.getPrivate(), password, new X509Certificate[] {site.cert, issuer.cert});
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    SSLServerSocket server =
        (SSLServerSocket)
            context
                .getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (SSLSocket socket = (SSLSocket) server.accept()) {
                  socket.setSoTimeout(5_000);
                  socket.startHandshake();
                } catch (IOException refusedOrClosed) {
                  // the client refused the certificate, or the test closed the server
                }
              }
            },
            "tls-test-server");
    accept.setDaemon(true);
    accept.start();
    return server;
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate sign(
      KeyPair subjectKeys,
      String subject,
      KeyPair issuerKeys,
      String issuer,
      Instant notBefore,
      Instant notAfter,
      boolean isCa,
      List<String> hosts) {
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              new X500Name(issuer),
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(notBefore),
              Date.from(notAfter),
              new X500Name(subject),
              subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
      if (!hosts.isEmpty()) {
        List<GeneralName> names = new ArrayList<>();
        for (String host : hosts) {
          names.add(
              new GeneralName(
                  host.matches("[0-9.]+") ? GeneralName.iPAddress : GeneralName.dNSName, host));
        }
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(names.toArray(new GeneralName[0])));
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
