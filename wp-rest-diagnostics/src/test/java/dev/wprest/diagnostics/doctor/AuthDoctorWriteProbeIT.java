package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.HttpMethod;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import dev.wprest.client.it.RealWordPress;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The write probe on real WordPress: asked about a write the identity may make, the doctor sends
 * the same write with one deliberately invalid argument, WordPress refuses it with {@code 400
 * rest_invalid_param}, and nothing is created or deleted.
 */
class AuthDoctorWriteProbeIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final WpRequest ALL_POSTS =
      WpRequest.get("/wp/v2/posts").query("status", "any").query("per_page", 1).build();

  private static DoctorReport examine(String route, HttpMethod method) {
    return AuthDoctor.builder(URI.create(WP.url("modphp")))
        .callTimeout(Duration.ofSeconds(20))
        .applicationPassword(WP.login("admin"), WP.appPassword("admin"))
        .route(route)
        .method(method)
        .build()
        .examine();
  }

  @Test
  void aCreateAndADeleteAreProbedWithoutWritingAnything() {
    WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();
    long before = admin.execute(ALL_POSTS).total().orElseThrow();
    String id = admin.execute(ALL_POSTS).json().get(0).path("id").asText();

    for (DoctorReport report :
        new DoctorReport[] {
          examine("/wp/v2/posts", HttpMethod.POST), examine("/wp/v2/posts/" + id, HttpMethod.DELETE)
        }) {
      assertThat(report.ok()).as(report.toString()).isTrue();
      assertThat(report.probes())
          .filteredOn(p -> p.name().equals(ProbeName.WRITE.text()))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.status()).hasValue(400);
                assertThat(p.finding()).contains("the write reaches it as sent");
              });
      assertThat(report.warnings().get(0).message()).contains("reached WordPress");
      ReportInvariants.assertHold(report, true);
    }

    assertThat(admin.execute(ALL_POSTS).total().orElseThrow())
        .as("nothing created or deleted")
        .isEqualTo(before);
    assertThat(admin.execute(WpRequest.get("/wp/v2/posts/" + id).build()).status()).isEqualTo(200);
  }
}
