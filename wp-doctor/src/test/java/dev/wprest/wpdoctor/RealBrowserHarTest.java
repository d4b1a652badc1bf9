package dev.wprest.wpdoctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.internal.SecretForms;
import dev.wprest.diagnostics.har.HarEntry;
import dev.wprest.diagnostics.har.HarFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} on HARs that headless Chromium recorded against the real-WordPress harness
 * ({@code wordpress-it/record-hars.sh}), kept redacted in {@code fixtures/har/}: large, noisy, some
 * bodies left out, as real exports are.
 */
class RealBrowserHarTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static String fixture(String name) {
    Path path = Paths.get("..", "fixtures", "har", name + ".har");
    assertThat(path).exists();
    return path.toString();
  }

  private int run(String... args) {
    return new WpDoctor(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(List.of(args));
  }

  /** The diagnoses printed by {@code explain --json}, one JSON document each. */
  private List<JsonNode> diagnoses(String... files) throws Exception {
    List<String> args = new ArrayList<>(List.of("explain", "--json"));
    args.addAll(List.of(files));
    run(args.toArray(new String[0]));
    List<JsonNode> out = new ArrayList<>();
    MAPPER
        .readerFor(JsonNode.class)
        .readValues(this.out.toString(StandardCharsets.UTF_8))
        .forEachRemaining(n -> out.add((JsonNode) n));
    return out;
  }

  @Test
  void aLoggedInAdminSessionIsMostlyNoiseAndOnlyItsFailedRestCallsAreDiagnosed() throws Exception {
    HarFile har = HarFile.read(Paths.get(fixture("browser-admin.modphp")));
    assertThat(har.entries()).hasSizeGreaterThan(50);
    assertThat(har.entries()).anyMatch(e -> e.status() <= 0); // failed third-party requests

    List<JsonNode> found = diagnoses(fixture("browser-admin.modphp"));

    assertThat(found).hasSize(2);
    assertThat(found).allMatch(d -> d.path("cause").asText().equals("COOKIES_WITHOUT_NONCE"));
    assertThat(found.get(0).path("summary").asText()).contains("/wp/v2/users/me");
    assertThat(found.get(1).path("summary").asText()).contains("POST").contains("/wp/v2/posts");
  }

  @Test
  void responsesWhoseBodyTheHarLacksAreNotBlamedOnTheServer() throws Exception {
    int exit = run("explain", fixture("browser-admin-nobodies.modphp"));
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(exit).isEqualTo(1);
    assertThat(text)
        .contains("The recording does not hold the response body")
        .contains("WPD-401-COOKIES-WITHOUT-NONCE")
        .doesNotContain("MALFORMED")
        .doesNotContain("Content-Length")
        .doesNotContain("proxy")
        .doesNotContain("memory");
  }

  @Test
  void aBrowserSessionComparedWithBasicAndTheLoginPasswordNamesTheLoginPassword() throws Exception {
    List<JsonNode> found =
        diagnoses(fixture("browser-admin.modphp"), fixture("basic-login-password.modphp"));

    assertThat(found).hasSize(1);
    JsonNode d = found.get(0);
    assertThat(d.path("cause").asText())
        .isEqualTo("LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD");
    assertThat(d.path("summary").asText())
        .contains("Authorization: Basic")
        .contains("not shaped like an Application Password")
        .doesNotContain("no credential");
    assertThat(d.path("evidence").toString())
        .contains("Authorization Basic")
        .contains("shaped like an Application Password no");
  }

  @Test
  void aBrowserSessionComparedWithAnApplicationPasswordTheServerStripsNamesTheStrippedHeader()
      throws Exception {
    List<JsonNode> found =
        diagnoses(fixture("browser-admin.stripped"), fixture("basic-app-password.stripped"));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).path("cause").asText()).isEqualTo("AUTHORIZATION_HEADER_STRIPPED");
    assertThat(found.get(0).path("summary").asText())
        .contains("Authorization: Basic")
        .contains("shaped like an Application Password")
        .doesNotContain("not shaped");
  }

  @Test
  void bearerTokensAreToldApartByWhatAnswered() throws Exception {
    assertThat(diagnoses(fixture("bearer.jwt")))
        .singleElement()
        .satisfies(d -> assertThat(d.path("cause").asText()).isEqualTo("BEARER_TOKEN_REJECTED"));
    out.reset();
    assertThat(diagnoses(fixture("bearer-no-plugin.modphp")))
        .singleElement()
        .satisfies(d -> assertThat(d.path("cause").asText()).isEqualTo("BEARER_NOT_SUPPORTED"));
  }

  @Test
  void aWorkingApplicationPasswordSessionHasNothingToExplain() throws Exception {
    assertThat(run("explain", fixture("basic-app-password.modphp"))).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("No failed WordPress REST call");
  }

  @Test
  void theFixturesHoldNoCredentialValues() throws Exception {
    try (var files = Files.list(Paths.get("..", "fixtures", "har"))) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".har"))::iterator) {
        for (HarEntry e : HarFile.read(file).entries()) {
          e.requestHeader("x-wp-nonce").ifPresent(v -> assertThat(v).isEqualTo("REDACTED"));
          e.requestHeader("cookie")
              .ifPresent(v -> assertThat(v.replaceAll("[^;=]+=REDACTED(; )?", "")).isEmpty());
          e.requestHeader("authorization")
              .filter(v -> v.startsWith("Bearer"))
              .ifPresent(v -> assertThat(v).isEqualTo("Bearer REDACTED.REDACTED.REDACTED"));
          e.requestHeader("authorization")
              .filter(v -> v.startsWith("Basic"))
              .map(
                  v ->
                      new String(
                          Base64.getDecoder().decode(v.substring(6)), StandardCharsets.UTF_8))
              .ifPresent(
                  v -> assertThat(v).matches(".+:(XXXX( XXXX){5}|redacted login password!)"));
        }
      }
    }
  }

  /**
   * A real recording with secrets put back in: every credential the HAR holds, and an answer that
   * echoes the password, and none of them reaches the output in any form the library knows.
   */
  @Test
  void secretsInsideTheHarNeverReachTheOutput(@TempDir Path dir) throws Exception {
    String user = "itauthor";
    String password = "Zq8/pw&with=odd+chars%";
    String cookie = "itauthor%7C1767225600%7CsEcReTtOkEnVaLuE%7Cabcdef0123456789";
    String nonce = "a1b2c3d4e5";
    String har =
        Files.readString(Paths.get(fixture("browser-admin.modphp")), StandardCharsets.UTF_8)
            // the login form posted the password; the answer below echoes it
            .replace("pwd=REDACTED", "pwd=" + URLEncoder.encode(password, StandardCharsets.UTF_8))
            .replace("=REDACTED", "=" + cookie)
            .replace("\"REDACTED\"", "\"" + nonce + "\"")
            .replace("You are not currently logged in.", "Login failed for " + password);
    String login =
        Files.readString(Paths.get(fixture("basic-login-password.modphp")), StandardCharsets.UTF_8)
            .replaceAll(
                "\"Basic [A-Za-z0-9+/=]+\"",
                "\"Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))
                    + "\"");
    Path browser = Files.writeString(dir.resolve("browser.har"), har);
    Path script = Files.writeString(dir.resolve("script.har"), login);

    run("explain", browser.toString());
    run("explain", "--json", browser.toString());
    run("explain", browser.toString(), script.toString());
    run("explain", "--json", script.toString());
    String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);

    assertThat(printed).contains("WPD-401-COOKIES-WITHOUT-NONCE");
    for (String form : SecretForms.of(user, password)) {
      if (!form.equals(user)) {
        assertThat(printed).doesNotContain(form);
      }
    }
    SecretForms.of(cookie).forEach(form -> assertThat(printed).doesNotContain(form));
    SecretForms.of(nonce).forEach(form -> assertThat(printed).doesNotContain(form));
  }

  @Test
  void aPostmanCollectionWithASavedResponseIsExplainedLikeItsHar() throws Exception {
    Path collection =
        Paths.get(
            RealBrowserHarTest.class
                .getResource("/har/login-password.postman_collection.json")
                .toURI());

    List<JsonNode> found = diagnoses(collection.toString());

    assertThat(found)
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.path("cause").asText())
                    .isEqualTo("LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD"));
    for (String form : SecretForms.of("editor", "Tr0ub4dor&3-horse/battery")) {
      if (!form.equals("editor")) {
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(form);
      }
    }
  }

  @Test
  void anInsomniaExportWithoutResponsesIsAUsageErrorThatSaysWhatToExport() throws Exception {
    Path export =
        Paths.get(RealBrowserHarTest.class.getResource("/har/users-me.insomnia-v4.json").toURI());

    assertThat(run("explain", export.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Insomnia export")
        .contains("HAR")
        .doesNotContain("Tr0ub4dor");
  }
}
