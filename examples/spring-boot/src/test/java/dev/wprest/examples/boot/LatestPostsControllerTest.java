package dev.wprest.examples.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@WireMockTest
class LatestPostsControllerTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 6789";

  @Test
  void listsTheRecordedPostTitlesNewestFirstThroughTheConfiguredClient(WireMockRuntimeInfo wm)
      throws Exception {
    RecordedSite site =
        new RecordedSite(wm).serve("index.modphp").serve("posts.list.page1.admin.modphp");

    try (RunningApplication app = start(site)) {
      HttpResponse<String> response = app.get("/posts/latest?count=10");

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode titles = new ObjectMapper().readTree(response.body());
      assertThat(titles).hasSize(10);
      assertThat(titles.get(0).asText()).isEqualTo("Test post 125");
      assertThat(titles.get(1).asText()).isEqualTo("Test post 124");
      assertThat(response.body()).doesNotContain(SECRET);
    }
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .withQueryParam("per_page", equalTo("10"))
                .withQueryParam("orderby", equalTo("date"))
                .withQueryParam("order", equalTo("desc"))
                .withHeader("Authorization", matching("Basic .+")));
  }

  @Test
  void asksWordPressForAtMostItsOwnPageLimit(WireMockRuntimeInfo wm) throws Exception {
    RecordedSite site =
        new RecordedSite(wm).serve("index.modphp").serve("posts.list.page1.admin.modphp");

    try (RunningApplication app = start(site)) {
      assertThat(app.get("/posts/latest?count=5000").statusCode()).isEqualTo(200);
    }
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .withQueryParam("per_page", equalTo("100")));
  }

  private static RunningApplication start(RecordedSite site) {
    return RunningApplication.start(
        "wordpress.url=" + site.url(),
        "wordpress.auth.user=admin",
        "WP_APP_PASSWORD=" + SECRET,
        "wordpress.retries.max-attempts=1");
  }
}
