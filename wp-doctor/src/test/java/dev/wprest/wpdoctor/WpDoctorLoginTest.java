package dev.wprest.wpdoctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code wp-doctor login} in-process, against a loopback stand-in that serves indexes recorded from
 * the real sites; the approval itself, which needs WordPress, is proven by {@code
 * WpDoctorLoginProcessIT}.
 */
class WpDoctorLoginTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<URI> opened = new ArrayList<>();
  private HttpServer site;

  @AfterEach
  void stopTheSite() {
    if (site != null) {
      site.stop(0);
    }
  }

  private int run(Predicate<URI> browser, String... args) {
    return runPasting("", browser, args);
  }

  /** With {@code stdin} as what the user types, there being no terminal. */
  private int runPasting(String stdin, Predicate<URI> browser, String... args) {
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    return new WpDoctor(new PrintStream(out, true, StandardCharsets.UTF_8), errStream)
        .browser(browser)
        .pasteReader(
            new PasteReader(
                null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), errStream))
        .run(List.of(args));
  }

  private int run(String... args) {
    return run(
        url -> {
          opened.add(url);
          return false;
        },
        args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** A stand-in serving the recorded index of a real site, moved onto its own origin. */
  private String siteServing(String fixture, String recordedAuthority) throws Exception {
    String recorded;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/wordpress/" + fixture)) {
      recorded = new ObjectMapper().readTree(in).path("response").path("body").asText();
    }
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    String origin = "127.0.0.1:" + site.getAddress().getPort();
    byte[] index =
        recorded
            .replace("127.0.0.1:" + recordedAuthority.split(":")[1], origin)
            .getBytes(StandardCharsets.UTF_8);
    site.createContext(
        "/",
        exchange -> {
          boolean isIndex = exchange.getRequestURI().getPath().startsWith("/wp-json");
          byte[] body = isIndex ? index : "<!doctype html>".getBytes(StandardCharsets.UTF_8);
          exchange
              .getResponseHeaders()
              .set("Content-Type", isIndex ? "application/json" : "text/html");
          exchange
              .getResponseHeaders()
              .set("Link", "<http://" + origin + "/wp-json/>; rel=\"https://api.w.org/\"");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
          }
        });
    site.start();
    return "http://" + origin + "/";
  }

  @Test
  void badArgumentsAreUsageErrorsThatRepeatNoValue() {
    assertThat(run("login", "https://admin:hunter2@example.com")).isEqualTo(2);
    assertThat(err()).contains("before '@'").doesNotContain("hunter2");
    assertThat(run("login", "example.com")).isEqualTo(2);
    assertThat(run("login", "https://example.com", "--timeout", "0")).isEqualTo(2);
    assertThat(run("login", "https://example.com", "--timeout", "3601")).isEqualTo(2);
    assertThat(run("login", "https://example.com", "--format", "markdown")).isEqualTo(2);
    assertThat(run("login", "https://example.com", "--app-name", " ")).isEqualTo(2);
    assertThat(err()).contains("--timeout must be between 1 and 3600", "--format must be text");
    assertThat(opened).isEmpty();
  }

  @Test
  void aSiteWithoutApplicationPasswordsIsDiagnosedBeforeAnyBrowserOpens() throws Exception {
    String url = siteServing("index.appoffsite.json", "127.0.0.1:8092");

    assertThat(run("login", url)).isEqualTo(1);

    assertThat(err()).contains("Application Passwords are unavailable");
    assertThat(opened).isEmpty();
  }

  @Test
  void opensTheAuthorizationPageAndReportsARejection() throws Exception {
    String url = siteServing("index.modphp.json", "127.0.0.1:8081");
    List<CompletableFuture<Integer>> clicks = new ArrayList<>();
    Predicate<URI> rejectingUser =
        page -> {
          opened.add(page);
          // The user clicks "No": WordPress sends the browser to reject_url.
          URI reject = URI.create(parameter(page, "reject_url"));
          clicks.add(
              HttpClient.newHttpClient()
                  .sendAsync(
                      HttpRequest.newBuilder(reject).build(),
                      HttpResponse.BodyHandlers.discarding())
                  .thenApply(HttpResponse::statusCode));
          return true;
        };

    int exit = run(rejectingUser, "login", url, "--app-name", "My app");

    assertThat(exit).isEqualTo(1);
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).toString())
        .startsWith(url + "wp-admin/authorize-application.php?app_name=My%20app&app_id=")
        .contains("&success_url=http%3A%2F%2F127.0.0.1%3A");
    assertThat(clicks.get(0).get()).isEqualTo(200);
    assertThat(err()).contains("(opened in your browser)", "rejected in the browser");
  }

  @Test
  void withNoBrowserTheUrlIsOnlyPrintedAndNoAnswerTimesOutAsJson() throws Exception {
    String url = siteServing("index.modphp.json", "127.0.0.1:8081");

    int exit = run("login", url, "--no-browser", "--timeout", "1", "--json");

    assertThat(exit).isEqualTo(1);
    assertThat(opened).isEmpty();
    assertThat(err()).contains(url + "wp-admin/authorize-application.php?");
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.path("outcome").asText()).isEqualTo("TIMED_OUT");
  }

  @Test
  void thePastePathShowsThePageWithoutCallbackExplainsAWrongPasteAndAnEmptyLineCancels()
      throws Exception {
    String url = siteServing("index.modphp.json", "127.0.0.1:8081");

    int exit =
        runPasting(
            "my login password\n\n", opened::add, "login", url, "--paste", "--user", "itauthor");

    assertThat(exit).isEqualTo(1);
    assertThat(opened).singleElement().asString().doesNotContain("success_url");
    assertThat(err())
        .contains("Path: paste the password WordPress shows (chosen explicitly)")
        .contains("(no terminal: reading standard input, which is not hidden)")
        .contains("Not accepted: that is not an Application Password")
        .contains("Try again (2 more).")
        .contains("cancelled: nothing was pasted")
        .doesNotContain("my login password");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void theLocalSiteTakesTheCallbackAndSaysWhy() throws Exception {
    String url = siteServing("index.modphp.json", "127.0.0.1:8081");

    assertThat(run("login", url, "--no-browser", "--timeout", "1")).isEqualTo(1);

    assertThat(err()).contains("Path: WordPress sends the password to 127.0.0.1 (", "local");
  }

  @Test
  void thePastePathNeedsTheUserAndExcludesTheCallback() throws Exception {
    String url = siteServing("index.modphp.json", "127.0.0.1:8081");

    assertThat(runPasting("", opened::add, "login", url, "--paste")).isEqualTo(2);
    assertThat(run("login", url, "--paste", "--callback")).isEqualTo(2);

    assertThat(err())
        .contains("the paste path needs the user who approves: --user <login>")
        .contains("--paste and --callback exclude each other");
    assertThat(opened).isEmpty();
  }

  @Test
  void shellLinesQuoteEveryValue() {
    assertThat(EnvironmentLines.line("WP_USER", "o'brien")).isEqualTo("WP_USER='o'\\''brien'");
    assertThat(EnvironmentLines.line("WP_APP_PASSWORD", "abcd efgh $(x)"))
        .isEqualTo("WP_APP_PASSWORD='abcd efgh $(x)'");
    assertThatThrownBy(() -> EnvironmentLines.line("WP USER", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(EnvironmentLines.printable("two\nlines")).isFalse();
    assertThat(EnvironmentLines.printable("wp-doctor")).isTrue();
  }

  @Test
  void aHeadlessMachineOpensNoBrowser() {
    String before = System.getProperty("java.awt.headless");
    System.setProperty("java.awt.headless", "true");
    try {
      assertThat(new BrowserLauncher().test(URI.create("https://example.com/"))).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty("java.awt.headless");
      } else {
        System.setProperty("java.awt.headless", before);
      }
    }
  }

  private static String parameter(URI url, String name) {
    for (String pair : url.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError(name + " missing");
  }
}
