package dev.wprest.wpdoctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as its users meet it: every command's help and version, both option spellings,
 * typo suggestions, the completion script, and errors that name what is wrong without repeating a
 * value that may be a secret.
 */
class WpDoctorCommandLineTest {
  private static final String SECRET = "S3cret-Pa55word";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return new WpDoctor(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            label -> Optional.empty())
        .run(List.of(args));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String har(String name) throws Exception {
    return Paths.get(WpDoctorCommandLineTest.class.getResource("/har/" + name).toURI()).toString();
  }

  @Test
  void everyCommandHasAHelpWithOptionDescriptionsAndTheExitCodes() {
    for (String command : List.of("check", "explain", "demo", "explain-code")) {
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out())
          .as(command)
          .startsWith("Usage: wp-doctor " + command)
          .contains("Show this help message and exit.")
          .contains(
              "Exit codes:\n  0  nothing wrong found\n  1  a problem was diagnosed\n"
                  + "  2  usage error: bad arguments or an unusable file\n  3  site unreachable\n"
                  + "  4  internal error (a bug, or out of memory): please report it");
    }
    run("check", "--help");
    assertThat(out())
        .contains("--user=<name>")
        .contains("The WordPress user name or e-mail")
        .containsPattern("application-password,\\s+cookie, bearer, none")
        .contains("--trust-cert=<file.pem>")
        .contains("WP_APP_PASSWORD")
        .doesNotContain("--password");
    assertThat(run("--help")).isZero();
    assertThat(out())
        .contains("check")
        .contains("explain-code")
        .contains("generate-completion")
        .contains("3  site unreachable");
  }

  @Test
  void versionNamesTheProjectAndTheJavaRuntimeOnEveryCommand() {
    for (String[] args :
        List.of(
            new String[] {"--version"},
            new String[] {"check", "--version"},
            new String[] {"explain", "-V"})) {
      assertThat(run(args)).isZero();
      assertThat(out())
          .containsPattern("wp-doctor \\d+\\.\\d+\\.\\d+")
          .contains("Java " + System.getProperty("java.version"));
    }
  }

  @Test
  void optionsTakeTheirValueAfterAnEqualsSignOrASpace() {
    assertThat(run("check", "https://example.com", "--user=admin")).isEqualTo(2);
    assertThat(err()).contains("set WP_APP_PASSWORD");
    assertThat(run("check", "https://example.com", "--auth=bearer")).isEqualTo(2);
    assertThat(err()).contains("set WP_BEARER_TOKEN");
    assertThat(run("check", "--route=wp/v2/posts", "https://example.com")).isEqualTo(2);
    assertThat(err()).contains("--route must start with /");
    assertThat(run("check", "--route", "wp/v2/posts", "https://example.com")).isEqualTo(2);
    assertThat(err()).contains("--route must start with /");
  }

  @Test
  void aMistypedCommandOrOptionGetsASuggestion() {
    assertThat(run("chek")).isEqualTo(2);
    assertThat(err()).contains("did you mean: check?");
    assertThat(run("check", "https://example.com", "--jsn")).isEqualTo(2);
    assertThat(err()).contains("unknown option --jsn").contains("did you mean: --json?");
  }

  @Test
  void aSecretOptionIsRefusedByNameInEitherSpelling() {
    for (String[] args :
        List.of(
            new String[] {"check", "https://example.com", "--password=" + SECRET},
            new String[] {"check", "https://example.com", "--token", SECRET},
            new String[] {"check", "https://example.com", "--app-password=" + SECRET},
            new String[] {"explain", "--password=" + SECRET, "x.har"},
            new String[] {"--password=" + SECRET})) {
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err())
          .as(String.join(" ", args))
          .containsPattern("--(app-)?password|--token")
          .doesNotContain(SECRET);
      assertThat(out()).doesNotContain(SECRET);
    }
  }

  @Test
  void aStrayArgumentOrAShortOptionWithItsValueIsNeverEchoed() {
    assertThat(run("check", "https://example.com", SECRET)).isEqualTo(2);
    assertThat(err()).contains("unexpected argument (not shown").doesNotContain(SECRET);
    assertThat(run(SECRET)).isEqualTo(2);
    assertThat(err()).contains("unknown command (not shown").doesNotContain(SECRET);
    assertThat(run("check", "https://example.com", "-p" + SECRET)).isEqualTo(2);
    assertThat(err()).doesNotContain(SECRET);
    assertThat(run("check", "https://example.com", "--user", "a", "--user", SECRET)).isEqualTo(2);
    assertThat(err()).contains("option --user given twice").doesNotContain(SECRET);
    assertThat(run("check", "@" + SECRET)).isEqualTo(2);
    assertThat(err()).doesNotContain(SECRET);
    assertThat(run("explain-code", SECRET)).isEqualTo(2);
    assertThat(err()).contains("no such code (not shown)").doesNotContain(SECRET);
  }

  @Test
  void aSiteUrlWithUserinfoIsRefusedWithoutShowingIt() {
    for (String url :
        List.of(
            "https://admin:" + SECRET + "@example.com/",
            "https://admin%3A" + SECRET + "@example.com",
            "admin:" + SECRET + "@example.com")) {
      assertThat(run("check", url)).as(url).isEqualTo(2);
      assertThat(err()).as(url).doesNotContain(SECRET);
    }
    run("check", "https://admin:" + SECRET + "@example.com/");
    assertThat(err()).contains("holds a user name or password before '@'");
  }

  @Test
  void aCurlStyleUserWithPasswordIsRefusedWithAClearMessage() {
    assertThat(run("check", "https://example.com", "--user", "editor:" + SECRET)).isEqualTo(2);
    assertThat(err())
        .contains("--user takes the user name only")
        .contains("user:password")
        .contains("WP_APP_PASSWORD")
        .doesNotContain(SECRET)
        .doesNotContain("editor:");
  }

  @Test
  void anUnusableTrustCertIsAUsageErrorWithTheReason(@TempDir Path dir) throws Exception {
    Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate\n" + SECRET);
    assertThat(run("check", "https://example.com", "--trust-cert", garbage.toString()))
        .isEqualTo(2);
    assertThat(err())
        .contains("--trust-cert garbage.pem: holds no PEM certificate")
        .doesNotContain(SECRET)
        .doesNotContain("Exception");

    assertThat(run("check", "https://example.com", "--trust-cert=" + dir.resolve("none.pem")))
        .isEqualTo(2);
    assertThat(err()).contains("--trust-cert none.pem: does not exist");

    assertThat(run("check", "https://example.com", "--trust-cert", dir.toString())).isEqualTo(2);
    assertThat(err()).contains("is a directory, not a file");
  }

  @Test
  void explainNamesTheFileAndTheReasonOfEveryFileProblemWithExitTwo(@TempDir Path dir)
      throws Exception {
    assertThat(run("explain", dir.resolve("missing.har").toString())).isEqualTo(2);
    assertThat(err()).contains("missing.har does not exist");

    assertThat(run("explain", dir.toString())).isEqualTo(2);
    assertThat(err()).contains(dir + " is a directory, not a file");

    Path broken =
        Files.writeString(dir.resolve("broken.har"), "{\"log\": {\"entries\": [" + SECRET);
    assertThat(run("explain", broken.toString())).isEqualTo(2);
    assertThat(err())
        .contains("broken.har is not JSON, so no HAR (the JSON breaks at line 1")
        .doesNotContain(SECRET)
        .doesNotContain("Unrecognized");

    Path notHar = Files.writeString(dir.resolve("posts.json"), "[{\"id\":1}]");
    assertThat(run("explain", har("no-auth.postman.har"), notHar.toString())).isEqualTo(2);
    assertThat(err()).contains("posts.json is JSON but no HAR: it has no log.entries list");

    Path empty = Files.writeString(dir.resolve("empty.har"), "");
    assertThat(run("explain", empty.toString())).isEqualTo(2);
    assertThat(err()).contains("empty.har is JSON but no HAR");

    assertThat(run("explain", "a.har", "b.har", "c.har")).isEqualTo(2);
    assertThat(err()).contains("unexpected argument");
  }

  /** Apart from the others: root reads any file, so as root there is nothing to refuse. */
  @Test
  void explainNamesAnUnreadableFileWithExitTwo(@TempDir Path dir) throws Exception {
    Path locked = Files.writeString(dir.resolve("locked.har"), "{}");
    boolean posix = Files.getFileStore(locked).supportsFileAttributeView("posix");
    assumeTrue(posix, "permissions need a POSIX file system");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(locked), "running as a user who reads any file (root)");
    assertThat(run("explain", locked.toString())).isEqualTo(2);
    assertThat(err()).contains("locked.har cannot be read (permission denied)");
  }

  @Test
  void explainCodePrintsTheTroubleshootingEntryOffline() {
    assertThat(run("explain-code", "wpd-401-header-stripped")).isZero();
    assertThat(out())
        .startsWith(
            "WPD-401-HEADER-STRIPPED: The Authorization header never reached WordPress\n"
                + "Cause AUTHORIZATION_HEADER_STRIPPED, stage identity.\n")
        .contains("Check first: Check whether the web server forwards the Authorization header")
        .contains("Not yet:\n  - Do not regenerate or revoke the Application Password yet");
  }

  @Test
  void theTextOutputPointsToExplainCodeInsteadOfARepositoryPath() throws Exception {
    assertThat(run("explain", har("login-password.postman.har"))).isEqualTo(1);
    assertThat(out())
        .contains("run `wp-doctor explain-code WPD-401-LOGIN-PASSWORD`")
        .doesNotContain("docs/troubleshooting.md");
  }

  @Test
  void generatesABashCompletionScriptThatKnowsTheCommandsOptionsAndCodes() {
    assertThat(run("generate-completion")).isZero();
    assertThat(out())
        .contains("complete -F _complete_wp-doctor")
        .contains("check")
        .contains("explain-code")
        .contains("--trust-cert")
        .contains("application-password")
        .contains("WPD-401-HEADER-STRIPPED");
  }

  @Test
  void theReadmeShowsTheHelpAsItIs() throws Exception {
    assertThat(run("--help")).isZero();
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains("$ java -jar wp-doctor/target/wp-doctor.jar --help\n" + out());
  }
}
