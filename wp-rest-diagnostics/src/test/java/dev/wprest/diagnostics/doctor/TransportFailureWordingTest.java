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

  @Test
  void anUnknownHostIsNamedAsSuch() {
    assertThat(finding("https://no-such-host.invalid/", Duration.ofSeconds(10)))
        .contains("unknown host: DNS has no address for no-such-host.invalid");
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
