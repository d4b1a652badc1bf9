package dev.wprest.wpdoctor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.TlsProblem;
import dev.wprest.client.TlsReason;
import dev.wprest.client.TransportException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.it.RealWordPress;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.wpdoctor.it.WpDoctorProcessIT.Run;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The harness's HTTPS sites whose certificate TLS refuses for one reason each (sites/tls.sh): the
 * client's exception names the reason, and the diagnosis and {@code wp-doctor check} give the first
 * check that fits it. The test CA is trusted, so that each refusal is for its site's own reason.
 */
class TlsRefusalIT {
  private static final RealWordPress WP = RealWordPress.sites();

  private static TransportException clientRefusal(String site, boolean trustTestCa) {
    WordPressClient.Builder builder =
        WordPressClient.builder()
            .baseUrl(WP.get("tls." + site + ".url"))
            .retryPolicy(RetryPolicy.none())
            .callTimeout(Duration.ofSeconds(20));
    if (trustTestCa) {
      builder.trustCertificates(Paths.get(WP.get("tls.ca.cert")));
    }
    WordPressClient client = builder.build();
    TransportException e = catchThrowableOfType(TransportException.class, client::siteInfo);
    assertThat(e).as("TLS refuses the certificate of site " + site).isNotNull();
    return e;
  }

  private static JsonNode doctor(String site, boolean trustTestCa) throws Exception {
    Run run =
        trustTestCa
            ? WpDoctorProcessIT.doctor(
                Map.of(),
                "check",
                WP.get("tls." + site + ".url"),
                "--trust-cert",
                WP.get("tls.ca.cert"),
                "--json")
            : WpDoctorProcessIT.doctor(Map.of(), "check", WP.get("tls." + site + ".url"), "--json");
    assertThat(run.exit).as(run.out + run.err).isNotZero();
    JsonNode json = run.json();
    assertThat(json.path("cause").asText()).as(run.out).isEqualTo("TRANSPORT_FAILED");
    return json;
  }

  @Test
  void anExpiredCertificateIsNamedWithItsEndDateAndTheCheckIsToRenewIt() throws Exception {
    String end = WP.get("tls.expired.not_after");
    TransportException e = clientRefusal("expired", true);

    assertThat(e.tlsReason()).contains(TlsReason.of(TlsProblem.EXPIRED, "expired on " + end));
    Diagnosis d = AuthDiagnostics.diagnose(e);
    assertThat(d.summary()).contains("expired on " + end);
    assertThat(d.firstCheck()).startsWith("Renew the site's certificate").contains("-enddate");

    JsonNode json = doctor("expired", true);
    assertThat(json.toString()).contains("TLS certificate expired on " + end);
    assertThat(json.path("firstCheck").asText()).startsWith("Renew the site's certificate");
  }

  @Test
  void aCertificateForAnotherHostNamesBothAndTheCheckIsTheRightHostName() throws Exception {
    TransportException e = clientRefusal("wronghost", true);

    String detail = "issued for wrong-host.example.test, not 127.0.0.1";
    assertThat(e.tlsReason()).contains(TlsReason.of(TlsProblem.WRONG_HOST, detail));
    assertThat(AuthDiagnostics.diagnose(e).firstCheck())
        .contains(detail)
        .contains("call the site by a name the certificate lists");

    JsonNode json = doctor("wronghost", true);
    assertThat(json.path("firstCheck").asText())
        .contains(detail)
        .contains("call the site by a name the certificate lists");
  }

  @Test
  void aCertificateOfAnUnknownCaNamesTheIssuerAndTheCheckIsToPassTheCa() throws Exception {
    TransportException e = clientRefusal("untrusted", true);

    String detail = "not trusted: issuer CN=wp-it untrusted CA";
    assertThat(e.tlsReason()).contains(TlsReason.of(TlsProblem.UNTRUSTED, detail));
    assertThat(AuthDiagnostics.diagnose(e).firstCheck()).contains(detail).contains("--trust-cert");

    JsonNode json = doctor("untrusted", true);
    assertThat(json.path("firstCheck").asText()).contains(detail).contains("--trust-cert");
  }

  @Test
  void withoutTheTestCaThisJavasOwnTrustNamesThePrivateIssuer() throws Exception {
    TransportException e = clientRefusal("control", false);

    String detail = "not trusted: issuer CN=wp-it TLS test CA";
    assertThat(e.tlsReason()).contains(TlsReason.of(TlsProblem.UNTRUSTED, detail));
    assertThat(doctor("control", false).path("firstCheck").asText())
        .contains(detail)
        .contains("--trust-cert");
  }

  @Test
  void theControlSiteIsAcceptedOnceTheTestCaIsTrusted() {
    // TLS passes: the answer is the site's 404 text, which is no WordPress, not a TLS failure.
    WordPressClient client =
        WordPressClient.builder()
            .baseUrl(WP.get("tls.control.url"))
            .retryPolicy(RetryPolicy.none())
            .trustCertificates(Paths.get(WP.get("tls.ca.cert")))
            .build();
    Throwable e = catchThrowableOfType(RuntimeException.class, client::siteInfo);

    assertThat(e).isNotNull().isNotInstanceOf(TransportException.class);
  }
}
