package dev.wprest.client.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * The JDK client the library builds when the caller brings none, and the HTTP version it speaks:
 * HTTP/2 for an {@code https} site (offered in the TLS handshake through ALPN; a server that does
 * not take it answers in HTTP/1.1 on the same connection), HTTP/1.1 for plain {@code http}. Defined
 * once for the client and the doctor. Not API.
 */
public final class HttpVersionChoice {
  private HttpVersionChoice() {}

  /**
   * The version for a site: the caller's choice if any, else HTTP/2 over TLS and HTTP/1.1 over
   * plain http. Over plain http the JDK would offer HTTP/2 as {@code Upgrade: h2c} headers on the
   * first request of each connection; no browser does that, so the servers and proxies in front of
   * WordPress are not tested against it, and plain HTTP/1.1 is what they answer best.
   *
   * @param site the site's URL (its scheme decides)
   * @param requested the caller's version, or null for none
   * @return the version
   */
  public static HttpClient.Version forSite(URI site, HttpClient.Version requested) {
    Objects.requireNonNull(site, "site == null");
    if (requested != null) {
      return requested;
    }
    return "https".equalsIgnoreCase(site.getScheme())
        ? HttpClient.Version.HTTP_2
        : HttpClient.Version.HTTP_1_1;
  }

  /**
   * A JDK client for a site: the version of {@link #forSite}, redirects never followed (the library
   * follows them itself: the JDK would carry credentials across origins), no authenticator and no
   * cookie handler.
   *
   * @param site the site's URL
   * @param requested the caller's version, or null for the default
   * @param connectTimeout the connect timeout
   * @param sslContext the TLS context, or null for the JDK's default trust (read through {@link
   *     TrustedCertificates#systemDefault()}, which names why a certificate is refused)
   * @return the client
   */
  public static HttpClient newClient(
      URI site, HttpClient.Version requested, Duration connectTimeout, SSLContext sslContext) {
    HttpClient.Builder http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(forSite(site, requested));
    // The default trust, too, through a context that names why it refuses a certificate.
    http.sslContext(sslContext != null ? sslContext : TrustedCertificates.systemDefault());
    return http.build();
  }
}
