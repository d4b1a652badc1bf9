package dev.wprest.diagnostics.doctor;

import static dev.wprest.diagnostics.LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER;
import static dev.wprest.diagnostics.LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE;
import static dev.wprest.diagnostics.LikelyCause.AUTHORIZATION_HEADER_STRIPPED;
import static dev.wprest.diagnostics.LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME;
import static dev.wprest.diagnostics.LikelyCause.BEARER_NOT_SUPPORTED;
import static dev.wprest.diagnostics.LikelyCause.BEARER_TOKEN_REJECTED;
import static dev.wprest.diagnostics.LikelyCause.BLOCKED_BY_SECURITY_LAYER;
import static dev.wprest.diagnostics.LikelyCause.COOKIES_WITHOUT_NONCE;
import static dev.wprest.diagnostics.LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT;
import static dev.wprest.diagnostics.LikelyCause.CREDENTIALS_REJECTED;
import static dev.wprest.diagnostics.LikelyCause.INSUFFICIENT_CAPABILITY;
import static dev.wprest.diagnostics.LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD;
import static dev.wprest.diagnostics.LikelyCause.NONCE_INVALID;
import static dev.wprest.diagnostics.LikelyCause.NONCE_WITHOUT_COOKIES;
import static dev.wprest.diagnostics.LikelyCause.NOT_WORDPRESS_RESPONSE;
import static dev.wprest.diagnostics.LikelyCause.NO_CREDENTIALS_SENT;
import static dev.wprest.diagnostics.LikelyCause.REDIRECT_REFUSED;
import static dev.wprest.diagnostics.LikelyCause.REST_API_DISABLED;
import static dev.wprest.diagnostics.LikelyCause.REST_API_NOT_FOUND;
import static dev.wprest.diagnostics.LikelyCause.ROUTE_NOT_FOUND;
import static dev.wprest.diagnostics.LikelyCause.SERVER_LEVEL_AUTH_CHALLENGE;
import static dev.wprest.diagnostics.LikelyCause.TRANSPORT_FAILED;
import static dev.wprest.diagnostics.LikelyCause.UNKNOWN_USER;

import dev.wprest.diagnostics.LikelyCause;
import java.util.List;

/**
 * The verdicts the doctor can confirm, as data. Each names its cause, the probe whose result proves
 * it, and the causes that produce the same observations, each with what rules it out and the check
 * that tells it apart when the probe could not. {@link Verdict#proven} says CONFIRMED only when the
 * probe ruled out every one of them; otherwise LIKELY, with the others as alternatives and the
 * separating check first.
 */
enum Proof {
  HEADER_STRIPPED_XML_RPC(
      AUTHORIZATION_HEADER_STRIPPED,
      ProbeName.XML_RPC,
      "XML-RPC accepted the same username and Application Password in its request body while REST"
          + " Basic auth got the anonymous 401",
      Sharing.of(
          CREDENTIALS_REJECTED,
          "XML-RPC accepted the credential",
          "Log in to wp-admin and open Users > Profile > Application Passwords: check that the"
              + " password is listed and see its Last Used date."),
      Sharing.of(
          UNKNOWN_USER,
          "XML-RPC accepted the username",
          "Check the username (or e-mail) in Users > All Users."),
      Sharing.of(
          APPLICATION_PASSWORDS_DISABLED_FOR_USER,
          "XML-RPC refuses Application Passwords that are switched off for the user, and it"
              + " accepted this one",
          CheckTexts.DISABLED_FOR_USER),
      Sharing.of(
          APPLICATION_PASSWORDS_UNAVAILABLE,
          "the index names application-passwords and XML-RPC accepted one",
          CheckTexts.INDEX_AUTHENTICATION),
      Sharing.of(
          LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
          "the password is shaped like an Application Password",
          "Check that the password is the 24-character Application Password, not the login"
              + " password."),
      Sharing.of(
          COOKIES_WITHOUT_NONCE,
          "the doctor sends no cookies",
          "Check that the client sends no WordPress cookies beside the Authorization header.")),
  HEADER_STRIPPED_TOKEN_VALIDATE(
      AUTHORIZATION_HEADER_STRIPPED,
      ProbeName.TOKEN,
      "the JWT plugin's token/validate route answered jwt_auth_no_auth_header to a request that"
          + " carried Authorization: Bearer",
      Sharing.of(
          BEARER_TOKEN_REJECTED,
          "the plugin says no header arrived, not that it refused the token",
          "POST the token to /jwt-auth/v1/token/validate with curl and read the plugin's code.")),
  LOGIN_PASSWORD_XML_RPC(
      LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
      ProbeName.XML_RPC,
      "XML-RPC accepted the same username and a password that is not shaped like an Application"
          + " Password, which REST Basic auth refused",
      Sharing.of(
          CREDENTIALS_REJECTED,
          "XML-RPC accepted the credential",
          "Log in at wp-login.php with the same username and password."),
      Sharing.of(
          UNKNOWN_USER,
          "XML-RPC accepted the username",
          "Check the username in Users > All Users."),
      Sharing.of(
          APPLICATION_PASSWORDS_UNAVAILABLE,
          "the index names application-passwords",
          CheckTexts.INDEX_AUTHENTICATION)),
  CREDENTIALS_REJECTED_XML_RPC(
      CREDENTIALS_REJECTED,
      ProbeName.XML_RPC,
      "XML-RPC refused the same username and password with fault 403",
      // The common producers first: a mistyped username, then the per-user filter.
      Sharing.of(
          UNKNOWN_USER,
          "nothing: XML-RPC answers an unknown username with the same fault",
          "Check the username (or e-mail) in Users > All Users."),
      Sharing.of(
          APPLICATION_PASSWORDS_DISABLED_FOR_USER,
          "nothing: where a filter switches Application Passwords off for the user, a correct one"
              + " gets the same 401 and the same XML-RPC fault",
          CheckTexts.DISABLED_FOR_USER),
      Sharing.of(
          AUTHORIZATION_HEADER_STRIPPED,
          "nothing: a login limiter that locked this address out (Limit Login Attempts Reloaded,"
              + " Loginizer) makes XML-RPC refuse a right password too, and the index does not"
              + " show it",
          "As an administrator run Tools > Site Health and look at its Authorization header test."),
      Sharing.of(
          APPLICATION_PASSWORDS_UNAVAILABLE,
          "the index names application-passwords",
          CheckTexts.INDEX_AUTHENTICATION)),
  CREDENTIALS_REJECTED_REPORTED(
      CREDENTIALS_REJECTED,
      ProbeName.IDENTITY,
      "WordPress itself answered incorrect_password to a password shaped like an Application"
          + " Password (a plugin on this site looks the user up early, so WordPress reports it)",
      Sharing.of(
          UNKNOWN_USER,
          "WordPress found the user (it answers invalid_username otherwise)",
          "Check the username in Users > All Users."),
      Sharing.of(
          APPLICATION_PASSWORDS_DISABLED_FOR_USER,
          "WordPress checks availability before the password and would have answered"
              + " application_passwords_disabled_for_user",
          CheckTexts.DISABLED_FOR_USER),
      Sharing.of(
          AUTHORIZATION_HEADER_STRIPPED,
          "the header arrived: WordPress read the password from it",
          "As an administrator run Tools > Site Health and look at its Authorization header test.")),
  UNKNOWN_USER_REPORTED(
      UNKNOWN_USER,
      ProbeName.IDENTITY,
      "WordPress itself answered invalid_username or invalid_email to the Basic credentials"),
  UNKNOWN_USER_LOGIN_PAGE(
      UNKNOWN_USER,
      ProbeName.IDENTITY,
      "wp-login.php answered that the username or e-mail is not registered on this site"),
  CREDENTIALS_REJECTED_LOGIN_PAGE(
      CREDENTIALS_REJECTED,
      ProbeName.IDENTITY,
      "wp-login.php answered that the password entered for this username is incorrect",
      Sharing.of(
          UNKNOWN_USER,
          "wp-login.php names the user as known",
          "Check the username in Users > All Users."),
      Sharing.of(
          BLOCKED_BY_SECURITY_LAYER,
          "the refusal is WordPress's own login error",
          "Log in at wp-login.php in a browser with the same username and password.")),
  CREDENTIALS_REJECTED_LOGIN_XML_RPC(
      CREDENTIALS_REJECTED,
      ProbeName.XML_RPC,
      "the login through wp-login.php failed and XML-RPC refused the same username and password",
      Sharing.of(
          UNKNOWN_USER,
          "nothing: both answer an unknown username the same way",
          "Log in at wp-login.php in a browser: WordPress says whether the user is unknown or the"
              + " password wrong."),
      Sharing.of(
          BLOCKED_BY_SECURITY_LAYER,
          "nothing: a captcha, two-factor or lockout plugin refuses scripted logins on both",
          "Log in at wp-login.php in a browser and look for a captcha or a second factor.")),
  APPLICATION_PASSWORDS_UNAVAILABLE_INDEX(
      APPLICATION_PASSWORDS_UNAVAILABLE,
      ProbeName.INDEX,
      "the site's index says authentication is [], so WordPress offers no Application Passwords and"
          + " ignores every Basic credential"),
  APPLICATION_PASSWORDS_DISABLED_FOR_USER_REPORTED(
      APPLICATION_PASSWORDS_DISABLED_FOR_USER,
      ProbeName.IDENTITY,
      "WordPress itself answered application_passwords_disabled_for_user"),
  COOKIES_WITHOUT_NONCE_SESSION(
      COOKIES_WITHOUT_NONCE,
      ProbeName.SESSION,
      "admin-ajax.php handed the same cookies a REST nonce, so they are a live login session",
      Sharing.of(
          CREDENTIALS_REJECTED,
          "the cookies are a live session",
          "Open admin-ajax.php?action=rest-nonce with the cookies: a nonce means a live session."),
      Sharing.of(NONCE_INVALID, "no nonce was sent", "Check which nonce the client sends.")),
  NONCE_INVALID_SESSION(
      NONCE_INVALID,
      ProbeName.SESSION,
      "admin-ajax.php handed the same cookies a fresh REST nonce, so the session is live and the"
          + " nonce sent is not its nonce",
      Sharing.of(
          CREDENTIALS_REJECTED,
          "the cookies are a live session",
          "Open admin-ajax.php?action=rest-nonce with the cookies: a nonce means a live session."),
      Sharing.of(
          NONCE_WITHOUT_COOKIES,
          "login cookies were sent",
          "Check that the client sends the login cookies with the nonce.")),
  NONCE_WITHOUT_COOKIES_RETRY(
      NONCE_WITHOUT_COOKIES,
      ProbeName.NONCE,
      "the same call without the nonce is merely anonymous, so the nonce alone caused the 403",
      Sharing.of(
          NONCE_INVALID,
          "no login cookies were sent, so there is no session the nonce could belong to",
          "Check that the client sends the login cookies with the nonce.")),
  SESSION_NOT_LIVE(
      CREDENTIALS_REJECTED,
      ProbeName.SESSION,
      "admin-ajax.php answered 400 0 to the same cookies: they are no logged-in session",
      Sharing.of(
          COOKIES_WITHOUT_NONCE,
          "a nonce only helps a live session, and there is none",
          "Log in again in a browser and copy cookies and nonce from that session."),
      Sharing.of(
          NONCE_INVALID,
          "a nonce only helps a live session, and there is none",
          "Log in again in a browser and copy cookies and nonce from that session.")),
  BEARER_NOT_SUPPORTED_INDEX(
      BEARER_NOT_SUPPORTED,
      ProbeName.INDEX,
      "the site's index lists no namespace of a plugin that reads bearer tokens",
      Sharing.of(
          BEARER_TOKEN_REJECTED,
          "the index lists no plugin namespace at all beyond WordPress core's",
          "Ask the site's administrator which plugin issued the token and whether it is active.")),
  BEARER_REJECTED_TOKEN_VALIDATE(
      BEARER_TOKEN_REJECTED,
      ProbeName.TOKEN,
      "the JWT plugin's token/validate route refused the token with its own code",
      Sharing.of(
          AUTHORIZATION_HEADER_STRIPPED,
          "the plugin read the header: it would answer jwt_auth_no_auth_header otherwise",
          "As an administrator run Tools > Site Health and look at its Authorization header test.")),
  AUTH_PLUGIN_CLAIMS_HEADER(
      AUTH_PLUGIN_REJECTS_SCHEME,
      ProbeName.IDENTITY,
      "a token plugin answered its own code (e.g. 403 jwt_auth_bad_auth_header) to Authorization:"
          + " Basic, reading the Basic header as a malformed token",
      Sharing.of(
          CREDENTIALS_REJECTED,
          "XML-RPC accepted the same username and password",
          "Check the credential through XML-RPC or in wp-admin (its Last Used date).")),
  NO_CREDENTIALS_ANONYMOUS(
      NO_CREDENTIALS_SENT,
      ProbeName.IDENTITY,
      "no credentials were sent and WordPress core answered its own anonymous 401",
      Sharing.of(
          REST_API_DISABLED,
          "the code is core's own (a REST lock-down plugin answers its own code on every route,"
              + " the index included, and the index answered)",
          "Open the site's /wp-json/ without credentials: core serves the index to everyone.")),
  REST_API_DISABLED_INDEX(
      REST_API_DISABLED,
      ProbeName.INDEX,
      "the index, which WordPress core serves to anonymous callers, answered an error in"
          + " WordPress's own JSON envelope: a plugin refuses anonymous REST requests",
      Sharing.of(
          BLOCKED_BY_SECURITY_LAYER,
          "the refusal is WordPress's JSON envelope, not a firewall's page",
          "Open /wp-json/ in a browser: a firewall answers with its own page.")),
  ROUTE_NOT_FOUND_OPTIONS(
      ROUTE_NOT_FOUND,
      ProbeName.PERMISSION,
      "OPTIONS on the route answered 404 rest_no_route, or no route pattern of the index matches"
          + " it"),
  REST_API_NOT_FOUND_BOTH_ROOTS(
      REST_API_NOT_FOUND,
      ProbeName.INDEX,
      "neither /wp-json/ nor ?rest_route=/ answered with WordPress's index",
      Sharing.of(
          NOT_WORDPRESS_RESPONSE,
          "the home page carries WordPress's api.w.org Link header",
          "Open the URL in a browser: is it the WordPress site?"),
      Sharing.of(
          BLOCKED_BY_SECURITY_LAYER,
          "both roots answered 404, not a block page",
          "Open /wp-json/ in a browser and read who answers.")),
  NO_ANSWER(
      TRANSPORT_FAILED, ProbeName.DISCOVERY, "no connection could be made, or no answer came"),
  CHALLENGE_AT_HOME(
      SERVER_LEVEL_AUTH_CHALLENGE,
      ProbeName.DISCOVERY,
      "the home page answered 401 with WWW-Authenticate and no WordPress JSON: something in front"
          + " of WordPress asks for its own credentials"),
  CROSS_ORIGIN_REDIRECT(
      CREDENTIALS_DROPPED_ON_REDIRECT,
      ProbeName.DISCOVERY,
      "the site answered with a redirect to another origin, which the doctor did not follow"),
  DOWNGRADE_REDIRECT(
      REDIRECT_REFUSED,
      ProbeName.DISCOVERY,
      "the site answered with a redirect from https to plain http"),
  REDIRECT_LOOP(
      REDIRECT_REFUSED,
      ProbeName.DISCOVERY,
      "the redirects lead back to a URL already asked, which would answer the same again"),
  REDIRECT_LOOP_ON_CALL(
      REDIRECT_REFUSED,
      ProbeName.IDENTITY,
      "the call was redirected back to a URL the doctor had already asked"),
  MALFORMED_REDIRECT(
      REDIRECT_REFUSED,
      ProbeName.DISCOVERY,
      "the site answered with a redirect whose Location is no URL"),
  CAPABILITY_BY_ALLOW(
      INSUFFICIENT_CAPABILITY,
      ProbeName.PERMISSION,
      "WordPress accepted the identity, and OPTIONS on the route lists the methods that identity"
          + " may use, without this one"),
  CAPABILITY_BY_CALL(
      INSUFFICIENT_CAPABILITY,
      ProbeName.ROUTE,
      "WordPress accepted the identity, and the call itself answered 403");

  final LikelyCause cause;
  final ProbeName probe;
  final String proves;
  final List<Sharing> sharing;

  Proof(LikelyCause cause, ProbeName probe, String proves, Sharing... sharing) {
    this.cause = cause;
    this.probe = probe;
    this.proves = proves;
    this.sharing = List.of(sharing);
  }

  /** A cause with the same observations: what rules it out, and the check that separates it. */
  static final class Sharing {
    final LikelyCause cause;
    final String ruledOutBy;
    final String separatingCheck;

    private Sharing(LikelyCause cause, String ruledOutBy, String separatingCheck) {
      this.cause = cause;
      this.ruledOutBy = ruledOutBy;
      this.separatingCheck = separatingCheck;
    }

    static Sharing of(LikelyCause cause, String ruledOutBy, String separatingCheck) {
      return new Sharing(cause, ruledOutBy, separatingCheck);
    }
  }

  /** Checks several rows share. */
  static final class CheckTexts {
    static final String DISABLED_FOR_USER =
        "As an administrator open Users > Profile of this user: when the Application Passwords"
            + " section is missing there (or GET /wp-json/wp/v2/users/<id>/application-passwords"
            + " answers 501 application_passwords_disabled_for_user), code using the"
            + " wp_is_application_passwords_available_for_user filter switches them off for this"
            + " user.";
    static final String INDEX_AUTHENTICATION =
        "Open the site's /wp-json/ and read its authentication entry: [] means WordPress offers no"
            + " Application Passwords.";

    private CheckTexts() {}
  }
}
