package dev.wprest.diagnostics;

import dev.wprest.client.AuthScheme;
import java.util.Optional;

/** A JWT plugin's own code, on a call (the token route's login failures are LoginFailed's). */
final class JwtPluginAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    boolean bearer = f.scheme().equals(AuthScheme.BEARER);
    if (!JwtCodes.isJwtCode(f.code, bearer)) {
      return Optional.empty();
    }
    if (f.scheme().equals(AuthScheme.APPLICATION_PASSWORD)) {
      // Some JWT plugin versions read every Authorization header as a token, Basic included.
      return Optional.of(
          f.diagnosis(LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.what()
                      + ": a JWT plugin read the Authorization header that carried Basic credentials as"
                      + " a token and refused it before WordPress checked the Application Password.")
              .alternative(
                  LikelyCause.CREDENTIALS_REJECTED,
                  "the plugin refuses Basic whatever the password, so whether the Application"
                      + " Password itself is right is not known (the doctor's XML-RPC cross-check"
                      + " tells).")
              .build());
    }
    LikelyCause cause = JwtCodes.cause(f.code).orElse(LikelyCause.BEARER_TOKEN_REJECTED);
    Diagnosis.Builder d =
        f.diagnosis(cause).confidence(Confidence.LIKELY).summary(summary(f, cause));
    if (f.code.contains("bad_iss")) {
      d.firstCheck(
          "Obtain the token from this site's own token route: the token was issued by another"
              + " site (its iss claim names another site URL).");
    }
    if (cause == LikelyCause.AUTHORIZATION_HEADER_STRIPPED) {
      d.firstCheck(
          "Check that the web server forwards the Authorization header to PHP: on Apache with"
              + " php-fpm or CGI add CGIPassAuth On or WordPress's rule RewriteRule .* -"
              + " [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]; the JWT plugin says no header"
              + " arrived.");
    }
    return Optional.of(d.build());
  }

  private static String summary(FailureFacts f, LikelyCause cause) {
    switch (cause) {
      case AUTHORIZATION_HEADER_STRIPPED:
        return f.what()
            + ": the JWT plugin saw no Authorization header although the client sent one.";
      case BEARER_PLUGIN_MISCONFIGURED:
        return f.what() + ": the JWT plugin is active but not configured (no secret key).";
      default:
        return f.what() + ": the JWT plugin refused the bearer token.";
    }
  }
}
