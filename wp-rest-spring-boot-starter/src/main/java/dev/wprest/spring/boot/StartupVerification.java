package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.User;
import dev.wprest.diagnostics.AuthDiagnosisException;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;

/**
 * Asks the site who the credentials belong to ({@code GET /wp/v2/users/me}) before the application
 * starts, so that a refused credential stops start-up with its diagnosis instead of failing the
 * first real request. Any failure of that call is thrown as an {@link AuthDiagnosisException},
 * which {@code AuthDiagnosisFailureAnalyzer} explains.
 */
public final class StartupVerification implements InitializingBean {
  private final WordPressClient client;
  private volatile Optional<User> identity = Optional.empty();

  StartupVerification(WordPressClient client) {
    this.client = client;
  }

  @Override
  public void afterPropertiesSet() {
    identity = MeCheck.whoAmI(client);
  }

  /**
   * The identity the site accepted at start-up.
   *
   * @return the user, or empty when the client sends no credentials
   */
  public Optional<User> identity() {
    return identity;
  }
}
