package dev.wprest.client.internal;

import java.net.URI;
import java.util.Locale;

/** Origin (scheme, host, port) arithmetic for the redirect and insecure-transport rules. */
public final class Origins {
  private Origins() {}

  /**
   * Whether two URIs share scheme, host and effective port.
   *
   * @param a one URI
   * @param b another
   * @return true for the same origin
   */
  public static boolean sameOrigin(URI a, URI b) {
    return scheme(a).equals(scheme(b))
        && host(a).equals(host(b))
        && effectivePort(a) == effectivePort(b);
  }

  /**
   * The origin as text, e.g. {@code https://example.com:8443}.
   *
   * @param uri any absolute URI
   * @return its origin
   */
  public static String origin(URI uri) {
    int port = uri.getPort();
    return scheme(uri) + "://" + uri.getHost() + (port == -1 ? "" : ":" + port);
  }

  /**
   * Whether the URI's host is a loopback address written literally, or {@code localhost}. Names are
   * not resolved: a name that merely resolves to loopback does not count.
   *
   * @param uri any absolute URI
   * @return true for 127.0.0.0/8, ::1 and localhost
   */
  public static boolean isLoopback(URI uri) {
    String host = host(uri);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.equals("::1")
        || host.equals("0:0:0:0:0:0:0:1")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /**
   * Whether the URI is plain {@code http}.
   *
   * @param uri any absolute URI
   * @return true for http
   */
  public static boolean isPlainHttp(URI uri) {
    return scheme(uri).equals("http");
  }

  private static String scheme(URI uri) {
    return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
  }

  private static String host(URI uri) {
    return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return scheme(uri).equals("https") ? 443 : 80;
  }
}
