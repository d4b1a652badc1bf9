package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.ResponseTooLargeException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import dev.wprest.client.WpResponse;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compressed answers from Apache's mod_deflate on the {@code gzip} site, which compresses JSON only
 * for clients that ask for it (and only 200 answers: Apache leaves error bodies uncompressed, so
 * that the evidence of a failed call holds the decoded text is shown on WireMock only).
 */
class CompressionIT {
  private static final RealWordPress WP = RealWordPress.sites();

  private static WpRequest pageOf100() {
    return WpRequest.get("/wp/v2/posts").query("per_page", "100").build();
  }

  @Test
  void theClientAsksForGzipAndDecodesWhatApacheCompresses() {
    WordPressClient client = WP.client("gzip", AuthStrategy.none()).build();

    WpResponse response = client.execute(pageOf100());

    assertThat(response.header("Content-Encoding")).hasValue("gzip");
    assertThat(response.json().size()).isEqualTo(100);
    List<Post> posts = client.posts().list(PostQuery.builder().perPage(100).build()).items();
    assertThat(posts).hasSize(100);
    assertThat(posts.get(0).title().rendered()).startsWith("Test post ");
  }

  @Test
  void switchedOffTheSameSiteAnswersUncompressed() {
    WordPressClient client = WP.client("gzip", AuthStrategy.none()).acceptGzip(false).build();

    WpResponse response = client.execute(pageOf100());

    assertThat(response.header("Content-Encoding")).isEmpty();
    assertThat(response.json().size()).isEqualTo(100);
  }

  @Test
  void theSizeLimitHoldsForTheDecodedBody() {
    // A page of 100 posts is well over 32 KiB as JSON, and well under it compressed.
    WordPressClient unlimited = WP.client("gzip", AuthStrategy.none()).acceptGzip(false).build();
    int decoded = unlimited.execute(pageOf100()).body().length;
    assertThat(decoded).isGreaterThan(4 * 32 * 1024);
    WordPressClient client =
        WP.client("gzip", AuthStrategy.none())
            // the site is known already: the limit is for the page, not the (larger) index
            .siteInfo(unlimited.siteInfo())
            .maxResponseBytes(32 * 1024)
            .build();

    Throwable t = catchThrowable(() -> client.execute(pageOf100()));

    assertThat(t).as("%s", t).isInstanceOf(ResponseTooLargeException.class);
    ResponseTooLargeException e = (ResponseTooLargeException) t;
    assertThat(e.exchange().header("Content-Encoding")).hasValue("gzip");
    assertThat(e.exchange().status()).hasValue(200);
  }
}
