package dev.wprest.spring.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wprest.diagnostics.Alternative;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.JsonRenderer;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.diagnostics.doctor.DoctorReport;
import dev.wprest.diagnostics.doctor.ProbeResult;
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
    ObjectNode root = JSON.createObjectNode();
    if (report.ok() || report.diagnosis().isEmpty()) {
      root.put("cause", "OK");
    } else {
      Diagnosis d = report.diagnosis().get();
      root.setAll(JsonRenderer.toTree(d));
      root.put("cause", d.cause().name());
      ArrayNode alternatives = root.putArray("alternatives");
      for (Alternative a : d.alternatives()) {
        alternatives
            .addObject()
            .put("cause", a.cause().name())
            .put("code", a.cause().code())
            .put("why", a.why());
      }
    }
    report.identity().ifPresent(id -> root.put("identity", id));
    root.put("requestsSent", report.requestsSent());
    ArrayNode probes = root.putArray("probes");
    for (ProbeResult probe : report.probes()) {
      ObjectNode p = probes.addObject().put("name", probe.name()).put("request", probe.request());
      if (probe.status().isPresent()) {
        p.put("status", probe.status().getAsInt());
      } else {
        p.putNull("status");
      }
      p.put("finding", probe.finding());
    }
    return root;
  }
}
