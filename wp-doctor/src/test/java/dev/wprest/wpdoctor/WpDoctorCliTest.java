package dev.wprest.wpdoctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WpDoctorCliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new WpDoctor(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(List.of(args));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String har(String name) throws URISyntaxException {
    Path path = Paths.get(WpDoctorCliTest.class.getResource("/har/" + name).toURI());
    return path.toString();
  }

  @Test
  void noArgumentsIsAUsageErrorWithTheUsage() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("Usage: wp-doctor").contains("check").contains("demo");
  }

  @Test
  void anUnknownCommandOrOptionIsAUsageErrorThatNamesTheOptionButNotTheCommand() throws Exception {
    assertThat(run("cure")).isEqualTo(2);
    assertThat(err()).contains("unknown command (not shown").doesNotContain("cure");
    assertThat(run("explain", "--verbose", har("no-auth.postman.har"))).isEqualTo(2);
    assertThat(err()).contains("unknown option --verbose");
    assertThat(run("explain")).isEqualTo(2);
  }

  @Test
  void aMissingHarIsAUsageErrorThatNamesTheFileAndTheReason() {
    assertThat(run("explain", "does-not-exist.har")).isEqualTo(2);
    assertThat(err()).contains("wp-doctor explain: does-not-exist.har does not exist");
  }

  @Test
  void theDemoDiagnosesEveryRowOfTheEvidenceMatrix() {
    assertThat(run("demo")).isEqualTo(0);

    assertThat(out())
        .contains("NO_CREDENTIALS_SENT")
        .contains("AUTHORIZATION_HEADER_STRIPPED")
        .contains("LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD")
        .contains("APPLICATION_PASSWORDS_UNAVAILABLE")
        .contains("NONCE_WITHOUT_COOKIES")
        .contains("BEARER_NOT_SUPPORTED")
        .contains("COOKIES_WITHOUT_NONCE")
        .contains("INSUFFICIENT_CAPABILITY")
        .contains("ROUTE_NOT_FOUND")
        .contains("CREDENTIALS_DROPPED_ON_REDIRECT");
    // The doctor's probes of the recorded answers confirm what one failed call cannot.
    assertThat(out())
        .containsPattern("AUTHORIZATION_HEADER_STRIPPED \\(WPD-401-HEADER-STRIPPED\\), confirmed")
        .containsPattern(
            "LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD \\([A-Z0-9-]+\\), confirmed");
  }

  @Test
  void explainingABrowserAndAPostmanHarNamesTheBrowserSession() throws Exception {
    int code =
        run("explain", har("browser-cookie-session.chromium.har"), har("no-auth.postman.har"));

    assertThat(code).isEqualTo(1);
    assertThat(out()).contains("WPD-401-BROWSER-SESSION-ONLY").contains("no-auth.postman.har");
  }

  @Test
  void explainAsJsonPrintsTheCauseForTools() throws Exception {
    int code = run("explain", "--json", har("login-password.postman.har"));

    JsonNode json = new ObjectMapper().readTree(out());
    assertThat(code).isEqualTo(1);
    assertThat(json.path("cause").asText())
        .isEqualTo("LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD");
    assertThat(json.path("code").asText()).isEqualTo("WPD-401-LOGIN-PASSWORD");
  }

  @Test
  void noSecretFromAHarReachesAnyOutput() throws Exception {
    List<String> secrets = new ArrayList<>();
    secrets.add("my-normal-login-password!");
    secrets.add(
        Base64.getEncoder()
            .encodeToString("itadmin:my-normal-login-password!".getBytes(StandardCharsets.UTF_8)));
    secrets.add("aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789");
    secrets.add("4f9d0c1a2b");

    run("explain", har("login-password.postman.har"));
    run("explain", "--json", har("login-password.postman.har"));
    run("explain", har("browser-cookie-session.chromium.har"), har("no-auth.postman.har"));
    run("explain", har("no-auth.postman.har"), har("browser-cookie-session.chromium.har"));

    for (String secret : secrets) {
      assertThat(out()).doesNotContain(secret);
      assertThat(err()).doesNotContain(secret);
    }
  }

  @Test
  void checkRefusesSecretsOnTheCommandLine() {
    assertThat(
            run("check", "https://example.com", "--user", "admin", "--password", "hunter2hunter2"))
        .isEqualTo(2);
    assertThat(err())
        .contains("never taken from the command line")
        .doesNotContain("hunter2hunter2");
  }

  @Test
  void checkNeedsAnAbsoluteSiteUrlAndKnownOptions() {
    assertThat(run("check")).isEqualTo(2);
    assertThat(err()).contains("missing <site-url>");
    assertThat(run("check", "example.com")).isEqualTo(2);
    assertThat(err()).contains("must be an absolute http(s) URL");
    assertThat(run("check", "https://example.com", "--auth", "kerberos")).isEqualTo(2);
    assertThat(err()).contains("--auth must be one of").doesNotContain("kerberos");
    assertThat(run("check", "https://example.com", "--route", "wp/v2/posts")).isEqualTo(2);
    assertThat(err()).contains("--route must start with /");
  }

  @Test
  void checkWithoutTheSecretInTheEnvironmentNamesTheVariable() {
    assertThat(run("check", "https://example.com", "--user", "admin")).isEqualTo(2);
    assertThat(err()).contains("set WP_APP_PASSWORD");
    assertThat(run("check", "https://example.com", "--auth", "bearer")).isEqualTo(2);
    assertThat(err()).contains("set WP_BEARER_TOKEN");
  }
}
