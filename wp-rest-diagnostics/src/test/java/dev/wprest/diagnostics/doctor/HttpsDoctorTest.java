package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import java.net.Socket;
import java.net.URI;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/** Over HTTPS (WireMock's self-signed certificate): trust failures and HTTPS-only advice. */
@WireMockTest(httpsEnabled = true)
class HttpsDoctorTest {
  private static final String APP_PASSWORD = ApplicationPasswordDoctorTest.APP_PASSWORD;

  @Test
  void anUntrustedCertificateAsksForTrustCertNotForDnsOrFirewalls(WireMockRuntimeInfo wm) {
    DoctorReport report =
        AuthDoctor.builder(URI.create(wm.getHttpsBaseUrl() + "/"))
            .applicationPassword("itadmin", APP_PASSWORD)
            .build()
            .examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.TRANSPORT_FAILED);
    assertThat(d.summary()).contains("TLS handshake");
    assertThat(d.firstCheck()).contains("--trust-cert", "trustCertificates");
    assertThat(d.firstCheck()).doesNotContain("DNS, firewall");
  }

  @Test
  void applicationPasswordsOffSiteWideOnHttpsGetNoServeItOverHttpsAdvice(WireMockRuntimeInfo wm) {
    FakeSite site =
        new FakeSite(wm)
            .home()
            .recorded("index.appoffhttps")
            .recorded("users-me.basic-valid.appoffhttps")
            .recordedAt(
                "application-passwords.list.appoffhttps",
                "GET",
                "/wp-json/wp/v2/users/me/application-passwords/introspect");

    DoctorReport report =
        AuthDoctor.builder(URI.create(wm.getHttpsBaseUrl() + "/"))
            .applicationPassword("itadmin", APP_PASSWORD)
            .sslContext(trustingThisTestServer())
            .build()
            .examine();

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(d.summary()).contains("served over HTTPS", "wp_is_application_passwords_available");
    assertThat(d.firstCheck())
        .contains("wp_is_application_passwords_available")
        .doesNotContain("Serve the site over HTTPS", "WP_ENVIRONMENT_TYPE");
    site.assertReadOnlyWithinBudget(report);
  }

  /** Trusts WireMock's self-signed test certificate; only ever for this loopback test server. */
  private static SSLContext trustingThisTestServer() {
    try {
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, new TrustManager[] {new TestServerTrust()}, null);
      return ssl;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class TestServerTrust extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}
  }
}
