package dev.wprest.wpdoctor.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.it.BrowserApproval;
import dev.wprest.client.it.RealWordPress;
import dev.wprest.client.it.WpVersion;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code wp-doctor login} run as a process against the real sites, with a test driver in the role
 * of the user's browser: it reads the authorization URL wp-doctor prints, logs in to WordPress as a
 * real user and submits WordPress's own form, whose redirect reaches wp-doctor's loopback port.
 */
class WpDoctorLoginProcessIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final Path JAR = Paths.get("target", "wp-doctor.jar");
  private static final Pattern ENV_PASSWORD = Pattern.compile("(?m)^WP_APP_PASSWORD='([^']+)'$");

  private final String appName =
      "wp-doctor login IT " + UUID.randomUUID().toString().substring(0, 8);

  /** A running wp-doctor whose stderr is read line by line as it comes. */
  private static final class Running {
    final Process process;
    final Path out;
    final BlockingQueue<String> errLines = new LinkedBlockingQueue<>();
    final List<String> errSoFar = new ArrayList<>();

    Running(Process process, Path out) {
      this.process = process;
      this.out = out;
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader err =
                    new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                  for (String line = err.readLine(); line != null; line = err.readLine()) {
                    errLines.add(line);
                  }
                } catch (java.io.IOException ignored) {
                  // the process ended
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    /** The authorization URL, as the user reads it from the terminal. */
    URI authorizationUrl(String site) throws InterruptedException {
      return authorizationUrl(WP, site);
    }

    URI authorizationUrl(RealWordPress wp, String site) throws InterruptedException {
      String prefix = wp.url(site) + "wp-admin/authorize-application.php?";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        String line = errLines.poll(1, TimeUnit.SECONDS);
        if (line == null) {
          assertThat(process.isAlive() && System.nanoTime() < deadline)
              .as("wp-doctor is still waiting to print the URL; so far: " + errSoFar)
              .isTrue();
          continue;
        }
        errSoFar.add(line);
        if (line.startsWith(prefix)) {
          return URI.create(line);
        }
      }
    }

    Finished finish() throws Exception {
      assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("wp-doctor finished").isTrue();
      Thread.sleep(100);
      errLines.drainTo(errSoFar);
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      Files.delete(out);
      return new Finished(process.exitValue(), stdout, String.join("\n", errSoFar));
    }
  }

  /** A finished wp-doctor. */
  private static final class Finished {
    final int exit;
    final String out;
    final String err;

    Finished(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }
  }

  private static Running start(String... args) throws Exception {
    assertThat(JAR).as("mvn package builds the jar before the integration tests").exists();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Djava.awt.headless=true");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("WP_APP_PASSWORD");
    Path out = Files.createTempFile("wp-doctor-login", ".out");
    // stdin is a pipe, as from a script: what the user pastes where there is no terminal.
    Process process = builder.redirectOutput(out.toFile()).start();
    return new Running(process, out);
  }

  private static WordPressClient author() {
    return WP.client("modphp", WP.appPasswordAuth("author")).build();
  }

  /** Keeps the harness clean for the other tests. */
  @AfterEach
  void deleteThePasswordsThisTestCreated() {
    author().applicationPasswords("me").list().stream()
        .filter(p -> appName.equals(p.name()))
        .forEach(p -> author().applicationPasswords("me").delete(p.uuid()));
  }

  @Test
  void anApprovedRequestPrintsACheckedCredentialForTheShellWhenAsked() throws Exception {
    Running doctor =
        start(
            "login",
            WP.url("modphp"),
            "--no-browser",
            "--show-secret",
            "--app-name",
            appName,
            "--timeout",
            "60");
    URI url = doctor.authorizationUrl("modphp");
    BrowserApproval browser = BrowserApproval.loggedIn(WP, "modphp", "author");
    URI redirect = browser.approve(browser.open(url));
    assertThat(BrowserApproval.follow(redirect)).isEqualTo(200);
    Finished run = doctor.finish();

    assertThat(run.exit).as(run.out + run.err).isEqualTo(0);
    assertThat(run.out)
        .contains("# " + WP.login("author") + " approved the Application Password \"" + appName)
        .contains("# checked with the doctor: it works")
        .contains("WP_USER='" + WP.login("author") + "'")
        .contains("WP_BASE_URL='" + WP.url("modphp") + "'");
    Matcher password = ENV_PASSWORD.matcher(run.out);
    assertThat(password.find()).as(run.out).isTrue();
    assertThat(run.err).doesNotContain(password.group(1));
    WordPressClient withIt =
        WP.client("modphp", AuthStrategy.applicationPassword(WP.login("author"), password.group(1)))
            .build();
    assertThat(withIt.users().me().id()).isEqualTo(Long.parseLong(WP.get("user.author.id")));
  }

  @Test
  void withoutShowSecretThePasswordAppearsNowhereAndJsonSaysItWorks() throws Exception {
    Running doctor =
        start("login", WP.url("modphp"), "--no-browser", "--app-name", appName, "--json");
    URI url = doctor.authorizationUrl("modphp");
    BrowserApproval browser = BrowserApproval.loggedIn(WP, "modphp", "author");
    URI redirect = browser.approve(browser.open(url));
    String secret = passwordIn(redirect);
    assertThat(BrowserApproval.follow(redirect)).isEqualTo(200);
    Finished run = doctor.finish();

    assertThat(run.exit).as(run.out + run.err).isEqualTo(0);
    assertThat(run.out).doesNotContain(secret);
    assertThat(run.err).doesNotContain(secret).contains("--show-secret");
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.path("outcome").asText()).isEqualTo("APPROVED");
    assertThat(json.path("ok").asBoolean()).isTrue();
    assertThat(json.path("user_login").asText()).isEqualTo(WP.login("author"));
    assertThat(json.path("check").path("cause").asText()).isEqualTo("OK");
    assertThat(json.has("password")).isFalse();
  }

  @Test
  void aRejectionInTheBrowserExits1AndCreatesNothing() throws Exception {
    Running doctor = start("login", WP.url("modphp"), "--no-browser", "--app-name", appName);
    URI url = doctor.authorizationUrl("modphp");
    BrowserApproval browser = BrowserApproval.loggedIn(WP, "modphp", "author");
    assertThat(BrowserApproval.follow(browser.reject(browser.open(url)))).isEqualTo(200);
    Finished run = doctor.finish();

    assertThat(run.exit).as(run.out + run.err).isEqualTo(1);
    assertThat(run.err).contains("rejected in the browser");
    assertThat(author().applicationPasswords("me").list()).noneMatch(p -> appName.equals(p.name()));
  }

  @Test
  void noAnswerBeforeTheTimeoutExits1() throws Exception {
    Running doctor =
        start("login", WP.url("modphp"), "--no-browser", "--app-name", appName, "--timeout", "1");
    Finished run = doctor.finish();

    assertThat(run.exit).as(run.out + run.err).isEqualTo(1);
    assertThat(run.err).contains("no answer within 1 s");
  }

  @ParameterizedTest
  @EnumSource(WpVersion.class)
  void onAProductionHttpsSiteThePastedPasswordIsCheckedAndPrinted(WpVersion version)
      throws Exception {
    RealWordPress wp = RealWordPress.sites(version);
    Running doctor =
        start(
            "login",
            wp.url("https"),
            "--trust-cert",
            wp.get("site.https.cert"),
            "--no-browser",
            "--show-secret",
            "--user",
            wp.login("author"),
            "--app-name",
            appName,
            "--timeout",
            "60");
    URI url = doctor.authorizationUrl(wp, "https");
    assertThat(url.getRawQuery()).doesNotContain("success_url");
    BrowserApproval browser = BrowserApproval.loggedIn(wp, "https", "author");
    String shown = browser.approveWithScript(browser.open(url));
    try (Writer user = new OutputStreamWriter(doctor.process.getOutputStream(), UTF_8)) {
      user.write(shown + "\n");
    }
    Finished run = doctor.finish();

    try {
      assertThat(run.exit).as(run.out + run.err).isEqualTo(0);
      assertThat(run.err)
          .contains("Path: paste the password WordPress shows (over https")
          .contains("(no terminal: reading standard input, which is not hidden)")
          .doesNotContain(shown);
      assertThat(run.out)
          .contains("# checked with the doctor: it works")
          .contains("WP_USER='" + wp.login("author") + "'")
          .contains("WP_BASE_URL='" + wp.url("https") + "'");
      Matcher password = ENV_PASSWORD.matcher(run.out);
      assertThat(password.find()).as(run.out).isTrue();
      WordPressClient withIt =
          wp.client(
                  "https", AuthStrategy.applicationPassword(wp.login("author"), password.group(1)))
              .build();
      assertThat(withIt.users().me().id()).isEqualTo(Long.parseLong(wp.get("user.author.id")));
    } finally {
      WordPressClient author = wp.client("https", wp.appPasswordAuth("author")).build();
      author.applicationPasswords("me").list().stream()
          .filter(p -> appName.equals(p.name()))
          .forEach(p -> author.applicationPasswords("me").delete(p.uuid()));
    }
  }

  @Test
  void sitesWithoutApplicationPasswordsExit1BeforeAnyBrowser() throws Exception {
    Finished production = start("login", WP.url("production"), "--no-browser").finish();
    Finished switchedOff = start("login", WP.url("appoffsite"), "--no-browser").finish();

    assertThat(production.exit).as(production.err).isEqualTo(1);
    assertThat(production.err)
        .contains("WP_ENVIRONMENT_TYPE")
        .doesNotContain("authorize-application");
    assertThat(switchedOff.exit).as(switchedOff.err).isEqualTo(1);
    assertThat(switchedOff.err).contains("wp_is_application_passwords_available");
  }

  private static String passwordIn(URI redirect) {
    for (String pair : redirect.getRawQuery().split("&")) {
      if (pair.startsWith("password=")) {
        return URLDecoder.decode(pair.substring("password=".length()), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no password in the redirect");
  }
}
