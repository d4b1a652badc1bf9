package dev.wprest.client.internal;

import dev.wprest.client.TlsReason;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Decides exactly as the trust manager it wraps; when that refuses the server's certificate, it
 * names the reason with the peer chain's own values (expiry date, host names, issuer), which the
 * JDK's exceptions do not carry.
 */
final class ReasonedTrustManager extends X509ExtendedTrustManager {
  private final X509ExtendedTrustManager delegate;

  ReasonedTrustManager(X509ExtendedTrustManager delegate) {
    this.delegate = delegate;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    reasoned(
        () -> delegate.checkServerTrusted(chain, authType, engine),
        chain,
        engine == null ? null : engine.getPeerHost());
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    reasoned(() -> delegate.checkServerTrusted(chain, authType, socket), chain, peerHost(socket));
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    reasoned(() -> delegate.checkServerTrusted(chain, authType), chain, null);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    delegate.checkClientTrusted(chain, authType, engine);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    delegate.checkClientTrusted(chain, authType, socket);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    delegate.checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate.getAcceptedIssuers();
  }

  /** A trust check of the wrapped manager. */
  private interface Check {
    void run() throws CertificateException;
  }

  /** Runs the wrapped check; a refusal it can name is thrown again with its reason. */
  private static void reasoned(Check check, X509Certificate[] chain, String host)
      throws CertificateException {
    try {
      check.run();
    } catch (CertificateException e) {
      Optional<TlsReason> reason =
          TlsReasons.classify(e, chain == null ? new X509Certificate[0] : chain, host);
      throw reason.isPresent() ? new TlsReasons.Refusal(reason.get(), e) : e;
    }
  }

  private static String peerHost(Socket socket) {
    if (socket instanceof SSLSocket) {
      SSLSession session = ((SSLSocket) socket).getHandshakeSession();
      if (session != null) {
        return session.getPeerHost();
      }
    }
    return null;
  }
}
