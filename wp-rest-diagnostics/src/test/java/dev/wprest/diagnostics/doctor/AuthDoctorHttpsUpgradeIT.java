package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.it.RealWordPress;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The doctor on the harness's http -> https upgrade between the default ports. WordPress 6.1 only:
 * the upgrade needs ports 80 and 443 on 127.0.0.1, which the 6.1 sites hold; the answers of the
 * https site behind it are proven on both versions by {@link AuthDoctorMisleadingSitesIT}.
 */
class AuthDoctorHttpsUpgradeIT {
  private static final RealWordPress WP = RealWordPress.sites();

  /**
   * Case 5, the allowed upgrade: http -> https on the same host between the default ports is
   * followed; OK, with a warning that the https URL belongs in the configuration.
   */
  @Test
  void anHttpsUpgradeOnTheSameHostIsOkWithAWarning() {
    DoctorReport report =
        AuthDoctor.builder(URI.create(WP.get("site.upgrade.url")))
            .callTimeout(Duration.ofSeconds(20))
            .trustCertificates(Paths.get(WP.get("site.https.cert")))
            .applicationPassword(WP.login("admin"), WP.appPassword("admin"))
            .build()
            .examine();

    assertThat(report.ok()).as(report.toString()).isTrue();
    assertThat(report.identity()).contains(WP.login("admin") + " (id 1)");
    assertThat(report.warnings().stream().filter(w -> w.kind() == DoctorWarning.Kind.HTTPS_UPGRADE))
        .as(report.toString())
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains(WP.get("site.upgrade.target")));
  }
}
