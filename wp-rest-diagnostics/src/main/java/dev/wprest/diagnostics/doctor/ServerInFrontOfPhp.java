package dev.wprest.diagnostics.doctor;

import java.util.Locale;

/**
 * What answers in front of PHP, read from the answers themselves: the {@code Server} header, a
 * {@code Via} header (a proxy), and a proxy's own error pages. The fix for a dropped Authorization
 * header lives in whichever of them drops it.
 */
final class ServerInFrontOfPhp {
  enum Kind {
    APACHE,
    NGINX,
    NGINX_PROXY,
    LITESPEED,
    OTHER_PROXY,
    UNKNOWN
  }

  static final ServerInFrontOfPhp UNKNOWN = new ServerInFrontOfPhp(Kind.UNKNOWN, "");

  final Kind kind;
  final String server;

  private ServerInFrontOfPhp(Kind kind, String server) {
    this.kind = kind;
    this.server = server;
  }

  /**
   * Reads an answer: {@code Server: nginx} with a {@code Via} header, or nginx's own 502/504 page,
   * is nginx as a reverse proxy; any other {@code Via} is a proxy of unknown make.
   */
  static ServerInFrontOfPhp of(RawExchange a) {
    String server = a.header("Server").orElse("");
    String lower = server.toLowerCase(Locale.ROOT);
    boolean via = a.header("Via").isPresent();
    boolean proxyPage =
        (a.status == 502 || a.status == 504) && a.body.toLowerCase(Locale.ROOT).contains("nginx");
    if (lower.contains("nginx")) {
      return new ServerInFrontOfPhp(via || proxyPage ? Kind.NGINX_PROXY : Kind.NGINX, server);
    }
    if (via) {
      return new ServerInFrontOfPhp(Kind.OTHER_PROXY, server);
    }
    if (lower.contains("apache")) {
      return new ServerInFrontOfPhp(Kind.APACHE, server);
    }
    if (lower.contains("litespeed")) {
      return new ServerInFrontOfPhp(Kind.LITESPEED, server);
    }
    return server.isBlank() ? UNKNOWN : new ServerInFrontOfPhp(Kind.UNKNOWN, server);
  }

  /** The more telling of two readings: a proxy seen once stays seen. */
  ServerInFrontOfPhp or(ServerInFrontOfPhp later) {
    if (kind == Kind.UNKNOWN && server.isEmpty()) {
      return later;
    }
    return later.isProxy() && !isProxy() ? later : this;
  }

  boolean isProxy() {
    return kind == Kind.NGINX_PROXY || kind == Kind.OTHER_PROXY;
  }
}
