package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.diagnostics.LikelyCause;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Nothing a server sends keeps the doctor past its deadline or fills its memory: a body dripping
 * one byte a second, and an endless body, against a raw-socket server.
 */
class DoctorLimitsTest {
  // A length under the size limit: a larger one is refused before a byte is read, and the drip
  // would never be waited for.
  private static final String HTML_HEADERS =
      "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: 1000000\n";

  @Test
  void aServerDrippingOneBytePerSecondDoesNotKeepTheDoctorPastItsDeadline() throws Exception {
    try (RawSocketServer server =
        new RawSocketServer(
            HTML_HEADERS,
            out -> {
              while (true) {
                out.write('<');
                out.flush();
                Thread.sleep(1000);
              }
            })) {
      long start = System.nanoTime();

      DoctorReport report =
          AuthDoctor.builder(server.url())
              .applicationPassword("itadmin", ApplicationPasswordDoctorTest.APP_PASSWORD)
              .callTimeout(Duration.ofSeconds(30))
              .deadline(Duration.ofSeconds(3))
              .build()
              .examine();

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).isLessThan(Duration.ofSeconds(10));
      assertThat(report.diagnosis().orElseThrow().cause()).isEqualTo(LikelyCause.TRANSPORT_FAILED);
      assertThat(report.probes().get(0).finding()).contains("no complete answer");
    }
  }

  @Test
  void eachRequestHasItsOwnBodyDeadlineToo() throws Exception {
    try (RawSocketServer server =
        new RawSocketServer(
            HTML_HEADERS,
            out -> {
              while (true) {
                out.write('<');
                out.flush();
                Thread.sleep(1000);
              }
            })) {
      long start = System.nanoTime();

      DoctorReport report =
          AuthDoctor.builder(server.url()).callTimeout(Duration.ofSeconds(2)).build().examine();

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      assertThat(report.diagnosis().orElseThrow().cause()).isEqualTo(LikelyCause.TRANSPORT_FAILED);
    }
  }

  @Test
  void anEndlessBodyFailsTypedAtTheSizeLimitInsteadOfFillingMemory() throws Exception {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'a');
    try (RawSocketServer server =
        new RawSocketServer(
            "HTTP/1.1 200 OK\nContent-Type: text/html\n",
            out -> {
              while (true) {
                out.write(chunk);
              }
            })) {
      DoctorReport report =
          AuthDoctor.builder(server.url())
              .maxResponseBytes(1024 * 1024)
              .deadline(Duration.ofSeconds(20))
              .build()
              .examine();

      assertThat(report.diagnosis().orElseThrow().cause()).isEqualTo(LikelyCause.TRANSPORT_FAILED);
      assertThat(report.probes().get(0).finding()).contains("larger than the doctor accepts");
    }
  }
}
