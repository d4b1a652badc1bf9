package dev.wprest.spring.boot;

import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.diagnostics.doctor.DoctorReport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Turns the passive diagnosis of a refused call into the doctor's, as {@code wp-doctor check} would
 * say it: CONFIRMED where a probe proved the cause, LIKELY with alternatives otherwise. Used by the
 * health and the start-up check. The doctor run is bounded (its deadline and request budget); when
 * it cannot run or finds nothing, the passive diagnosis stands.
 */
final class DoctorConfirmation {
  private static final Logger LOG = LoggerFactory.getLogger(DoctorConfirmation.class);

  /** Keeps the passive diagnosis: for a client the application built itself. */
  static final DoctorConfirmation NONE = new DoctorConfirmation(null);

  private final Supplier<AuthDoctor> doctor;

  DoctorConfirmation(Supplier<AuthDoctor> doctor) {
    this.doctor = doctor;
  }

  /**
   * The confirmation by the doctor of the {@code wordpress.*} site and credential; none when the
   * application configured its client without {@code wordpress.url}.
   */
  static DoctorConfirmation of(WordPressProperties properties, Environment environment) {
    if (properties.getUrl() == null) {
      return NONE;
    }
    WordPressClientFactory factory = new WordPressClientFactory(properties, environment);
    return new DoctorConfirmation(factory::boundedDoctor);
  }

  /** The doctor's diagnosis of the configured site and credential, or {@code passive}. */
  Diagnosis confirm(Diagnosis passive) {
    if (doctor == null) {
      return passive;
    }
    try {
      DoctorReport report = doctor.get().examine();
      // The doctor found nothing wrong although the call failed (a passing outage): the failed
      // call's own diagnosis is the better answer.
      return report.diagnosis().orElse(passive);
    } catch (RuntimeException e) {
      LOG.warn(
          "the WordPress doctor could not examine the site ({}); reporting the passive diagnosis",
          e.getClass().getName());
      return passive;
    }
  }
}
