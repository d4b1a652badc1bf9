package dev.wprest.client.internal;

import dev.wprest.client.TlsProblem;
import dev.wprest.client.TlsReason;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads why a TLS handshake refused a certificate. With the peer's chain (captured by {@link
 * ReasonedTrustManager}) the reason names the certificate's own values; from the JDK's exceptions
 * alone (a caller's own {@code SSLContext}) it names what their messages give.
 */
public final class TlsReasons {
  private static final int MAX_DEPTH = 16;
  // Date.toString(), the form of the JDK's "NotAfter: ..." and "NotBefore: ..." messages
  private static final DateTimeFormatter JDK_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US);

  private TlsReasons() {}

  /**
   * The reason in a failure's cause chain, if TLS refused the certificate.
   *
   * @param failure the failure, or null
   * @param host the host name the client connected to, or null
   * @return the reason, or empty when the failure is not a certificate refusal
   */
  public static Optional<TlsReason> read(Throwable failure, String host) {
    List<Throwable> causes = causes(failure);
    for (Throwable t : causes) {
      if (t instanceof Refusal) {
        return Optional.of(((Refusal) t).reason);
      }
    }
    return classify(causes, new X509Certificate[0], host);
  }

  /** The reason for a refusal of {@code chain}, or empty when it is none of the known ones. */
  static Optional<TlsReason> classify(Throwable refusal, X509Certificate[] chain, String host) {
    return classify(causes(refusal), chain, host);
  }

  private static Optional<TlsReason> classify(
      List<Throwable> causes, X509Certificate[] chain, String host) {
    String target = host == null || host.isBlank() ? "this host" : host;
    X509Certificate[] certs = chain.length > 0 ? chain : validatedPath(causes);
    for (Throwable t : causes) {
      if (t instanceof CertificateExpiredException) {
        return Optional.of(expired(t, certs));
      }
      if (t instanceof CertificateNotYetValidException) {
        return Optional.of(notYetValid(t, certs));
      }
    }
    for (Throwable t : causes) {
      if (hasReason(t, BasicReason.EXPIRED)) {
        return Optional.of(expired(t, certs));
      }
      if (hasReason(t, BasicReason.NOT_YET_VALID)) {
        return Optional.of(notYetValid(t, certs));
      }
    }
    for (Throwable t : causes) {
      String m = String.valueOf(t.getMessage());
      if (m.startsWith("No subject alternative") || m.startsWith("No name matching")) {
        Set<String> names = chain.length == 0 ? Set.of() : hostsOf(chain[0]);
        String detail =
            names.isEmpty()
                ? "not issued for " + target
                : "issued for " + String.join(", ", names) + ", not " + target;
        return Optional.of(TlsReason.of(TlsProblem.WRONG_HOST, detail));
      }
    }
    for (Throwable t : causes) {
      String m = String.valueOf(t.getMessage());
      if (t instanceof CertPathBuilderException
          || (hasReason(t, BasicReason.UNSPECIFIED) && m.contains("anchor"))
          || m.contains("PKIX path building failed")
          || m.contains("unable to find valid certification path")) {
        return Optional.of(TlsReason.of(TlsProblem.UNTRUSTED, untrusted(chain)));
      }
    }
    return Optional.empty();
  }

  private static TlsReason expired(Throwable t, X509Certificate[] chain) {
    Instant now = Instant.now();
    for (int i = 0; i < chain.length; i++) {
      Instant end = chain[i].getNotAfter().toInstant();
      if (end.isBefore(now)) {
        return TlsReason.of(TlsProblem.EXPIRED, "expired on " + end + which(chain, i));
      }
    }
    return TlsReason.of(TlsProblem.EXPIRED, "expired on " + jdkDate(t, "NotAfter: "));
  }

  private static TlsReason notYetValid(Throwable t, X509Certificate[] chain) {
    Instant now = Instant.now();
    for (int i = 0; i < chain.length; i++) {
      Instant start = chain[i].getNotBefore().toInstant();
      if (start.isAfter(now)) {
        return TlsReason.of(
            TlsProblem.NOT_YET_VALID, "not valid before " + start + which(chain, i));
      }
    }
    return TlsReason.of(TlsProblem.NOT_YET_VALID, "not valid before " + jdkDate(t, "NotBefore: "));
  }

  private static String untrusted(X509Certificate[] chain) {
    if (chain.length == 0) {
      return "not trusted: no certificate authority this Java trusts signed it";
    }
    X509Certificate top = chain[chain.length - 1];
    boolean selfSigned = top.getIssuerX500Principal().equals(top.getSubjectX500Principal());
    String detail =
        "not trusted: issuer "
            + top.getIssuerX500Principal().getName()
            + (selfSigned && chain.length == 1 ? " (a self-signed certificate)" : "");
    Instant end = chain[0].getNotAfter().toInstant();
    return end.isBefore(Instant.now()) ? detail + "; also expired on " + end : detail;
  }

  /** Names the certificate when it is not the site's own (an intermediate or the root). */
  private static String which(X509Certificate[] chain, int index) {
    return index == 0
        ? ""
        : " (certificate " + chain[index].getSubjectX500Principal().getName() + " in the chain)";
  }

  /** The DNS names and IP addresses a certificate was issued for, else its subject's name. */
  static Set<String> hostsOf(X509Certificate cert) {
    Set<String> names = new LinkedHashSet<>();
    try {
      Collection<List<?>> alternatives = cert.getSubjectAlternativeNames();
      if (alternatives != null) {
        for (List<?> entry : alternatives) {
          Object type = entry.get(0);
          if (Integer.valueOf(2).equals(type) || Integer.valueOf(7).equals(type)) {
            names.add(String.valueOf(entry.get(1)));
          }
        }
      }
    } catch (CertificateParsingException unreadable) {
      // fall back to the subject's name below
    }
    if (names.isEmpty()) {
      names.add(cert.getSubjectX500Principal().getName());
    }
    return names;
  }

  private static String jdkDate(Throwable t, String prefix) {
    String m = String.valueOf(t.getMessage());
    int at = m.indexOf(prefix);
    if (at < 0) {
      return "an unknown date (" + m + ")";
    }
    String text = m.substring(at + prefix.length()).trim();
    try {
      return ZonedDateTime.parse(text, JDK_DATE).toInstant().toString();
    } catch (DateTimeParseException unusual) {
      return text;
    }
  }

  /** The certificates a failed path validation names, when the JDK's exception carries them. */
  private static X509Certificate[] validatedPath(List<Throwable> causes) {
    for (Throwable t : causes) {
      if (t instanceof CertPathValidatorException
          && ((CertPathValidatorException) t).getCertPath() != null) {
        List<X509Certificate> certs = new ArrayList<>();
        for (Certificate c : ((CertPathValidatorException) t).getCertPath().getCertificates()) {
          if (c instanceof X509Certificate) {
            certs.add((X509Certificate) c);
          }
        }
        return certs.toArray(new X509Certificate[0]);
      }
    }
    return new X509Certificate[0];
  }

  private static boolean hasReason(Throwable t, BasicReason reason) {
    return t instanceof CertPathValidatorException
        && ((CertPathValidatorException) t).getReason() == reason;
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> causes = new ArrayList<>();
    for (Throwable t = failure; t != null && causes.size() < MAX_DEPTH; t = t.getCause()) {
      if (causes.contains(t)) {
        break;
      }
      causes.add(t);
    }
    return causes;
  }

  /**
   * A refused certificate with its reason read from the peer's chain: the handshake's exception
   * keeps it as its cause, where {@link #read} finds it.
   */
  static final class Refusal extends CertificateException {
    private static final long serialVersionUID = 1L;
    private final transient TlsReason reason;

    Refusal(TlsReason reason, CertificateException cause) {
      super(reason.detail(), cause);
      this.reason = reason;
    }
  }
}
