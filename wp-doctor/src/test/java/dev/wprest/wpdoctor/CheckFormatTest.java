package dev.wprest.wpdoctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.testing.ReplaySite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code check --format}: each format's output is pinned by a golden file, none holds a secret. */
class CheckFormatTest {
  private static final String LOGIN_PASSWORD = "my-normal-login-password!";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private boolean terminal;

  /** Runs check against the stand-in of a site answering a login password sent as Basic auth. */
  private String check(String... format) throws Exception {
    DemoScenario loginPassword = DemoScenarios.all().get(2);
    try (ReplaySite site = loginPassword.serve()) {
      out.reset();
      err.reset();
      List<String> args =
          new java.util.ArrayList<>(List.of("check", site.baseUrl(), "--user", "itadmin"));
      args.addAll(List.of(format));
      int code =
          new WpDoctor(
                  new PrintStream(out, true, StandardCharsets.UTF_8),
                  new PrintStream(err, true, StandardCharsets.UTF_8),
                  Map.of("WP_APP_PASSWORD", LOGIN_PASSWORD),
                  label -> Optional.empty())
              .stderrIsTerminal(() -> terminal)
              .run(args);
      assertThat(code).isEqualTo(WpDoctor.DIAGNOSED);
      return out.toString(StandardCharsets.UTF_8).replace(site.baseUrl(), "http://SITE");
    }
  }

  private static void assertGolden(String actual, String name) throws Exception {
    Path golden = Paths.get(CheckFormatTest.class.getResource("/golden/" + name).toURI());
    Path target = Paths.get("target", "golden-actual-" + name);
    Files.writeString(target, actual);
    assertThat(actual).as("compare with " + target).isEqualTo(Files.readString(golden));
  }

  @Test
  void textFormatMatchesItsGoldenFile() throws Exception {
    assertGolden(check(), "check.login-password.txt");
    assertThat(check("--format", "text")).isEqualTo(check());
  }

  @Test
  void jsonFormatMatchesItsGoldenFileAndJsonIsItsAlias() throws Exception {
    assertGolden(check("--format=json"), "check.login-password.json");
    assertThat(check("--json")).isEqualTo(check("--format", "json"));
  }

  @Test
  void markdownFormatHasTheCauseFirstCheckEvidenceTableAndProbes() throws Exception {
    String md = check("--format", "markdown");

    assertGolden(md, "check.login-password.md");
    assertThat(md)
        .startsWith("### wp-doctor: WPD-401-LOGIN-PASSWORD")
        .contains("**Check first:**")
        .contains("| Evidence | Observed |")
        .contains("| Probe | Status | Request | Finding |");
  }

  @Test
  void noFormatPrintsThePasswordInAnyEncoding() throws Exception {
    List<String> secrets =
        List.of(
            LOGIN_PASSWORD,
            "my-normal-login-password%21",
            Base64.getEncoder()
                .encodeToString(("itadmin:" + LOGIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    for (String format : List.of("text", "json", "markdown")) {
      String output = check("--format", format);
      for (String secret : secrets) {
        assertThat(output).as(format).doesNotContain(secret);
      }
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    int code =
        new WpDoctor(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Map.of(),
                label -> Optional.empty())
            .run(List.of("check", "https://example.com", "--format", "yaml"));
    assertThat(code).isEqualTo(WpDoctor.USAGE);
  }

  @Test
  void onATerminalEachProbeIsShownOnStderrAsItRuns() throws Exception {
    terminal = true;
    String report = check();

    String progress = err.toString(StandardCharsets.UTF_8);
    assertThat(progress)
        .contains("  probe index: 200 GET http://127.0.0.1")
        .contains("  probe identity: 401 GET http://127.0.0.1")
        .contains("  probe xml-rpc: 200 POST http://127.0.0.1")
        .doesNotContain(LOGIN_PASSWORD);
    assertThat(report).isEqualTo(check());
  }

  @Test
  void nothingOfTheProgressIsShownWhenPipedOrWithJson() throws Exception {
    terminal = false;
    check();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

    terminal = true;
    check("--format", "json");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    check("--json");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
