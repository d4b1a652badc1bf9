package dev.wprest.wpdoctor.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.internal.SecretForms;
import dev.wprest.client.it.WpVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code wp-doctor explain} run as a process on the HARs that headless Chromium recorded against
 * the real sites in this run ({@code wordpress-it/record-hars.sh}, which {@code .ci/run} runs
 * before the integration tests), and their redacted copies checked for every secret of the run. The
 * sessions whose answers could differ by WordPress version (a browser login, Basic with an
 * Application Password and with the login password) are recorded on 6.8 too ({@code record-hars.sh
 * 6.8}) and read the same way.
 */
class RecordedChromiumHarIT {
  private static final Path JAR = Paths.get("target", "wp-doctor.jar");
  private static final Path STATE = Paths.get(System.getProperty("wp.it.config", ""));
  private static final Path HARS = STATE.resolveSibling("har");

  /** Where {@code record-hars.sh} writes a version's HARs. */
  private static Path hars(WpVersion version) {
    return version == WpVersion.V6_8 ? STATE.resolveSibling("har-v68") : HARS;
  }

  private static Path har(String name) {
    return har(WpVersion.V6_1, name);
  }

  private static Path har(WpVersion version, String name) {
    Path file = hars(version).resolve(name + ".har");
    assertThat(file).as("wordpress-it/record-hars.sh records the HARs before the ITs").exists();
    return file;
  }

  /** Runs {@code wp-doctor explain --json <files>}; returns stdout + stderr, asserting the exit. */
  private static String explain(int exit, Path... files) throws Exception {
    assertThat(JAR).as("mvn package builds the jar before the integration tests").exists();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-jar", JAR.toString(), "explain", "--json"));
    for (Path file : files) {
      command.add(file.toString());
    }
    Path out = Files.createTempFile("wp-doctor", ".out");
    Path err = Files.createTempFile("wp-doctor", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(Paths.get("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("wp-doctor finished").isTrue();
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(out);
    Files.delete(err);
    assertThat(process.exitValue()).as(stderr).isEqualTo(exit);
    assertNoSecretOfTheRun(stdout + stderr);
    return stdout;
  }

  private static List<String> causes(String json) throws Exception {
    List<String> causes = new ArrayList<>();
    new ObjectMapper()
        .readerFor(JsonNode.class)
        .readValues(json)
        .forEachRemaining(n -> causes.add(((JsonNode) n).path("cause").asText()));
    return causes;
  }

  private static JsonNode only(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  @Test
  void aLoggedInBrowserCallingRestWithoutTheNonceIsCookiesWithoutNonce() throws Exception {
    assertThat(causes(explain(1, har("browser-admin.modphp"))))
        .containsExactly("COOKIES_WITHOUT_NONCE", "COOKIES_WITHOUT_NONCE");
  }

  @ParameterizedTest
  @EnumSource(WpVersion.class)
  void theSameSessionRecordedWithoutBodiesIsReadFromStatusAndHeaders(WpVersion version)
      throws Exception {
    String out = explain(1, har(version, "browser-admin-nobodies.modphp"));

    assertThat(causes(out)).containsExactly("COOKIES_WITHOUT_NONCE", "COOKIES_WITHOUT_NONCE");
    assertThat(out).contains("does not hold the response body").doesNotContain("MALFORMED");
  }

  @Test
  void singleFailuresAreNamedFromTheirOwnAnswers() throws Exception {
    assertThat(causes(explain(1, har("basic-login-password.modphp"))))
        .containsExactly("LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD");
    assertThat(causes(explain(1, har("bearer.jwt")))).containsExactly("BEARER_TOKEN_REJECTED");
    assertThat(causes(explain(1, har("bearer-no-plugin.modphp"))))
        .containsExactly("BEARER_NOT_SUPPORTED");
    assertThat(causes(explain(1, har("basic-app-password.stripped"))))
        .containsExactly("AUTHORIZATION_HEADER_STRIPPED");
    assertThat(explain(0, har("basic-app-password.modphp"))).isEmpty();
  }

  @Test
  void worksInTheBrowserFailsWithTheLoginPasswordAsBasic() throws Exception {
    JsonNode d = only(explain(1, har("browser-admin.modphp"), har("basic-login-password.modphp")));

    assertThat(d.path("cause").asText())
        .isEqualTo("LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD");
    assertThat(d.path("summary").asText())
        .contains("Authorization: Basic")
        .contains("not shaped like an Application Password")
        .doesNotContain("no credential of its own");
  }

  @Test
  void worksInTheBrowserFailsWithAnApplicationPasswordTheServerStrips() throws Exception {
    JsonNode d =
        only(explain(1, har("browser-admin.stripped"), har("basic-app-password.stripped")));

    assertThat(d.path("cause").asText()).isEqualTo("AUTHORIZATION_HEADER_STRIPPED");
    assertThat(d.path("summary").asText()).contains("Authorization: Basic");
  }

  @ParameterizedTest
  @EnumSource(WpVersion.class)
  void worksWithAnApplicationPasswordFailsWithTheLoginPassword(WpVersion version) throws Exception {
    JsonNode d =
        only(
            explain(
                1,
                har(version, "basic-app-password.modphp"),
                har(version, "basic-login-password.modphp")));

    assertThat(d.path("cause").asText())
        .isEqualTo("LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD");
  }

  @ParameterizedTest
  @EnumSource(WpVersion.class)
  void theRedactedCopiesHoldNoSecretOfTheRunInAnyForm(WpVersion version) throws Exception {
    Path redacted = hars(version).resolve("redacted");
    try (Stream<Path> files = Files.list(redacted)) {
      List<Path> copies = new ArrayList<>();
      files.filter(f -> f.toString().endsWith(".har")).forEach(copies::add);
      assertThat(copies).hasSizeGreaterThanOrEqualTo(version == WpVersion.V6_8 ? 3 : 8);
      for (Path copy : copies) {
        String text = Files.readString(copy, StandardCharsets.UTF_8);
        for (String form : secretFormsOfTheRun()) {
          assertThat(text).as(copy.getFileName() + " holds a secret").doesNotContain(form);
        }
      }
    }
  }

  private static void assertNoSecretOfTheRun(String printed) throws Exception {
    for (String form : secretFormsOfTheRun()) {
      assertThat(printed).as("wp-doctor printed a secret").doesNotContain(form);
    }
  }

  private static Set<String> cache;

  private static Stream<Path> list(Path dir) {
    try {
      return Files.list(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The install's passwords, Application Passwords and keys, and every cookie value (but the
   * settings and test cookies), nonce and token the recorded sessions carried, each in every form
   * {@link SecretForms} knows.
   */
  private static synchronized Set<String> secretFormsOfTheRun() throws Exception {
    if (cache != null) {
      return cache;
    }
    Set<String> forms = new LinkedHashSet<>();
    Properties props = new Properties();
    try (var in = Files.newInputStream(STATE)) {
      props.load(in);
    }
    for (String key : props.stringPropertyNames()) {
      if (key.matches(
          "user\\.[a-z]+\\.(password|app_password)|jwt\\.secret|site\\.basicauth\\.password")) {
        forms.addAll(SecretForms.of(props.getProperty(key)));
      }
    }
    // Every cookie but WordPress's own non-credentials: wp-settings-time-1 is a timestamp that
    // the page's own Date.now() cache-busters can share digits with, and no secret.
    Pattern cookieValue =
        Pattern.compile("(?:^|; )(?!wp-settings-|wordpress_test_cookie=)[^=;]+=([^;]{8,})");
    try (Stream<Path> files =
        Stream.of(WpVersion.values())
            .map(RecordedChromiumHarIT::hars)
            .filter(Files::isDirectory)
            .flatMap(RecordedChromiumHarIT::list)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".har"))::iterator) {
        JsonNode log = new ObjectMapper().readTree(file.toFile()).path("log");
        for (JsonNode entry : log.path("entries")) {
          for (JsonNode h : entry.path("request").path("headers")) {
            String name = h.path("name").asText().toLowerCase(java.util.Locale.ROOT);
            String value = h.path("value").asText();
            if (name.equals("cookie")) {
              Matcher m = cookieValue.matcher(value);
              while (m.find()) {
                forms.addAll(SecretForms.of(m.group(1)));
              }
            } else if (name.equals("x-wp-nonce") || name.equals("authorization")) {
              forms.addAll(SecretForms.of(value.replaceFirst("^(Basic|Bearer) ", "")));
            }
          }
        }
      }
    }
    // a form of a short value can be ordinary text (a 10-digit nonce is not, a 4-letter one is)
    forms.removeIf(f -> f.length() < 8);
    cache = forms;
    return forms;
  }
}
