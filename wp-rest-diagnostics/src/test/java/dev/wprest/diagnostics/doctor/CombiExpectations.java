package dev.wprest.diagnostics.doctor;

import static dev.wprest.diagnostics.LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE;
import static dev.wprest.diagnostics.LikelyCause.AUTHORIZATION_HEADER_STRIPPED;
import static dev.wprest.diagnostics.LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME;
import static dev.wprest.diagnostics.LikelyCause.BLOCKED_BY_SECURITY_LAYER;
import static dev.wprest.diagnostics.LikelyCause.CREDENTIALS_REJECTED;
import static dev.wprest.diagnostics.LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD;
import static dev.wprest.diagnostics.LikelyCause.NO_CREDENTIALS_SENT;
import static dev.wprest.diagnostics.LikelyCause.RATE_LIMITED;
import static dev.wprest.diagnostics.LikelyCause.REST_API_DISABLED;
import static dev.wprest.diagnostics.LikelyCause.SERVER_ERROR;
import static dev.wprest.diagnostics.LikelyCause.SERVER_LEVEL_AUTH_CHALLENGE;
import static dev.wprest.diagnostics.LikelyCause.UNKNOWN;
import static dev.wprest.diagnostics.doctor.CombiExpectation.ok;
import static dev.wprest.diagnostics.doctor.CombiExpectation.provable;
import static dev.wprest.diagnostics.doctor.CombiExpectation.unprovable;

import dev.wprest.diagnostics.doctor.CombiLayers.Credential;
import dev.wprest.diagnostics.doctor.CombiLayers.Front;
import dev.wprest.diagnostics.doctor.CombiLayers.Plugin;
import dev.wprest.diagnostics.doctor.CombiLayers.Server;

/**
 * The reviewed table that derives each combination's expected diagnosis from its layers, read from
 * the outside in: what answers first decides. Written from the layers' sources (see the comments of
 * {@code wordpress-it/combi/layers/}) and the facts the harness checks, before the doctor was run
 * on any combination; a combination is never given an expectation of its own.
 *
 * <p>The doctor is asked about {@code users/me} (its default route) with the credential of the
 * combination. XML-RPC's {@code wp.getUsersBlogs} is the independent check a doctor can run: it
 * reads the credential from the body (so a stripped header does not matter), takes login and
 * Application Passwords, refuses a wrong one, and is refused everything while a login lockout
 * holds. A cause is "provable" when that evidence, or WordPress's own answer, tells it apart from
 * every other cause that produces the same answers.
 */
final class CombiExpectations {
  private CombiExpectations() {}

  static CombiExpectation derive(Combination c) {
    // 0. The page caches and the rate limits.
    switch (c.front) {
      case CACHE:
        return derive(new Combination(c.version, c.server, Front.PROXY, c.plugin, c.credential))
            .explainedAfter(
                "the cache passes requests with credentials by, so this is the proxy's");
      case CACHE_SHARED:
        return sharedCache(c);
      case RATELIMIT:
      case RATELIMIT_503:
        return rateLimited(c);
      default:
        break;
    }
    // 1. Fronts that answer before WordPress on users/me.
    if (c.front == Front.HTPASSWD) {
      return provable(
          SERVER_LEVEL_AUTH_CHALLENGE,
          "the proxy's staging password answers 401 with its Basic challenge; nothing reaches"
              + " WordPress");
    }
    if (c.front == Front.WAF) {
      CombiExpectation e =
          provable(
              BLOCKED_BY_SECURITY_LAYER,
              "a firewall rule answers its own 403 page on the users routes; the index is"
                  + " WordPress's");
      return c.credential == Credential.NONE ? e.alsoTrue(NO_CREDENTIALS_SENT) : e;
    }
    // 2. Whether the credential reaches PHP.
    if (c.credential == Credential.NONE) {
      return nothingSent(c.plugin);
    }
    boolean stripped = c.server == Server.FPM || c.front == Front.PROXY_NOAUTH;
    if (c.plugin == Plugin.AIOS_REST) {
      return aios(stripped, c.credential);
    }
    return stripped ? stripped(c.plugin, c.credential) : arrived(c.plugin, c.credential);
  }

  /**
   * A cache keyed without Authorization serves users/me's cached visitor answer (the visitor came
   * first: CombiRunner asks as one before the doctor) to every request, whatever its credential;
   * WordPress's no-cache headers keep a logged-in answer out of the cache. XML-RPC, a POST, is
   * never cached and still judges the credential. So the evidence is a stripped header's, but
   * nothing strips it, except behind php-fpm, which strips it too: users/me with a query of its own
   * misses the cache and shows which.
   */
  private static CombiExpectation sharedCache(Combination c) {
    if (c.credential == Credential.NONE) {
      return nothingSent(c.plugin);
    }
    if (c.credential == Credential.RIGHT && c.server != Server.FPM) {
      // The same request with a query of its own misses such a cache and is accepted: the
      // honest reading is "a stored answer", which has no cause of its own (UNKNOWN, named in
      // the summary); the nearest cause, a stripped header, is accepted too, never CONFIRMED.
      return unprovable(
              UNKNOWN,
              "a page cache keyed without Authorization answers users/me with a visitor's cached"
                  + " answer (X-Cache-Status: HIT); XML-RPC accepts the same password, and so"
                  + " does users/me with a query of its own; the header is not stripped")
          .alsoTrue(AUTHORIZATION_HEADER_STRIPPED);
    }
    // A wrong credential, or php-fpm behind the cache dropping the header: a request the cache
    // misses is refused as a stripped header's is.
    return stripped(c.plugin, c.credential)
        .explainedAfter("a page cache serves a visitor's cached answer to users/me");
  }

  /**
   * nginx's limit_req answers before the proxy, for every route and XML-RPC alike: 429 is a rate
   * limit by definition (RFC 6585); its default 503 says only that the server cannot answer now
   * (RFC 9110: overload or maintenance), so the rate limit is the right reading but unprovable.
   */
  private static CombiExpectation rateLimited(Combination c) {
    CombiExpectation e =
        c.front == Front.RATELIMIT
            ? provable(
                RATE_LIMITED,
                "nginx's rate limit, past its rate, answers its own 429 page to every request")
            : unprovable(
                    RATE_LIMITED,
                    "nginx's rate limit, past its rate, answers its own 503 page (its default"
                        + " limit_req_status) to every request; a 503 does not say why")
                .alsoTrue(SERVER_ERROR);
    return c.credential == Credential.NONE ? e.alsoTrue(NO_CREDENTIALS_SENT) : e;
  }

  /**
   * AIOS checks the user on rest_api_init, which core fires before WP_REST_Server::serve_request
   * forgets the anonymous user cached during init: no Application Password is ever seen there, so
   * every REST request with one gets the plugin's 500 wp_die answer. XML-RPC still judges the
   * credential.
   */
  private static CombiExpectation aios(boolean stripped, Credential credential) {
    if (credential == Credential.RIGHT && !stripped) {
      return provable(
              REST_API_DISABLED,
              "the plugin refuses every REST request with an Application Password (500 wp_die on"
                  + " every route); XML-RPC accepts the same password")
          .alsoProvable(BLOCKED_BY_SECURITY_LAYER);
    }
    CombiExpectation e =
        stripped ? stripped(Plugin.NONE, credential) : arrived(Plugin.NONE, credential);
    return e.alsoTrue(REST_API_DISABLED);
  }

  /** No credential sent: users/me is anonymous whatever the plugin. */
  private static CombiExpectation nothingSent(Plugin plugin) {
    switch (plugin) {
      case DISABLE_REST_API:
      case FORCE_LOGIN:
        return provable(
                NO_CREDENTIALS_SENT, "nothing sent; the plugin refuses visitors every route")
            .alsoProvable(REST_API_DISABLED);
      case AIOS_REST:
        return provable(NO_CREDENTIALS_SENT, "nothing sent; the plugin answers visitors 500 wp_die")
            .alsoProvable(REST_API_DISABLED);
      case WORDFENCE_NO_APP_PASSWORDS:
        return provable(NO_CREDENTIALS_SENT, "nothing sent (Application Passwords are off too)")
            .alsoTrue(APPLICATION_PASSWORDS_UNAVAILABLE);
      default:
        return provable(NO_CREDENTIALS_SENT, "nothing sent: users/me answers the anonymous 401");
    }
  }

  /** The server or the proxy dropped Authorization: WordPress sees a visitor. */
  private static CombiExpectation stripped(Plugin plugin, Credential credential) {
    if (plugin == Plugin.WORDFENCE_NO_APP_PASSWORDS) {
      CombiExpectation e =
          credential == Credential.LOGIN
              ? provable(
                      LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
                      "header dropped, and a login password where Application Passwords are off;"
                          + " XML-RPC accepts it")
                  .alsoProvable(APPLICATION_PASSWORDS_UNAVAILABLE)
              : provable(
                  APPLICATION_PASSWORDS_UNAVAILABLE,
                  "header dropped, and Application Passwords are off site-wide (index"
                      + " authentication []); XML-RPC refuses them");
      e = e.alsoTrue(AUTHORIZATION_HEADER_STRIPPED);
      return credential == Credential.RIGHT || credential == Credential.LOGIN
          ? e
          : e.alsoTrue(CREDENTIALS_REJECTED);
    }
    boolean xmlRpcRefusesAll = plugin == Plugin.LLAR_LOCKOUT;
    switch (credential) {
      case RIGHT:
        return xmlRpcRefusesAll
            ? unprovable(
                AUTHORIZATION_HEADER_STRIPPED,
                "header dropped; the lockout makes XML-RPC refuse even this right password")
            : provable(
                AUTHORIZATION_HEADER_STRIPPED,
                "header dropped: REST answers as to a visitor, XML-RPC accepts the same password");
      case LOGIN:
        return (xmlRpcRefusesAll
                ? unprovable(
                    LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
                    "login password (and header dropped); the lockout makes XML-RPC refuse it")
                : provable(
                    LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
                    "login password (and header dropped): XML-RPC accepts a secret not shaped"
                        + " like an Application Password"))
            .alsoTrue(AUTHORIZATION_HEADER_STRIPPED);
      default:
        return unprovable(
                CREDENTIALS_REJECTED,
                "a wrong password whose header is dropped: XML-RPC refuses it, nothing tells a"
                    + " wrong password from one switched off for the user")
            .alsoTrue(AUTHORIZATION_HEADER_STRIPPED);
    }
  }

  /** The Authorization header reaches PHP. */
  private static CombiExpectation arrived(Plugin plugin, Credential credential) {
    if (plugin == Plugin.JWT) {
      CombiExpectation e =
          provable(
              AUTH_PLUGIN_REJECTS_SCHEME,
              "the JWT plugin answers every non-Bearer Authorization with 403"
                  + " jwt_auth_bad_auth_header");
      if (credential == Credential.LOGIN) {
        return e.alsoProvable(LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD);
      }
      return credential == Credential.RIGHT ? e : e.alsoTrue(CREDENTIALS_REJECTED);
    }
    if (plugin == Plugin.WORDFENCE_NO_APP_PASSWORDS) {
      if (credential == Credential.LOGIN) {
        return provable(
                LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
                "a login password where Application Passwords are off; XML-RPC accepts it")
            .alsoProvable(APPLICATION_PASSWORDS_UNAVAILABLE);
      }
      CombiExpectation e =
          provable(
              APPLICATION_PASSWORDS_UNAVAILABLE,
              "Application Passwords are off site-wide: index authentication [], Basic ignored");
      return credential == Credential.RIGHT ? e : e.alsoTrue(CREDENTIALS_REJECTED);
    }
    boolean xmlRpcRefusesAll = plugin == Plugin.LLAR_LOCKOUT;
    switch (credential) {
      case RIGHT:
        return ok("a valid Application Password reaches WordPress and every plugin lets it pass");
      case LOGIN:
        return xmlRpcRefusesAll
            ? unprovable(
                LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
                "login password; the lockout makes XML-RPC refuse it too")
            : provable(
                LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
                "login password: REST refuses it, XML-RPC accepts it, not shaped like an"
                    + " Application Password");
      default:
        return plugin == Plugin.EARLY_USER_LOOKUP
            ? provable(
                CREDENTIALS_REJECTED,
                "a wrong Application Password, reported by WordPress itself: 401"
                    + " incorrect_password")
            : unprovable(
                CREDENTIALS_REJECTED,
                "a wrong Application Password: REST answers as to a visitor (or the plugin's"
                    + " error), XML-RPC refuses it; a password switched off for the user looks"
                    + " the same");
    }
  }
}
