package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's JSON contract and text, warnings included beside an OK and beside a cause. */
class DoctorReportRendererTest {
  private static final DoctorWarning REST_ROUTE =
      DoctorWarning.of(
          DoctorWarning.Kind.REST_ROUTE_ONLY,
          "The API root given, https://example.com/wp-json/, is not served; configure"
              + " https://example.com/?rest_route=/.");

  @Test
  void anOkReportWithWarningsKeepsCauseOkAndListsTheWarnings() throws Exception {
    DoctorReport report =
        DoctorReport.builder()
            .ok()
            .identity("itadmin (id 1)")
            .requestsSent(3)
            .warning(REST_ROUTE)
            .probes(
                List.of(
                    ProbeResult.of(
                        "identity",
                        "GET https://example.com/?rest_route=/wp/v2/users/me",
                        200,
                        "accepted")))
            .build();

    JsonNode json = new ObjectMapper().readTree(DoctorReportRenderer.json(report));

    assertThat(json.path("cause").asText()).isEqualTo("OK");
    assertThat(json.path("confidence").isNull()).isTrue();
    assertThat(json.path("identity").asText()).isEqualTo("itadmin (id 1)");
    assertThat(json.path("siteReachable").asBoolean()).isTrue();
    assertThat(json.path("warnings")).hasSize(1);
    assertThat(json.path("warnings").get(0).path("kind").asText()).isEqualTo("REST_ROUTE_ONLY");
    assertThat(json.path("warnings").get(0).path("message").asText()).contains("?rest_route=/");
    assertThat(json.path("probes").get(0).path("status").asInt()).isEqualTo(200);
    assertThat(DoctorReportRenderer.text(report))
        .startsWith("OK: identity accepted (itadmin (id 1)), with warnings.\n")
        .contains("Warnings:\n  - REST_ROUTE_ONLY: The API root given");
  }

  @Test
  void aDiagnosedReportCarriesTheDiagnosisFieldsAndItsWarnings() throws Exception {
    Diagnosis d =
        Diagnosis.builder(LikelyCause.CREDENTIALS_REJECTED)
            .summary("GET users/me answered 401 rest_not_logged_in.")
            .build();
    DoctorReport report = DoctorReport.builder().diagnosis(d).warning(REST_ROUTE).build();

    JsonNode json = new ObjectMapper().readTree(DoctorReportRenderer.json(report));

    assertThat(json.path("cause").asText()).isEqualTo("CREDENTIALS_REJECTED");
    assertThat(json.path("code").asText()).isEqualTo("WPD-401-CREDENTIALS-REJECTED");
    assertThat(json.path("warnings").get(0).path("kind").asText()).isEqualTo("REST_ROUTE_ONLY");
    assertThat(json.has("identity")).isFalse();
    assertThat(DoctorReportRenderer.text(report)).contains("Warnings:", "Probes (0 requests):");
  }
}
