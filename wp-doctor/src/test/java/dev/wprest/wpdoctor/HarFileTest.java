package dev.wprest.wpdoctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.diagnostics.har.HarEntry;
import dev.wprest.diagnostics.har.HarFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarFileTest {
  private static Path har(String name) throws Exception {
    return Paths.get(HarFileTest.class.getResource("/har/" + name).toURI());
  }

  @Test
  void readsChromiumDevtoolsExports() throws Exception {
    HarFile har = HarFile.read(har("browser-cookie-session.chromium.har"));

    assertThat(har.creator()).isEqualTo("WebInspector");
    HarEntry entry = har.entries().get(0);
    assertThat(entry.restRoute()).contains("/wp/v2/users/me");
    assertThat(entry.status()).isEqualTo(200);
    assertThat(entry.requestHeader("X-WP-Nonce")).isPresent();
    assertThat(entry.wordPressCookieNames()).contains("wordpress_logged_in_5c9b1f2e");
  }

  @Test
  void readsPostmanExports() throws Exception {
    HarFile har = HarFile.read(har("no-auth.postman.har"));

    assertThat(har.creator()).isEqualTo("Postman");
    assertThat(har.entries().get(0).status()).isEqualTo(401);
    assertThat(new String(har.entries().get(0).responseBody(), StandardCharsets.UTF_8))
        .contains("rest_not_logged_in");
  }

  @Test
  void decodesBase64BodiesDropsPseudoHeadersAndFindsRestRouteQueries(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("h2.har");
    Files.writeString(
        file,
        "{\"log\":{\"creator\":{\"name\":\"WebInspector\"},\"entries\":[{\"request\":{\"method\":\"get\","
            + "\"url\":\"https://example.com/?rest_route=%2Fwp%2Fv2%2Fposts&page=2\",\"headers\":["
            + "{\"name\":\":authority\",\"value\":\"example.com\"},{\"name\":\"accept\",\"value\":\"*/*\"}]},"
            + "\"response\":{\"status\":403,\"headers\":[],\"content\":{\"encoding\":\"base64\","
            + "\"text\":\"eyJjb2RlIjoieCJ9\"}}},"
            + "{\"request\":{\"method\":\"GET\",\"url\":\"data:image/png;base64,AAAA\"},\"response\":{}}]}}");

    HarFile har = HarFile.read(file);

    HarEntry entry = har.entries().get(0);
    assertThat(entry.method()).isEqualTo("GET");
    assertThat(entry.restRoute()).contains("/wp/v2/posts");
    assertThat(entry.requestHeaders()).containsOnlyKeys("accept");
    assertThat(new String(entry.responseBody(), StandardCharsets.UTF_8))
        .isEqualTo("{\"code\":\"x\"}");
  }

  @Test
  void aJsonFileThatIsNoHarIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.har");
    Files.writeString(file, "{\"posts\":[]}");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HarFile.read(file))
        .hasMessage("is JSON but no HAR: it has no log.entries list");
  }

  private static HarFile oneEntry(Path dir, String url, String response) throws Exception {
    Path file = dir.resolve("one.har");
    Files.writeString(
        file,
        "{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\""
            + url
            + "\",\"headers\":[]},\"response\":"
            + response
            + "}]}}");
    return HarFile.read(file);
  }

  @Test
  void aBodyTheBrowserDidNotKeepIsNotRecordedWhileAnEmptyAnswerIs(@TempDir Path dir)
      throws Exception {
    String url = "https://example.com/wp-json/wp/v2/users/me";
    assertThat(
            oneEntry(dir, url, "{\"status\":401,\"headers\":[],\"content\":{\"size\":-1}}")
                .entries()
                .get(0)
                .bodyRecorded())
        .isFalse();
    assertThat(
            oneEntry(
                    dir,
                    url,
                    "{\"status\":401,\"headers\":[],\"content\":{\"size\":96,\"mimeType\":\"application/json\"}}")
                .entries()
                .get(0)
                .bodyRecorded())
        .isFalse();
    assertThat(
            oneEntry(
                    dir,
                    url,
                    "{\"status\":401,\"headers\":[],\"content\":{\"size\":0,\"text\":\"\"}}")
                .entries()
                .get(0)
                .bodyRecorded())
        .isTrue();
    assertThat(
            oneEntry(dir, url, "{\"status\":204,\"headers\":[],\"content\":{\"size\":-1}}")
                .entries()
                .get(0)
                .bodyRecorded())
        .isTrue();
    assertThat(
            oneEntry(
                    dir,
                    url,
                    "{\"status\":401,\"headers\":[{\"name\":\"Content-Length\",\"value\":\"0\"}],\"content\":{}}")
                .entries()
                .get(0)
                .bodyRecorded())
        .isTrue();
  }

  @Test
  void aRestCallUnderAMovedApiRootIsFoundByItsLinkHeaderAndPagesAreNot(@TempDir Path dir)
      throws Exception {
    String link =
        "{\"status\":401,\"headers\":[{\"name\":\"Link\",\"value\":"
            + "\"<https://example.com/api/>; rel=\\\"https://api.w.org/\\\"\"}],\"content\":{\"text\":\"{}\"}}";

    HarEntry moved = oneEntry(dir, "https://example.com/api/wp/v2/users/me", link).entries().get(0);
    HarEntry home = oneEntry(dir, "https://example.com/", link).entries().get(0);

    assertThat(moved.isRestCall()).isTrue();
    assertThat(moved.restRoute()).contains("/wp/v2/users/me");
    assertThat(home.isRestCall()).isFalse();
  }
}
