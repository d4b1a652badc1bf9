package dev.wprest.examples.doctor;

import static org.assertj.core.api.Assertions.assertThat;

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
}
