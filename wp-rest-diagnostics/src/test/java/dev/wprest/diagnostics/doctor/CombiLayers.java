package dev.wprest.diagnostics.doctor;

import java.util.Arrays;

/**
 * The layers the combinatorial harness builds sites from ({@code wordpress-it/sites/combi.sh}),
 * named as the script names them, plus the credential a client sends: the fifth axis.
 */
final class CombiLayers {
  private CombiLayers() {}

  /** How PHP is run: whether the Authorization header reaches it on its own. */
  enum Server {
    /** Apache + mod_php with WordPress's rewrite rules: the header reaches PHP. */
    MODPHP("modphp"),
    /** Apache + php-fpm without CGIPassAuth and without the header copy: the header is dropped. */
    FPM("fpm"),
    /** nginx + php-fpm, WordPress's recipe: nginx passes every header. */
    NGINX("nginx");

    final String id;

    Server(String id) {
      this.id = id;
    }
  }

  /** What is in front of the web server. */
  enum Front {
    /** Nothing. */
    DIRECT("direct"),
    /** An nginx reverse proxy configured right. */
    PROXY("proxy"),
    /** An nginx reverse proxy with {@code proxy_set_header Authorization ""}. */
    PROXY_NOAUTH("proxy-noauth"),
    /** A staging password in the proxy (auth_basic): the proxy's own 401 and challenge. */
    HTPASSWD("htpasswd"),
    /** A firewall rule that answers its own 403 page on the users routes. */
    WAF("waf"),
    /** An nginx page cache that passes requests with credentials by: configured right. */
    CACHE("cache"),
    /**
     * An nginx page cache keyed without Authorization that keeps every answer: a visitor's cached
     * answer is served to requests with credentials.
     */
    CACHE_SHARED("cache-shared"),
    /** An nginx rate limit the client is past: nginx's own 429 page. */
    RATELIMIT("ratelimit"),
    /** The same with nginx's default status for it: its own 503 page. */
    RATELIMIT_503("ratelimit-503");

    final String id;

    Front(String id) {
      this.id = id;
    }
  }

  /** The security or authentication plugin, each a stand-in written from the plugin's source. */
  enum Plugin {
    /** No plugin. */
    NONE("none"),
    /** A plugin that looks the user up early (many security and membership plugins). */
    EARLY_USER_LOOKUP("early-user-lookup"),
    /** Disable REST API (dmchale): 401 rest_cannot_access for visitors, at priority 20. */
    DISABLE_REST_API("disable-rest-api"),
    /** Force Login (kevinvess): 401 rest_unauthorized at priority 99, front end to wp-login. */
    FORCE_LOGIN("force-login"),
    /** All-In-One Security, "Disallow unauthorized REST requests": wp_die() on rest_api_init. */
    AIOS_REST("aios-rest"),
    /** JWT Authentication for WP REST API 1.x: claims every Authorization header. */
    JWT("jwt-test-auth"),
    /** Wordfence, "Disable WordPress application passwords". */
    WORDFENCE_NO_APP_PASSWORDS("wordfence-no-app-passwords"),
    /** Limit Login Attempts Reloaded with this client locked out: every login refused. */
    LLAR_LOCKOUT("llar-lockout");

    final String id;

    Plugin(String id) {
      this.id = id;
    }
  }

  /** The credential the client sends for the administrator. */
  enum Credential {
    /** Nothing at all. */
    NONE("none"),
    /** The administrator's own Application Password. */
    RIGHT("right"),
    /** A made-up secret shaped like an Application Password. */
    WRONG("wrong"),
    /** The administrator's login password where an Application Password belongs. */
    LOGIN("login"),
    /** Another user's (the author's) Application Password with the administrator's name. */
    OTHER("other");

    final String id;

    Credential(String id) {
      this.id = id;
    }
  }

  static <E extends Enum<E>> E byId(Class<E> type, String id) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> idOf(e).equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " " + id));
  }

  static String idOf(Enum<?> e) {
    if (e instanceof Server) {
      return ((Server) e).id;
    }
    if (e instanceof Front) {
      return ((Front) e).id;
    }
    if (e instanceof Plugin) {
      return ((Plugin) e).id;
    }
    return ((Credential) e).id;
  }
}
