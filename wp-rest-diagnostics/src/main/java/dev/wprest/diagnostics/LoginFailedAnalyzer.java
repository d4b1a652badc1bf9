package dev.wprest.diagnostics;

import dev.wprest.client.LoginFailedException;
import java.util.Optional;

/**
 * A login step failed: {@code wp-login.php} set no logged-in cookie, the nonce endpoint refused the
 * cookies, or a JWT plugin's token route refused the login.
 */
final class LoginFailedAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!f.is(LoginFailedException.class)) {
      return Optional.empty();
    }
    String uri = String.valueOf(f.uri());
    if (f.codeIs("rest_no_route") && uri.contains("jwt-auth")) {
      return Optional.of(
          f.diagnosis(LikelyCause.BEARER_NOT_SUPPORTED)
              .confidence(Confidence.LIKELY)
              .summary(
                  "The token route "
                      + f.request()
                      + " answered 404 rest_no_route: no JWT plugin is active on this site.")
              .build());
    }
    Optional<LikelyCause> jwt = JwtCodes.cause(f.code);
    if (jwt.isPresent()) {
      return Optional.of(
          f.diagnosis(jwt.get())
              .confidence(Confidence.LIKELY)
              .summary(
                  "The JWT plugin's token route "
                      + f.request()
                      + " refused the login with "
                      + f.answer()
                      + ".")
              .firstCheck(
                  "Log in at wp-login.php in a browser with the same username and login password;"
                      + " if that fails too, the login itself is wrong.")
              .build());
    }
    if (uri.contains("admin-ajax.php")) {
      return Optional.of(
          f.diagnosis(LikelyCause.CREDENTIALS_REJECTED)
              .confidence(Confidence.LIKELY)
              .summary(
                  "WordPress refused to issue a REST nonce ("
                      + f.answer()
                      + " at admin-ajax.php): the cookies sent are not, or no longer, a logged-in"
                      + " session.")
              .firstCheck(
                  "Log in again and take both the cookies and the nonce from that same session;"
                      + " for an external program, use an Application Password instead.")
              .alternative(
                  LikelyCause.BROWSER_SESSION_ONLY,
                  "cookies copied from a browser expire, and are bound to that browser's login.")
              .build());
    }
    return Optional.of(
        f.diagnosis(LikelyCause.CREDENTIALS_REJECTED)
            .confidence(Confidence.LIKELY)
            .summary(
                "The login at "
                    + f.request()
                    + " answered "
                    + f.answer()
                    + " without a logged-in cookie: WordPress refused the username or login"
                    + " password.")
            .firstCheck(
                "Log in at wp-login.php in a browser with the same username and login password;"
                    + " an Application Password does not work on the login form.")
            .alternative(
                LikelyCause.UNKNOWN_USER,
                "the login form answers the same way for an unknown username.")
            .alternative(
                LikelyCause.BLOCKED_BY_SECURITY_LAYER,
                "a captcha, two-factor or lockout plugin on the login form refuses scripted logins.")
            .build());
  }
}
