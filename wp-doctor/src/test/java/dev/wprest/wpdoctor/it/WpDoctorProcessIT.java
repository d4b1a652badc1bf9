package dev.wprest.wpdoctor.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.it.RealWordPress;
import dev.wprest.client.it.WpVersion;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code wp-doctor check} run as a process, as a user would, against the real sites. */
class WpDoctorProcessIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final Path JAR = Paths.get("target", "wp-doctor.jar");

  /** A finished wp-doctor process. */
  static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }

    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }
  }

  static Run doctor(Map<String, String> env, String... args) throws Exception {
    assertThat(JAR).as("mvn package builds the jar before the integration tests").exists();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("WP_APP_PASSWORD");
    builder.environment().remove("WP_LOGIN_PASSWORD");
    builder.environment().remove("WP_BEARER_TOKEN");
    builder.environment().putAll(env);
    Path out = Files.createTempFile("wp-doctor", ".out");
    Path err = Files.createTempFile("wp-doctor", ".err");
    Process process =
        builder
            .redirectInput(ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("wp-doctor finished").isTrue();
    Run run =
        new Run(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  private static void assertNoSecret(Run run, String secret) {
    assertThat(run.out).doesNotContain(secret);
    assertThat(run.err).doesNotContain(secret);
  }

  @Test
  void aValidApplicationPasswordIsOk() throws Exception {
    Run run =
        doctor(
            Map.of("WP_APP_PASSWORD", WP.appPassword("admin")),
            "check",
            WP.url("modphp"),
            "--user",
            WP.login("admin"),
            "--json");

    assertThat(run.exit).as(run.err).isEqualTo(0);
    assertThat(run.json().path("cause").asText()).isEqualTo("OK");
    assertNoSecret(run, WP.appPassword("admin"));
  }

  @ParameterizedTest
  @EnumSource(WpVersion.class)
  void aStrippedHeaderIsConfirmedThroughXmlRpc(WpVersion version) throws Exception {
    RealWordPress wp = RealWordPress.sites(version);
    Run run =
        doctor(
            Map.of("WP_APP_PASSWORD", wp.appPassword("admin")),
            "check",
            wp.url("stripped"),
            "--user",
            wp.login("admin"),
            "--json");

    assertThat(run.exit).as(run.err).isEqualTo(1);
    JsonNode json = run.json();
    assertThat(json.path("cause").asText()).isEqualTo("AUTHORIZATION_HEADER_STRIPPED");
    assertThat(json.path("confidence").asText()).isEqualTo("CONFIRMED");
    assertThat(json.path("code").asText()).isEqualTo("WPD-401-HEADER-STRIPPED");
    assertThat(json.path("probes").size()).isBetween(1, 10);
    assertNoSecret(run, wp.appPassword("admin"));
  }

  @ParameterizedTest
  @EnumSource(WpVersion.class)
  void theLoginPasswordIsConfirmedAndNeverPrinted(WpVersion version) throws Exception {
    RealWordPress wp = RealWordPress.sites(version);
    Run run =
        doctor(
            Map.of("WP_APP_PASSWORD", wp.password("admin")),
            "check",
            wp.url("modphp"),
            "--user",
            wp.login("admin"),
            "--json");

    assertThat(run.exit).as(run.err).isEqualTo(1);
    assertThat(run.json().path("cause").asText())
        .isEqualTo("LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD");
    assertNoSecret(run, wp.password("admin"));
  }

  @ParameterizedTest
  @EnumSource(WpVersion.class)
  void aSubscriberWriteIsAPermissionProblemFoundBeforeAnyWrite(WpVersion version) throws Exception {
    RealWordPress wp = RealWordPress.sites(version);
    Run run =
        doctor(
            Map.of("WP_APP_PASSWORD", wp.appPassword("subscriber")),
            "check",
            wp.url("modphp"),
            "--user",
            wp.login("subscriber"),
            "--route",
            "/wp/v2/posts",
            "--method",
            "POST",
            "--json");

    assertThat(run.exit).as(run.err).isEqualTo(1);
    assertThat(run.json().path("cause").asText()).isEqualTo("INSUFFICIENT_CAPABILITY");
  }

  @Test
  void anAnonymousCallThatAnswers401IsNotOkWhateverOptionsAllows() throws Exception {
    Run run =
        doctor(
            Map.of(),
            "check",
            WP.url("modphp"),
            "--auth",
            "none",
            "--route",
            "/wp/v2/users/me",
            "--json");

    assertThat(run.exit).as(run.out + run.err).isEqualTo(1);
    assertThat(run.json().path("cause").asText()).isEqualTo("NO_CREDENTIALS_SENT");
  }

  @Test
  void anAdvertisedRootThatIsNotServedIsOkWithAWarningAndExit0() throws Exception {
    Run run =
        doctor(
            Map.of("WP_APP_PASSWORD", WP.appPassword("admin")),
            "check",
            WP.url("lostrewrite"),
            "--user",
            WP.login("admin"),
            "--json");

    assertThat(run.exit).as(run.out + run.err).isEqualTo(0);
    JsonNode json = run.json();
    assertThat(json.path("cause").asText()).isEqualTo("OK");
    assertThat(json.path("warnings").isArray()).as(run.out).isTrue();
    assertThat(json.path("warnings").toString()).contains("?rest_route=");
    assertNoSecret(run, WP.appPassword("admin"));
  }

  @Test
  void anHttpsUpgradeIsOkWithTheHttpsUrlToConfigure() throws Exception {
    Run run =
        doctor(
            Map.of("WP_APP_PASSWORD", WP.appPassword("admin")),
            "check",
            WP.get("site.upgrade.url"),
            "--user",
            WP.login("admin"),
            "--trust-cert",
            WP.get("site.https.cert"),
            "--json");

    assertThat(run.exit).as(run.out + run.err).isEqualTo(0);
    JsonNode json = run.json();
    assertThat(json.path("cause").asText()).isEqualTo("OK");
    assertThat(json.path("warnings").toString()).contains(WP.get("site.upgrade.target"));
  }

  @Test
  void anHttpsRedirectOntoAnotherPortIsRefusedWithTheUrlToUse() throws Exception {
    Run run =
        doctor(
            Map.of("WP_APP_PASSWORD", WP.appPassword("admin")),
            "check",
            WP.get("site.redirectport.url"),
            "--user",
            WP.login("admin"),
            "--trust-cert",
            WP.get("site.https.cert"),
            "--json");

    assertThat(run.exit).as(run.out + run.err).isEqualTo(1);
    JsonNode json = run.json();
    assertThat(json.path("cause").asText()).isEqualTo("CREDENTIALS_DROPPED_ON_REDIRECT");
    assertThat(json.path("firstCheck").asText())
        .contains(WP.get("site.redirectport.target").replaceAll("/$", ""));
    assertNoSecret(run, WP.appPassword("admin"));
  }

  @Test
  void anUntrustedCertificateNamesTrustCert() throws Exception {
    Run run =
        doctor(
            Map.of("WP_APP_PASSWORD", WP.appPassword("admin")),
            "check",
            WP.url("https"),
            "--user",
            WP.login("admin"));

    assertThat(run.exit).as(run.out + run.err).isNotEqualTo(0);
    assertThat(run.out).contains("--trust-cert").doesNotContain("VPN");
  }

  @Test
  void anUnreachableSiteExitsWith3() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Run run = doctor(Map.of(), "check", "http://127.0.0.1:" + port + "/", "--json");

    assertThat(run.exit).as(run.out + run.err).isEqualTo(3);
  }

  @Test
  void aMissingSecretIsAUsageErrorNotAPrompt() throws Exception {
    Run run = doctor(Map.of(), "check", WP.url("modphp"), "--user", WP.login("admin"));

    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("WP_APP_PASSWORD");
  }
}
