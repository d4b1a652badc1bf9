package dev.wprest.diagnostics;

import dev.wprest.client.authorize.AuthorizationUnavailableException;
import dev.wprest.diagnostics.internal.ApplicationPasswordAvailability;
import java.util.Optional;

/**
 * The Application Password authorization flow could not start: the site's index offers no
 * authorization page. Nothing was sent to the user; the index and the scheme it was read over say
 * why, with the same reasoning the doctor uses for the unavailable feature.
 */
final class AuthorizationUnavailableAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!f.is(AuthorizationUnavailableException.class)) {
      return Optional.empty();
    }
    String index = "The index " + f.uri();
    switch (((AuthorizationUnavailableException) f.failure).reason()) {
      case APPLICATION_PASSWORDS_UNAVAILABLE:
        boolean plainHttp = "http".equalsIgnoreCase(f.uri().getScheme());
        return Optional.of(
            f.diagnosis(LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE)
                .confidence(Confidence.LIKELY)
                .summary(
                    index
                        + " lists no authentication methods ([]): WordPress does not offer"
                        + " Application Passwords here, so it has no authorization page ("
                        + ApplicationPasswordAvailability.why(plainHttp)
                        + ").")
                .firstCheck(ApplicationPasswordAvailability.firstCheck(plainHttp))
                .build());
      case NO_AUTHORIZATION_ENDPOINT:
        return Optional.of(
            f.diagnosis(LikelyCause.UNKNOWN)
                .stage(Stage.RESPONSE)
                .confidence(Confidence.POSSIBLE)
                .summary(
                    index
                        + " lists Application Passwords without a web address for their"
                        + " authorization page; WordPress core always gives"
                        + " admin_url('authorize-application.php'), so a plugin or code filtering"
                        + " rest_index changed it.")
                .firstCheck(
                    "Open the site's /wp-json/ and read"
                        + " authentication.application-passwords.endpoints.authorization; meanwhile"
                        + " create an Application Password by hand under Users > Profile >"
                        + " Application Passwords.")
                .build());
      default:
        return Optional.of(
            f.diagnosis(LikelyCause.UNKNOWN)
                .stage(Stage.ROUTE)
                .confidence(Confidence.POSSIBLE)
                .summary("The authorization flow cannot start: " + f.failure.getMessage() + ".")
                .firstCheck(
                    "Open the site's /wp-json/ in a browser: an answer like 401"
                        + " rest_login_required means a plugin restricts the REST API to logged-in"
                        + " users; HTML or a 404 means the REST API is not served at that address.")
                .build());
    }
  }
}
