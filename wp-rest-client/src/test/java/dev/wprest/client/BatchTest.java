package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostStatus;
import org.junit.jupiter.api.Test;

/** {@code client.batch()} against WordPress 6.1's recorded answers to {@code POST /batch/v1}. */
@WireMockTest
class BatchTest {
  private static final String BATCH = "/wp-json/batch/v1";
  private static final String APP_PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678";

  private WordPressClient client(WireMockRuntimeInfo wm, String indexFixture) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/")).willReturn(RecordedAnswers.answer(indexFixture, wm)));
    return WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", APP_PASSWORD)).build();
  }

  private static void answerBatch(WireMockRuntimeInfo wm, ResponseDefinitionBuilder answer) {
    wm.getWireMock().register(post(urlPathEqualTo(BATCH)).willReturn(answer));
  }

  private static PostFields draft(String title) {
    return PostFields.builder().title(title).status(PostStatus.DRAFT).build();
  }

  @Test
  void createsSeveralPostsInOneRequestAndBindsEachItem(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, "index.modphp");
    answerBatch(wm, RecordedAnswers.answer("batch.create.admin.modphp", wm));

    Batch batch = wp.batch();
    BatchItem<Post> a = batch.create(wp.posts(), draft("fixture batch A"));
    BatchItem<Post> b = batch.create(wp.posts(), draft("fixture batch B"));
    BatchResult result = batch.send();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.items()).containsExactly(a, b);
    assertThat(a.status()).hasValue(201);
    assertThat(a.get().title().raw()).hasValue("fixture batch A");
    assertThat(b.get().title().raw()).hasValue("fixture batch B");
    assertThat(a.get().id()).isNotEqualTo(b.get().id());
    wm.getWireMock()
        .verifyThat(
            1,
            postRequestedFor(urlPathEqualTo(BATCH))
                .withRequestBody(
                    equalToJson(
                        "{\"validation\":\"normal\",\"requests\":["
                            + "{\"method\":\"POST\",\"path\":\"/wp/v2/posts\","
                            + "\"body\":{\"title\":\"fixture batch A\",\"status\":\"draft\"}},"
                            + "{\"method\":\"POST\",\"path\":\"/wp/v2/posts\","
                            + "\"body\":{\"title\":\"fixture batch B\",\"status\":\"draft\"}}]}")));
  }

  @Test
  void aFailingItemIsTheTypedExceptionOfASingleCallAndTheOthersSucceed(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, "index.modphp");
    answerBatch(wm, RecordedAnswers.answer("batch.mixed.admin.modphp", wm));

    Batch batch = wp.batch();
    BatchItem<Post> created = batch.create(wp.posts(), draft("fixture batch C"));
    BatchItem<Post> updated =
        batch.update(
            wp.posts(), 135, PostFields.builder().title("fixture batch A, renamed").build());
    BatchItem<Deleted<Post>> missing = batch.delete(wp.posts(), 999999, true);
    BatchResult result = batch.send();

    assertThat(created.get().title().raw()).hasValue("fixture batch C");
    assertThat(updated.status()).hasValue(200);
    assertThat(updated.get().id()).isEqualTo(135);
    assertThat(result.allSucceeded()).isFalse();
    assertThat(result.failures()).containsExactly(missing);
    assertThat(missing.state()).isEqualTo(BatchItem.State.FAILED);
    assertThat(missing.path()).isEqualTo("/wp/v2/posts/999999?force=true");
    assertThatThrownBy(missing::get)
        .isInstanceOf(NotFoundException.class)
        .hasMessageStartingWith("404 rest_post_invalid_id on DELETE ")
        .hasMessageContaining("/wp-json/wp/v2/posts/999999?force=true");
    NotFoundException e = (NotFoundException) missing.failure().orElseThrow();
    assertThat(e.code()).hasValue("rest_post_invalid_id");
    assertThat(e.exchange().status()).hasValue(404);
    assertThat(e.exchange().method()).isEqualTo("DELETE");
    assertThat(e.exchange().wordPressAnswered()).isTrue();
    assertThat(e.exchange().authScheme()).isEqualTo(AuthScheme.APPLICATION_PASSWORD);
    assertThat(e.exchange().credentialsSent()).isTrue();
    assertThat(e.site()).as("site evidence for a diagnosis").isPresent();
    wm.getWireMock()
        .verifyThat(
            1,
            postRequestedFor(urlPathEqualTo(BATCH))
                .withRequestBody(
                    equalToJson(
                        "{\"validation\":\"normal\",\"requests\":["
                            + "{\"method\":\"POST\",\"path\":\"/wp/v2/posts\","
                            + "\"body\":{\"title\":\"fixture batch C\",\"status\":\"draft\"}},"
                            + "{\"method\":\"POST\",\"path\":\"/wp/v2/posts/135\","
                            + "\"body\":{\"title\":\"fixture batch A, renamed\"}},"
                            + "{\"method\":\"DELETE\","
                            + "\"path\":\"/wp/v2/posts/999999?force=true\"}]}")));
  }

  @Test
  void anItemTheUserMayNotRunIsForbidden(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, "index.modphp");
    answerBatch(wm, RecordedAnswers.answer("batch.delete-others.author.modphp", wm));

    Batch batch = wp.batch();
    BatchItem<Deleted<Post>> delete = batch.delete(wp.posts(), 135, true);
    batch.send();

    assertThatThrownBy(delete::get)
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.code()).hasValue("rest_cannot_delete"));
  }

  @Test
  void requireAllValidateRunsNothingWhenOneItemIsInvalid(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, "index.modphp");
    answerBatch(wm, RecordedAnswers.answer("batch.require-all-validate.invalid.admin.modphp", wm));

    Batch batch = wp.batch().requireAllValidate();
    BatchItem<Post> valid = batch.create(wp.posts(), draft("fixture batch never created"));
    BatchItem<Post> invalid =
        batch.create(
            wp.posts(),
            PostFields.builder().title("x").status(PostStatus.of("not-a-status")).build());
    BatchResult result = batch.send();

    assertThat(result.validationFailed()).isTrue();
    assertThat(result.failures()).containsExactly(invalid);
    assertThat(valid.state()).isEqualTo(BatchItem.State.NOT_EXECUTED);
    assertThat(valid.status()).isEmpty();
    assertThatThrownBy(valid::get)
        .isInstanceOf(BatchNotExecutedException.class)
        .hasMessageContaining("item 1 did not validate")
        .hasMessageContaining("nothing changed");
    assertThatThrownBy(invalid::get)
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.code()).hasValue("rest_invalid_param");
              assertThat(e.getMessage()).contains("Invalid parameter(s): status");
            });
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(BATCH))
                .withRequestBody(
                    equalToJson("{\"validation\":\"require-all-validate\"}", true, true)));
  }

  @Test
  void moreRequestsThanTheSiteAcceptsAreRefusedBeforeSending(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, "index.modphp");
    Batch batch = wp.batch();
    for (int i = 0; i < 26; i++) {
      batch.create(wp.posts(), draft("too many " + i));
    }

    assertThatThrownBy(batch::send)
        .isInstanceOfSatisfying(
            BatchTooLargeException.class,
            e -> {
              assertThat(e.limit()).isEqualTo(25);
              assertThat(e.size()).isEqualTo(26);
            })
        .hasMessageContaining("maxItems of /batch/v1");
    wm.getWireMock().verifyThat(0, postRequestedFor(urlPathEqualTo(BATCH)));
  }

  @Test
  void theLimitIsTheSitesMaxItems(WireMockRuntimeInfo wm) {
    String index =
        String.format(WireMockSite.INDEX_LOCAL, wm.getHttpBaseUrl())
            .replace(
                "\"routes\":{}",
                "\"routes\":{\"/batch/v1\":{\"endpoints\":[{\"methods\":[\"POST\"],\"args\":"
                    + "{\"requests\":{\"type\":\"array\",\"maxItems\":2}}}]}}");
    wm.getWireMock()
        .register(get(urlPathEqualTo("/wp-json/")).willReturn(WireMockSite.json(200, index)));
    WordPressClient wp = WireMockSite.client(wm, AuthStrategy.none()).build();
    Batch batch = wp.batch();
    batch.delete(wp.posts(), 1, true);
    batch.delete(wp.posts(), 2, true);
    batch.delete(wp.posts(), 3, true);

    assertThatThrownBy(batch::send)
        .isInstanceOfSatisfying(
            BatchTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(2));
    wm.getWireMock().verifyThat(0, postRequestedFor(urlPathEqualTo(BATCH)));
  }

  @Test
  void theServersOwnRefusalOfTheWholeBatchIsThrownBySend(WireMockRuntimeInfo wm) {
    // An index that does not describe /batch/v1: the client assumes 25, a plugin lowered it.
    WireMockSite.stubIndex(wm);
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", APP_PASSWORD)).build();
    answerBatch(wm, RecordedAnswers.answer("batch.too-many.admin.modphp", wm));
    Batch batch = wp.batch();
    BatchItem<Post> item = batch.create(wp.posts(), draft("one"));

    assertThatThrownBy(batch::send)
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.code()).hasValue("rest_invalid_param"));
    assertThat(item.state()).isEqualTo(BatchItem.State.PENDING);
    assertThatThrownBy(item::get).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSecretEchoedInAnItemsErrorIsMasked(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, "index.modphp");
    answerBatch(
        wm,
        WireMockSite.json(
            207,
            "{\"responses\":[{\"body\":{\"code\":\"rest_invalid_param\",\"message\":\"bad "
                + APP_PASSWORD
                + "\",\"data\":{\"status\":400,\"echo\":\""
                + APP_PASSWORD
                + "\"}},\"status\":400,\"headers\":{\"X-Echo\":\""
                + APP_PASSWORD
                + "\"}}]}"));
    Batch batch = wp.batch();
    BatchItem<Post> item = batch.create(wp.posts(), draft("x"));
    batch.send();

    WordPressException e = item.failure().orElseThrow();
    assertThat(e).isInstanceOf(BadRequestException.class);
    for (String text :
        new String[] {
          e.getMessage(),
          e.toString(),
          e.exchange().toString(),
          e.exchange().bodySnippet(),
          String.valueOf(e.exchange().responseHeaders()),
          String.valueOf(((BadRequestException) e).data()),
          item.toString()
        }) {
      assertThat(text).doesNotContain(APP_PASSWORD).doesNotContain("abcdEFGH1234");
    }
  }

  @Test
  void anAnswerWithoutOneResponsePerRequestIsMalformed(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, "index.modphp");
    answerBatch(wm, RecordedAnswers.answer("batch.create.admin.modphp", wm));
    Batch batch = wp.batch();
    batch.create(wp.posts(), draft("only one"));

    assertThatThrownBy(batch::send)
        .isInstanceOfSatisfying(
            MalformedResponseException.class,
            e -> assertThat(e.problem()).isEqualTo(BodyProblem.UNEXPECTED_SHAPE))
        .hasMessageContaining("1 sent, 2 answered");
  }

  @Test
  void aBatchIsSentOnceAndNeverEmpty(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, "index.modphp");
    answerBatch(wm, RecordedAnswers.answer("batch.delete-others.author.modphp", wm));
    assertThatThrownBy(() -> wp.batch().send()).isInstanceOf(IllegalStateException.class);
    Batch batch = wp.batch();
    batch.delete(wp.posts(), 135, true);
    batch.send();
    assertThatThrownBy(batch::send).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> batch.delete(wp.posts(), 1, true))
        .isInstanceOf(IllegalStateException.class);
    WordPressClient other = WireMockSite.client(wm, AuthStrategy.none()).build();
    assertThatThrownBy(() -> wp.batch().delete(other.posts(), 1, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
