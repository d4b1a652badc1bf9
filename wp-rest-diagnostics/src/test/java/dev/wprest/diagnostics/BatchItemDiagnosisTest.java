package dev.wprest.diagnostics;

import static dev.wprest.diagnostics.Fixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.Batch;
import dev.wprest.client.BatchItem;
import dev.wprest.client.ForbiddenException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Post;
import org.junit.jupiter.api.Test;

/** A failed item of a batch is diagnosed like the single call it stands for. */
@WireMockTest
class BatchItemDiagnosisTest {
  @Test
  void anItemRefusedForLackOfCapabilityIsDiagnosedAsSuch(WireMockRuntimeInfo wm) {
    WordPressClient wp =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("batch.delete-others.author.modphp"))
            .client(TestStrategies.applicationPassword());

    Batch batch = wp.batch();
    BatchItem<Deleted<Post>> delete = batch.delete(wp.posts(), 135, true);
    batch.send();

    WordPressException e = delete.failure().orElseThrow();
    assertThat(e).isInstanceOf(ForbiddenException.class);
    Diagnosis d = AuthDiagnostics.diagnose(e);
    assertThat(d.cause()).isEqualTo(LikelyCause.INSUFFICIENT_CAPABILITY);
    assertThat(d.summary())
        .as("the item's own route, not the batch's")
        .contains("DELETE")
        .contains("/wp/v2/posts/135")
        .doesNotContain("batch/v1");
    assertThat(TextRenderer.render(d)).doesNotContain(TestStrategies.APP_PASSWORD);
  }
}
