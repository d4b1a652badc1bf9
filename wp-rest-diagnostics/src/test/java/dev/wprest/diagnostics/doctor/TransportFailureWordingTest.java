package dev.wprest.diagnostics.doctor;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When no answer comes, the probe says what failed (the JDK's exception alone reads "could not
 * connect: ConnectException" for an unknown host and a refused connection alike).
 */
class TransportFailureWordingTest {

  private static String finding(String url, Duration timeout) {
    DoctorReport report =
        AuthDoctor.builder(URI.create(url)).callTimeout(timeout).build().examine();
    assertThat(report.siteReachable()).isFalse();
    assertThat(report.probes()).isNotEmpty();
    return report.probes().get(0).finding();
  }

  private static String firstCheck(String url) {
    DoctorReport report =
        AuthDoctor.builder(URI.create(url)).callTimeout(Duration.ofSeconds(10)).build().examine();
    assertThat(report.diagnosis()).isPresent();
    return report.diagnosis().get().firstCheck();
  }

  @Test
  void anUnknownHostIsNamedAsSuch() {
    assertThat(finding("https://no-such-host.invalid/", Duration.ofSeconds(10)))
        .contains("unknown host: DNS has no address for no-such-host.invalid");
  }

  @Test
  void anUnknownHostsFirstCheckIsTheHostNameNotTheFirewall() {
    assertThat(firstCheck("https://no-such-host.invalid/"))
        .startsWith("Check the host name no-such-host.invalid in the site URL")
        .doesNotContain("firewall");
  }

  @Test
  void aRefusedConnectionsFirstCheckIsTheSchemeAndPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    assertThat(firstCheck("http://127.0.0.1:" + port + "/"))
        .startsWith("Check the scheme and port of the site URL")
        .contains("127.0.0.1:" + port);
  }

  @Test
  void aRefusedConnectionIsNamedWithHostAndPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    assertThat(finding("http://127.0.0.1:" + port + "/", Duration.ofSeconds(10)))
        .contains("connection refused: nothing listens on 127.0.0.1:" + port);
  }

  @Test
  void anUntrustedCertificateIsNamedAndPointsToTrustCert() {
    WireMockServer tls = new WireMockServer(wireMockConfig().dynamicHttpsPort().httpDisabled(true));
    tls.start();
    try {
      assertThat(finding("https://localhost:" + tls.httpsPort() + "/", Duration.ofSeconds(10)))
          .contains("TLS certificate not trusted")
          .contains("--trust-cert");
    } finally {
      tls.stop();
    }
  }

  @Test
  void aSiteThatAcceptsButNeverAnswersIsATimeout() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                while (!silent.isClosed()) {
                  try {
                    held.add(silent.accept());
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();

      assertThat(finding("http://127.0.0.1:" + silent.getLocalPort() + "/", Duration.ofMillis(500)))
          .contains("timed out: no answer within PT0.5S");
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }
}
