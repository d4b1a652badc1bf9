package dev.wprest.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Builds TLS contexts whose trust decisions name their reason when they refuse a certificate (see
 * {@link TlsReasons}): one trusting exactly the certificates of a PEM file, and one trusting what
 * this Java trusts by default.
 */
public final class TrustedCertificates {
  private TrustedCertificates() {}

  /**
   * A TLS context trusting exactly the certificates of {@code pemFile}.
   *
   * @param pemFile a file of PEM certificates (a CA's or the site's own)
   * @return the context
   * @throws IllegalArgumentException when the file holds no readable certificate
   */
  public static SSLContext sslContext(Path pemFile) {
    try (InputStream in = Files.newInputStream(pemFile)) {
      Collection<? extends Certificate> certs =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certs.isEmpty()) {
        throw new IllegalArgumentException("no certificate in " + pemFile);
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate cert : certs) {
        store.setCertificateEntry("trusted-" + i++, cert);
      }
      return reasoned(store);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot read certificates from " + pemFile + ": " + e, e);
    }
  }

  /**
   * A TLS context trusting what this Java trusts by default (its {@code cacerts}, or the trust
   * store named by {@code javax.net.ssl.trustStore}). When {@code javax.net.ssl.keyStore} names a
   * client certificate, the JDK's own default context is returned unchanged, so that the client
   * certificate is still presented.
   *
   * @return the context
   * @throws IllegalStateException when this Java has no usable TLS implementation
   */
  public static SSLContext systemDefault() {
    try {
      if (System.getProperty("javax.net.ssl.keyStore") != null) {
        return SSLContext.getDefault();
      }
      return reasoned(null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no usable TLS implementation: " + e, e);
    }
  }

  private static SSLContext reasoned(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    TrustManager[] managers = tmf.getTrustManagers();
    for (int i = 0; i < managers.length; i++) {
      if (managers[i] instanceof X509ExtendedTrustManager) {
        managers[i] = new ReasonedTrustManager((X509ExtendedTrustManager) managers[i]);
      }
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, managers, null);
    return context;
  }
}
