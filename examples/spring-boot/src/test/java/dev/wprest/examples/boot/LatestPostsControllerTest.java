package dev.wprest.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.testing.FakeWordPress;
import dev.wprest.testing.ReceivedRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The example's controller against a fake WordPress serving recorded real answers. */
class LatestPostsControllerTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 6789";

  @Test
  void listsTheRecordedPostTitlesNewestFirstThroughTheConfiguredClient() throws Exception {
    try (FakeWordPress site = FakeWordPress.start().replay("posts.list.page1.admin.modphp");
        RunningApplication app = start(site)) {
      HttpResponse<String> response = app.get("/posts/latest?count=10");

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode titles = new ObjectMapper().readTree(response.body());
      assertThat(titles).hasSize(10);
      assertThat(titles.get(0).asText()).isEqualTo("Test post 125");
      assertThat(titles.get(1).asText()).isEqualTo("Test post 124");
      assertThat(response.body()).doesNotContain(SECRET);
      ReceivedRequest list = postsListOf(site);
      assertThat(list.query()).contains("per_page=10", "orderby=date", "order=desc");
      assertThat(list.authScheme()).isEqualTo("Basic");
    }
  }

  @Test
  void asksWordPressForAtMostItsOwnPageLimit() throws Exception {
    try (FakeWordPress site = FakeWordPress.start().replay("posts.list.page1.admin.modphp");
        RunningApplication app = start(site)) {
      assertThat(app.get("/posts/latest?count=5000").statusCode()).isEqualTo(200);
      assertThat(postsListOf(site).query()).contains("per_page=100");
    }
  }

  private static ReceivedRequest postsListOf(FakeWordPress site) {
    return site.requests().stream()
        .filter(r -> r.route().equals("/wp/v2/posts"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no posts list among " + site.requests()));
  }

  private static RunningApplication start(FakeWordPress site) {
    return RunningApplication.start(
        "wordpress.url=" + site.baseUrl(),
        "wordpress.auth.user=admin",
        "WP_APP_PASSWORD=" + SECRET,
        "wordpress.retries.max-attempts=1");
  }
}
