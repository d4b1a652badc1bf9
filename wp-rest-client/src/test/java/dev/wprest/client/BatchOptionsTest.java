package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code batch().send(options)}: the one {@code POST /batch/v1} carries this call's options. */
@WireMockTest
class BatchOptionsTest {
  private static final String BATCH = "/wp-json/batch/v1";

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", "abcd EFGH")).build();
  }

  private Batch twoDrafts() {
    Batch batch = wp.batch();
    batch.create(wp.posts(), PostFields.builder().title("A").status(PostStatus.DRAFT).build());
    batch.create(wp.posts(), PostFields.builder().title("B").status(PostStatus.DRAFT).build());
    return batch;
  }

  @Test
  void theHeadersGoOnTheBatchRequest() {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(BATCH))
                .willReturn(RecordedAnswers.answer("batch.create.admin.modphp", wm)));

    BatchResult result =
        twoDrafts().send(RequestOptions.builder().header("X-Request-Id", "sync-7").build());

    assertThat(result.allSucceeded()).isTrue();
    wm.getWireMock()
        .verifyThat(
            1,
            postRequestedFor(urlPathEqualTo(BATCH)).withHeader("X-Request-Id", equalTo("sync-7")));
  }

  @Test
  void aShortTimeoutLeavesTheBatchsOutcomeUnknownAndItsItemsPending() {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(BATCH))
                .willReturn(
                    RecordedAnswers.answer("batch.create.admin.modphp", wm).withFixedDelay(1_000)));
    Batch batch = wp.batch();
    BatchItem<Post> item =
        batch.create(wp.posts(), PostFields.builder().title("A").status(PostStatus.DRAFT).build());

    assertThatThrownBy(
            () -> batch.send(RequestOptions.builder().timeout(Duration.ofMillis(200)).build()))
        // A POST that timed out may have run on the server: never reported as not sent.
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("batch/v1 timed out after the request may have reached the server");
    assertThat(item.state()).isEqualTo(BatchItem.State.PENDING);
    assertThatThrownBy(() -> batch.send(null)).hasMessage("options == null");
  }
}
