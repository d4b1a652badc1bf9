package dev.wprest.diagnostics;

import dev.wprest.client.DeadlineExceededException;
import dev.wprest.client.OutcomeUnknownException;
import dev.wprest.client.ResponseTooLargeException;
import dev.wprest.client.TlsReason;
import dev.wprest.client.TransportException;
import dev.wprest.diagnostics.internal.TlsAdvice;
import java.util.Optional;

/**
 * No usable HTTP answer: connection refused, broken exchange, deadline passed, a body over the
 * client's size limit.
 */
final class TransportFailureAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    boolean transport =
        f.is(TransportException.class)
            || f.is(DeadlineExceededException.class)
            || f.is(OutcomeUnknownException.class)
            || f.is(ResponseTooLargeException.class);
    if (!transport) {
      return Optional.empty();
    }
    if (f.is(ResponseTooLargeException.class)) {
      // The client's own limit stopped reading: no proxy, PHP or WordPress failure is implied.
      ResponseTooLargeException tooLarge = (ResponseTooLargeException) f.failure;
      return Optional.of(
          f.diagnosis(LikelyCause.TRANSPORT_FAILED)
              .confidence(Confidence.LIKELY)
              .evidence("maxResponseBytes", String.valueOf(tooLarge.limit()))
              .summary(
                  f.request()
                      + " answered with a body larger than the client reads (maxResponseBytes "
                      + tooLarge.limit()
                      + tooLarge.declaredLength().stream()
                          .mapToObj(n -> "; the server declared " + n + " bytes")
                          .findFirst()
                          .orElse("; the body was not declared and kept coming")
                      + "): the client stopped reading it.")
              .firstCheck(
                  "Measure the answer with curl -s -o /dev/null -w '%{size_download}' on the same"
                      + " URL: if WordPress really answers that much, ask for less (per_page,"
                      + " _fields) or raise maxResponseBytes; if it never ends, the server is broken.")
              .build());
    }
    Diagnosis.Builder d = f.diagnosis(LikelyCause.TRANSPORT_FAILED).confidence(Confidence.LIKELY);
    Throwable cause = f.failure.getCause();
    if (cause != null) {
      d.evidence("underlying error", cause.getClass().getName());
    }
    if (f.is(OutcomeUnknownException.class)) {
      return Optional.of(
          d.summary(
                  f.request()
                      + " broke after the request may have reached the server: the write may or"
                      + " may not have taken effect.")
              .firstCheck(
                  "Check on the site whether the "
                      + f.method()
                      + " took effect before sending it again.")
              .build());
    }
    if (f.is(DeadlineExceededException.class)) {
      return Optional.of(
          d.summary(f.request() + " did not complete within the call timeout.")
              .firstCheck(
                  "Time the same request from the same machine (curl -w '%{time_total}'), and"
                      + " raise callTimeout only if the site is merely slow.")
              .build());
    }
    Optional<TlsReason> tls =
        f.failure instanceof TransportException
            ? ((TransportException) f.failure).tlsReason()
            : Optional.empty();
    if (tls.isPresent()) {
      return Optional.of(
          d.evidence("TLS problem", tls.get().problem().name())
              .summary(
                  f.request()
                      + " failed in the TLS handshake: "
                      + TlsAdvice.refusal(tls.get())
                      + ".")
              .firstCheck(TlsAdvice.firstCheck(tls.get(), f.exchange.uri()))
              .build());
    }
    if (tlsTrustFailure(f.failure)) {
      return Optional.of(
          d.summary(f.request() + " failed in the TLS handshake.")
              .firstCheck(TlsAdvice.handshakeCheck(f.exchange.uri()))
              .build());
    }
    return Optional.of(
        d.summary(f.request() + " got no HTTP answer: the connection failed.").build());
  }

  /** A TLS failure anywhere in the chain whose reason is not a refused certificate. */
  static boolean tlsTrustFailure(Throwable t) {
    for (int depth = 0; t != null && depth < 16; depth++) {
      String name = t.getClass().getName();
      String message = String.valueOf(t.getMessage());
      if (t instanceof javax.net.ssl.SSLException
          || name.contains("CertPath")
          || message.contains("PKIX path")
          || message.contains("unable to find valid certification path")) {
        return true;
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return false;
  }
}
