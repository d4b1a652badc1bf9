package dev.wprest.diagnostics;

import dev.wprest.client.AuthScheme;
import java.util.Optional;

/**
 * The heart of the matter: Basic credentials were sent and WordPress answered as if none had been.
 * On WordPress without plugins a stripped header, a wrong, revoked or login password, an unknown
 * user and unavailable Application Passwords all give this same 401. The index and the password's
 * shape order the candidates; the first check is the one that tells the rest apart.
 */
final class BasicAnonymousAnalyzer implements Analyzer {
  private static final String SEPARATING_CHECK =
      "As an administrator run Tools > Site Health and look at its \"Authorization header\""
          + " test (or run AuthDoctor, whose XML-RPC cross-check tries the same credential without"
          + " the header): it tells the two apart. If the header is missing, {fix} If it arrives,"
          + " check the username {user} in Users > All Users and that this password is listed"
          + " under that user's Profile > Application Passwords (its Last Used date changes only"
          + " when WordPress accepts it).";

  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!AnonymousAnswer.is(f)
        || !f.scheme().equals(AuthScheme.APPLICATION_PASSWORD)
        || !f.credentialsSent()) {
      return Optional.empty();
    }
    LikelyCause primary = primary(f);
    Diagnosis.Builder d = f.diagnosis(primary);
    String sent =
        f.what()
            + " although Basic credentials were sent: WordPress saw an anonymous"
            + " request, ";
    switch (primary) {
      case APPLICATION_PASSWORDS_UNAVAILABLE:
        d.confidence(Confidence.LIKELY)
            .summary(
                sent
                    + "because the site does not offer Application Passwords (its index's"
                    + " authentication is []) and ignores Basic credentials.");
        break;
      case LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD:
        d.confidence(Confidence.LIKELY)
            .summary(
                sent
                    + "most likely because the password is not an Application Password (it is not"
                    + " 24 letters and digits).");
        break;
      default:
        boolean known = f.applicationPasswordsAvailable().orElse(false);
        d.confidence(
                known && f.passwordShapedLikeApplicationPassword()
                    ? Confidence.LIKELY
                    : Confidence.POSSIBLE)
            .summary(
                sent
                    + "one call cannot tell which of two common reasons: the Authorization header"
                    + " never reached PHP (a server or proxy drops it), or WordPress did not accept"
                    + " the username and Application Password (mistyped, revoked or another"
                    + " user's).")
            .firstCheck(separatingCheck(f));
    }
    addAlternatives(d, f, primary);
    return Optional.of(d.build());
  }

  /** The most likely cause of a Basic credential answered as anonymous. */
  static LikelyCause primary(FailureFacts f) {
    if (f.applicationPasswordsAvailable().map(available -> !available).orElse(false)) {
      return LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE;
    }
    if (f.passwordShapedOtherwise()) {
      return LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD;
    }
    return LikelyCause.AUTHORIZATION_HEADER_STRIPPED;
  }

  /** The other causes that give the same answer, most plausible first. */
  static void addAlternatives(Diagnosis.Builder d, FailureFacts f, LikelyCause primary) {
    boolean availabilityUnknown = f.applicationPasswordsAvailable().isEmpty();
    if (primary == LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE && f.passwordShapedOtherwise()) {
      d.alternative(
          LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
          "the password is not shaped like an Application Password either: once they are"
              + " available, use one.");
    }
    if (primary != LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE) {
      d.alternative(
          LikelyCause.CREDENTIALS_REJECTED,
          "on WordPress without plugins a revoked, mistyped or another user's Application"
              + " Password gets the same 401, as does any password on a site where no"
              + " Application Password was ever created.");
      d.alternative(
          LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
          "a server that drops the Authorization header (Apache with php-fpm or CGI, no"
              + " CGIPassAuth) gives the same 401 whatever the password.");
      if (availabilityUnknown) {
        d.alternative(
            LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE,
            "the site's index was not read: over plain http, outside a local environment,"
                + " WordPress ignores Basic credentials.");
      }
      d.alternative(
          LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER,
          "where a plugin or a wp_is_application_passwords_available_for_user filter switches"
              + " Application Passwords off for this user, a correct one gets the same 401 (an"
              + " administrator sees no Application Passwords section in that user's profile).");
      d.alternative(
          LikelyCause.UNKNOWN_USER,
          "an unknown username or e-mail is not reported either; it gets the same 401.");
    }
    d.alternative(
        LikelyCause.COOKIES_WITHOUT_NONCE,
        "WordPress cookies sent along (a cookie jar from a browser login, as Postman keeps) beat"
            + " Basic auth and give the same 401.");
  }

  /**
   * The check that tells a stripped header from a refused password, with the fix for the layer that
   * answered (its Server and Via headers).
   */
  private static String separatingCheck(FailureFacts f) {
    return SEPARATING_CHECK.replace("{user}", user(f)).replace("{fix}", headerFix(f));
  }

  /** Where the header is lost, read from who answered. */
  static String headerFix(FailureFacts f) {
    String server = f.header("server").orElse("").toLowerCase(java.util.Locale.ROOT);
    Optional<String> via = f.header("via");
    if (via.isPresent()) {
      return "the proxy that answered (Via: "
          + via.get()
          + ") or the server behind it drops it: make the proxy forward Authorization, then"
          + " check the origin server as below.";
    }
    if (server.contains("nginx")) {
      return "nginx answered: nginx hands the header to PHP-FPM by default, so where it proxies"
          + " (proxy_pass) remove any proxy_set_header Authorization \"\" and add"
          + " proxy_set_header Authorization $http_authorization; where it runs PHP itself, add"
          + " fastcgi_param HTTP_AUTHORIZATION $http_authorization;.";
    }
    if (server.contains("litespeed")) {
      return "LiteSpeed answered: add WordPress's rule RewriteRule .* -"
          + " [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}] to the .htaccess above WordPress's"
          + " block.";
    }
    return "the server strips it: on Apache with php-fpm or CGI add CGIPassAuth On or WordPress's"
        + " rule RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}].";
  }

  private static String user(FailureFacts f) {
    return f.username().map(u -> "\"" + u + "\"").orElse("the user");
  }
}
