package dev.wprest.spring.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.diagnostics.doctor.DoctorReport;
import dev.wprest.diagnostics.doctor.DoctorReportRenderer;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/wordpress}: runs the doctor's probes (at most {@link AuthDoctor#MAX_REQUESTS}
 * requests, an XML-RPC cross-check included) against the configured site and credential, and
 * returns its report: the diagnosis (or {@code "cause": "OK"}), the accepted identity and every
 * probe. Off unless {@code management.endpoint.wordpress.access=read-only} and exposed.
 */
@Endpoint(id = "wordpress", defaultAccess = Access.NONE)
public final class WordPressDoctorEndpoint {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<AuthDoctor> doctor;

  WordPressDoctorEndpoint(Supplier<AuthDoctor> doctor) {
    this.doctor = doctor;
  }

  /**
   * Runs the doctor once.
   *
   * @return the report, as the JSON of {@code wp-doctor check --json}
   */
  @ReadOperation
  public Map<String, Object> examine() {
    return JSON.convertValue(
        report(doctor.get().examine()),
        JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
  }

  static ObjectNode report(DoctorReport report) {
    return DoctorReportRenderer.toTree(report);
  }
}
