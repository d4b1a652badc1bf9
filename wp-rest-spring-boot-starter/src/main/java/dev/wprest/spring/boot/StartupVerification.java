package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.User;
import dev.wprest.diagnostics.AuthDiagnosisException;
import dev.wprest.diagnostics.Diagnosis;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;

/**
 * Asks the site who the credentials belong to ({@code GET /wp/v2/users/me}) before the application
 * starts, so that a refused credential stops start-up with its diagnosis instead of failing the
 * first real request. Any failure of that call is thrown as an {@link AuthDiagnosisException},
 * which {@code AuthDiagnosisFailureAnalyzer} explains, with the bounded doctor's diagnosis
 * (CONFIRMED where a probe proved it) when the client comes from {@code wordpress.*}.
 */
public final class StartupVerification implements InitializingBean {
  private final WordPressClient client;
  private final DoctorConfirmation doctor;
  private volatile Optional<User> identity = Optional.empty();

  StartupVerification(WordPressClient client, DoctorConfirmation doctor) {
    this.client = client;
    this.doctor = doctor;
  }

  @Override
  public void afterPropertiesSet() {
    try {
      identity = MeCheck.whoAmI(client);
    } catch (AuthDiagnosisException refused) {
      Diagnosis confirmed = doctor.confirm(refused.diagnosis());
      if (confirmed == refused.diagnosis()) {
        throw refused;
      }
      // The doctor's verdict leads; the refused call stays the cause, with its evidence.
      throw new AuthDiagnosisException(confirmed, refused);
    }
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
