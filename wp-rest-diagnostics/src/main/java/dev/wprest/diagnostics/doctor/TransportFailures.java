package dev.wprest.diagnostics.doctor;

import dev.wprest.client.FailedExchange;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.TlsProblem;
import dev.wprest.client.TlsReason;
import dev.wprest.client.TransportException;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.TlsReasons;
import dev.wprest.client.internal.Transport;
import dev.wprest.diagnostics.internal.TlsAdvice;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The doctor's one reading of a transport failure (no answer came): as a {@link RawExchange} for
 * its own probes, as the client's {@link TransportException} for a strategy that sends through the
 * doctor, and in words. The JDK's client reports an unknown host and a refused connection alike as
 * a {@code ConnectException} without a message; the reason sits in its causes.
 */
final class TransportFailures {
  private TransportFailures() {}

  /**
   * A raw probe that got no answer, saying why in words a user can act on.
   *
   * @param redact applied to every text that names the request
   */
  static RawExchange noAnswer(
      HttpMethod method,
      URI uri,
      Transport.Failure f,
      Duration timeout,
      long maxResponseBytes,
      UnaryOperator<String> redact) {
    Throwable cause = f.getCause();
    if (tlsFailure(cause)) {
      return RawExchange.tlsFailed(
          method.name(),
          uri,
          "TLS failed: " + redact.apply(describe(cause, uri, timeout)),
          redact.apply(tlsCheck(cause, uri)));
    }
    switch (f.kind) {
      case CONNECT:
        return RawExchange.failed(
            method.name(),
            uri,
            redact.apply(describe(cause, uri, timeout)),
            true,
            redact.apply(connectCheck(cause, uri)));
      case DEADLINE:
        // The JDK's own timeout says which deadline passed; the transport's says none.
        HttpTimeoutException late = new HttpTimeoutException("no complete answer in time");
        return RawExchange.failed(
            method.name(), uri, redact.apply(describe(late, uri, timeout)), false);
      case TOO_LARGE:
        return RawExchange.failed(
            method.name(),
            uri,
            "the answer is larger than the doctor accepts (" + maxResponseBytes + " bytes)",
            false);
      default:
        if (cause instanceof InterruptedException) {
          return RawExchange.failed(method.name(), uri, "interrupted", false);
        }
        return RawExchange.failed(
            method.name(), uri, redact.apply(describe(cause, uri, timeout)), false);
    }
  }

  /** The client's typed exception for a request a strategy sent through the doctor. */
  static TransportException exception(
      HttpRequest request, Transport.Failure f, FailedExchange exchange) {
    return new TransportException(
        request.method()
            + " "
            + Redaction.uri(request.uri())
            + " failed ("
            + f.getCause().getClass().getSimpleName()
            + ")",
        exchange,
        f.getCause());
  }

  /** Whether TLS refused the site's certificate or the handshake. */
  static boolean tlsFailure(Throwable e) {
    return has(e, SSLException.class);
  }

  /** What to check first when TLS failed, fitted to the reason the certificate was refused. */
  static String tlsCheck(Throwable e, URI uri) {
    Optional<TlsReason> tls = TlsReasons.read(e, uri.getHost());
    return tls.isPresent() ? TlsAdvice.firstCheck(tls.get(), uri) : TlsAdvice.handshakeCheck(uri);
  }

  /** What to check first when no connection could be made, fitted to why. */
  static String connectCheck(Throwable e, URI uri) {
    String host = uri.getHost() == null ? "the host" : uri.getHost();
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
      return "Check the host name "
          + host
          + " in the site URL (nslookup "
          + host
          + "): a typo, a domain not yet pointed at the server, or a name only a VPN or the"
          + " hosts file knows; then run the doctor again.";
    }
    if (has(e, ConnectException.class)
        && (messageContains(e, "refused") || has(e, ClosedChannelException.class))) {
      return "Check the scheme and port of the site URL (nothing accepts connections on "
          + host
          + ":"
          + port
          + "; is the site on https:// and port 443?) and that the web server is running; then"
          + " run the doctor again.";
    }
    return "Check from this machine that "
        + host
        + ":"
        + port
        + " is reachable (curl -v "
        + uri
        + "): a firewall, VPN or proxy between them, or a server that is down; then run the"
        + " doctor again.";
  }

  /** What failed, in words a user can act on; never the request's headers. */
  static String describe(Throwable e, URI uri, Duration timeout) {
    String host = uri.getHost() == null ? "the host" : uri.getHost();
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
      return "unknown host: DNS has no address for " + host;
    }
    if (has(e, HttpConnectTimeoutException.class)) {
      return "connection timed out: " + host + ":" + port + " did not accept within " + timeout;
    }
    if (e instanceof HttpTimeoutException) {
      // The doctor's own deadlines say which one passed ("no complete answer in time").
      return "timed out: no answer within " + timeout + detail(e);
    }
    if (has(e, NoRouteToHostException.class)) {
      return "no route to " + host + " (network, firewall or VPN)";
    }
    Optional<TlsReason> tls = TlsReasons.read(e, uri.getHost());
    if (tls.isPresent()) {
      return "TLS certificate "
          + tls.get().detail()
          + (tls.get().problem() == TlsProblem.UNTRUSTED
              ? " (wp-doctor --trust-cert ca.pem, or AuthDoctor.Builder.trustCertificates)"
              : "");
    }
    if (has(e, CertPathValidatorException.class)
        || (has(e, CertificateException.class) && has(e, SSLHandshakeException.class))
        || messageContains(e, "PKIX path")) {
      return "TLS certificate not trusted: "
          + host
          + "'s certificate is not signed by a CA this Java trusts (self-signed or a private"
          + " CA? wp-doctor --trust-cert file.pem, or AuthDoctor.Builder.trustCertificates)";
    }
    if (has(e, SSLException.class)) {
      return "TLS handshake with " + host + " failed" + detail(find(e, SSLException.class));
    }
    if (has(e, ConnectException.class)) {
      // JDK 17 reports a refused connect as ConnectException <- ClosedChannelException, no text.
      return messageContains(e, "refused") || has(e, ClosedChannelException.class)
          ? "connection refused: nothing listens on "
              + host
              + ":"
              + port
              + " (or a firewall"
              + " rejects the connection)"
          : "could not connect to " + host + ":" + port + detail(deepest(e));
    }
    Throwable root = deepest(e);
    return root.getClass().getSimpleName() + detail(root);
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    return find(e, type) != null;
  }

  private static Throwable find(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean messageContains(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Throwable deepest(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String detail(Throwable t) {
    String m = t == null ? null : t.getMessage();
    return m == null || m.isBlank() ? "" : " (" + m + ")";
  }
}
