package dev.wprest.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The replaying server answers exactly what was recorded, origins moved as a client needs. */
class ReplaySiteTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(ReplaySite site, String pathAndQuery) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(site.baseUrl() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersTheRecordingWithItsOwnOriginMovedOntoTheServer() throws Exception {
    try (ReplaySite site = ReplaySite.start().mount("GET", "/wp-json/", "index.modphp")) {
      HttpResponse<String> index = get(site, "/wp-json/");

      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(index.body())
          .contains(site.baseUrl().replace("/", "\\/"))
          .doesNotContain("127.0.0.1:8081");
      assertThat(index.headers().firstValue("Link"))
          .hasValueSatisfying(link -> assertThat(link).contains(site.baseUrl() + "/wp-json/"));
    }
  }

  @Test
  void aRedirectToAnotherRecordingSiteStaysOnAnotherOrigin() throws Exception {
    try (ReplaySite site =
        ReplaySite.start().mount("GET", "/wp-json/wp/v2/users/me", "redirect.get.users-me")) {
      HttpResponse<String> redirect = get(site, "/wp-json/wp/v2/users/me");

      int port = URI.create(site.baseUrl()).getPort();
      assertThat(redirect.statusCode()).isEqualTo(301);
      assertThat(redirect.headers().firstValue("Location"))
          .hasValue("http://localhost:" + port + "/wp-json/wp/v2/users/me");
    }
  }

  @Test
  void aQueryInAnotherOrderFindsThePathsAnswerAndNothingElseIsInvented() throws Exception {
    try (ReplaySite site =
        ReplaySite.start().mount("GET", "/wp-json/wp/v2/posts?page=1", "posts.list.page1.modphp")) {
      assertThat(get(site, "/wp-json/wp/v2/posts?per_page=10&page=1").statusCode()).isEqualTo(200);
      HttpResponse<String> unmounted = get(site, "/wp-json/wp/v2/users/me");
      assertThat(unmounted.statusCode()).isEqualTo(599);
      assertThat(unmounted.body()).contains("no recorded answer for GET /wp-json/wp/v2/users/me");
    }
  }

  @Test
  void aRecordingMountsAtItsOwnRequestAndRequestsAreCounted() throws Exception {
    try (ReplaySite site = ReplaySite.start().mount("users-me.basic-valid.admin.modphp")) {
      assertThat(get(site, "/wp-json/wp/v2/users/me").body()).contains("\"id\":1");
      get(site, "/wp-json/wp/v2/users/me?context=edit");

      assertThat(site.requests())
          .containsExactly(
              "GET /wp-json/wp/v2/users/me", "GET /wp-json/wp/v2/users/me?context=edit");
    }
  }

  @Test
  void anUnknownRecordingIsRefusedWhenMounted() {
    try (ReplaySite site = ReplaySite.start()) {
      assertThatThrownBy(() -> site.mount("GET", "/", "no-such-recording"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no-such-recording");
    }
  }
}
