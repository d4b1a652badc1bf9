package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.model.User;
import dev.wprest.diagnostics.AuthDiagnosisException;
import dev.wprest.diagnostics.AuthDiagnostics;
import java.util.Optional;

/** The one question the start-up check and the health indicator ask: who are we to this site? */
final class MeCheck {
  private MeCheck() {}

  /**
   * Asks {@code /wp/v2/users/me}; a client without credentials asks the index instead, since
   * WordPress answers users/me with a 401 to anyone anonymous.
   *
   * @return the accepted user, or empty for a client without credentials whose site answered
   * @throws AuthDiagnosisException for any failure, with its diagnosis
   */
  static Optional<User> whoAmI(WordPressClient client) {
    try {
      if (!client.auth().sendsCredentials()) {
        client.siteInfo();
        return Optional.empty();
      }
      return Optional.of(AuthDiagnostics.call(() -> client.users().me()));
    } catch (AuthDiagnosisException e) {
      throw e;
    } catch (WordPressException e) {
      // Not an authentication failure (the site is down, a route is missing, ...): the start-up
      // analysis and the health still report it with its diagnosis.
      throw new AuthDiagnosisException(AuthDiagnostics.diagnose(e), e);
    }
  }
}
