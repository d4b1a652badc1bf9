package dev.wprest.diagnostics.doctor;

import java.util.Locale;

/**
 * The server-side fixes the doctor names, for the server it saw in the {@code Server} header. Every
 * fix restores what WordPress needs; none opens a route to the public.
 */
final class ServerFixes {
  static final String APACHE_REWRITE =
      "RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]";
  static final String APACHE_CGI = "CGIPassAuth On";
  static final String NGINX = "fastcgi_param HTTP_AUTHORIZATION $http_authorization;";
  static final String LOCAL_ENVIRONMENT = "define( 'WP_ENVIRONMENT_TYPE', 'local' );";

  private ServerFixes() {}

  /** How to make the web server pass the Authorization header on to PHP. */
  static String passAuthorizationHeader(String server) {
    String s = server == null ? "" : server.toLowerCase(Locale.ROOT);
    String seen = server == null || server.isBlank() ? "" : " (the site answers as " + server + ")";
    if (s.contains("apache") || s.contains("litespeed")) {
      return "Make the web server pass the Authorization header to PHP"
          + seen
          + ": keep WordPress's own .htaccess rule "
          + APACHE_REWRITE
          + " above the WordPress block, or add "
          + APACHE_CGI
          + " to the site's configuration (Apache 2.4.13+ with php-fpm or CGI); then run the"
          + " doctor again.";
    }
    if (s.contains("nginx")) {
      return "Make nginx pass the Authorization header to PHP"
          + seen
          + ": add "
          + NGINX
          + " to the location block that runs PHP (next to include fastcgi_params), reload"
          + " nginx, then run the doctor again.";
    }
    return "Make the web server pass the Authorization header to PHP"
        + seen
        + ": on Apache keep WordPress's .htaccess rule "
        + APACHE_REWRITE
        + " or add "
        + APACHE_CGI
        + "; on nginx add "
        + NGINX
        + "; behind a proxy or CDN, let it forward Authorization. Then run the doctor again.";
  }

  /** How to make Application Passwords available on a site that does not offer them. */
  static String offerApplicationPasswords(boolean plainHttp) {
    if (plainHttp) {
      return "Serve the site over HTTPS (WordPress offers Application Passwords only there), or, for"
          + " a local development site only, add "
          + LOCAL_ENVIRONMENT
          + " to wp-config.php (WP_ENVIRONMENT_TYPE=local); then run the doctor again.";
    }
    return "Find what switches Application Passwords off (a security plugin's setting, or code"
        + " using the wp_is_application_passwords_available filter) and allow them for this"
        + " user; then run the doctor again.";
  }
}
