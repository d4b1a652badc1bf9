package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AuthDoctor.Builder#onProbe}: a caller sees each probe as it runs, redacted. */
@WireMockTest
class ProbeProgressTest {

  @Test
  void theListenerSeesEveryProbeOfTheReportInOrderAndWithoutTheSecret(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.stripped-header")
            .recorded("users-me.basic-valid.stripped-header")
            .recorded("xmlrpc.getUsersBlogs.app-password.stripped");
    List<ProbeResult> seen = new ArrayList<>();

    DoctorReport report =
        AuthDoctor.builder(site.url())
            .applicationPassword("itadmin", ApplicationPasswordDoctorTest.APP_PASSWORD)
            .onProbe(seen::add)
            .build()
            .examine();

    assertThat(seen).isNotEmpty().isEqualTo(report.probes());
    assertThat(seen.toString())
        .doesNotContain(ApplicationPasswordDoctorTest.APP_PASSWORD)
        .doesNotContain("abcdEFGH1234ijklMNOP5678");
  }
}
