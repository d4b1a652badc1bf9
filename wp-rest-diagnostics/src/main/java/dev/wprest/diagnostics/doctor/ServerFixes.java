package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.internal.ApplicationPasswordAvailability;

/**
 * The server-side fixes the doctor names, for what it saw in front of PHP. Every fix restores what
 * WordPress needs; none opens a route to the public.
 */
final class ServerFixes {
  static final String APACHE_REWRITE =
      "RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]";
  static final String APACHE_CGI = "CGIPassAuth On";
  static final String NGINX = "fastcgi_param HTTP_AUTHORIZATION $http_authorization;";
  static final String NGINX_PROXY = "proxy_set_header Authorization $http_authorization;";

  /**
   * The Server header names only the front: nginx passes Authorization by default, and an Apache
   * with php-fpm behind it drops it unless told otherwise, so the server behind is the next
   * suspect.
   */
  private static final String BEHIND_NGINX =
      "If nginx already passes it on (nothing there clears it) and proxies to Apache running PHP"
          + " through php-fpm, Apache drops it: add "
          + APACHE_CGI
          + " (Apache 2.4.13+) to that site's configuration, or keep WordPress's .htaccess rule "
          + APACHE_REWRITE
          + " where .htaccess is read.";

  private ServerFixes() {}

  /** How to make what stands in front of PHP pass the Authorization header on. */
  static String passAuthorizationHeader(ServerInFrontOfPhp front) {
    String seen = front.server.isBlank() ? "" : " (the site answers as " + front.server + ")";
    switch (front.kind) {
      case APACHE:
      case LITESPEED:
        return "Make the web server pass the Authorization header to PHP"
            + seen
            + ": keep WordPress's own .htaccess rule "
            + APACHE_REWRITE
            + " above the WordPress block, or add "
            + APACHE_CGI
            + " to the site's configuration (Apache 2.4.13+ with php-fpm or CGI; mod_php passes"
            + " the header itself, so with mod_php look for a proxy or CDN in front); then run"
            + " the doctor again.";
      case NGINX_PROXY:
        return "nginx proxies the requests to another server"
            + seen
            + ": in its proxy_pass location remove any proxy_set_header Authorization \"\" and add "
            + NGINX_PROXY
            + ". "
            + BEHIND_NGINX
            + " Reload, then run the doctor again.";
      case NGINX:
        return "Find the hop that drops the Authorization header"
            + seen
            + ". Where nginx proxies to another server (proxy_pass), remove any"
            + " proxy_set_header Authorization \"\" and add "
            + NGINX_PROXY
            + ". "
            + BEHIND_NGINX
            + " Where nginx runs PHP itself (fastcgi_pass), remove any fastcgi_param"
            + " HTTP_AUTHORIZATION \"\" or add "
            + NGINX
            + ". Reload, then run the doctor again.";
      case OTHER_PROXY:
        return "A proxy answers in front of the site (its Via header)"
            + seen
            + ": make it forward the Authorization header to the web server, then check the web"
            + " server itself (Apache: "
            + APACHE_CGI
            + " or WordPress's rule "
            + APACHE_REWRITE
            + "); then run the doctor again.";
      default:
        return "Make the web server pass the Authorization header to PHP"
            + seen
            + ": on Apache keep WordPress's .htaccess rule "
            + APACHE_REWRITE
            + " or add "
            + APACHE_CGI
            + "; on nginx add "
            + NGINX
            + " (or, as a reverse proxy, "
            + NGINX_PROXY
            + "); behind a proxy or CDN, let it forward Authorization. Then run the doctor again.";
    }
  }

  /** How to make Application Passwords available on a site that does not offer them. */
  static String offerApplicationPasswords(boolean plainHttp) {
    return ApplicationPasswordAvailability.firstCheck(plainHttp) + " Then run the doctor again.";
  }
}
