package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class FieldsPresentTest {
  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  @Test
  void aFieldsAnswerTellsTheRequestedFieldsFromTheOnesWordPressLeftOut() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .willReturn(RecordedAnswers.answer("posts.single.fields.modphp", wm)));

    Post post = wp.posts().get(4, PostQuery.builder().fields("id", "title", "slug").build());

    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .withQueryParam("_fields", equalTo("id,title,slug")));
    assertThat(post.fieldsPresent()).containsExactlyInAnyOrder("id", "title", "slug");
    assertThat(post.has("title")).isTrue();
    assertThat(post.title().rendered()).isEqualTo("Test post 001");
    assertThat(post.has("content")).isFalse();
    assertThat(post.content().rendered()).isEmpty();
    assertThat(post.has("author")).isFalse();
    assertThat(post.author()).isZero();
  }

  @Test
  void aFullAnswerHasEveryFieldItCarriedEvenTheEmptyOnes() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .willReturn(RecordedAnswers.answer("posts.single.modphp", wm)));

    Post post = wp.posts().get(4);

    assertThat(post.fieldsPresent())
        .contains("id", "title", "content", "author", "featured_media", "tags", "_links");
    // Sent, but empty: present all the same, unlike a field _fields left out.
    assertThat(post.featuredMedia()).isEmpty();
    assertThat(post.has("featured_media")).isTrue();
    assertThat(post.template()).isEmpty();
    assertThat(post.has("template")).isTrue();
    assertThat(post.has("parent")).isFalse();
  }

  @Test
  void thePresenceIsRecordedWithABareMapperAndInsideLists() throws Exception {
    String body = RecordedAnswers.body("posts.single.fields.modphp", wm);
    ObjectMapper bare = new ObjectMapper();

    Post single = bare.readValue(body, Post.class);
    List<Post> listed = bare.readValue("[" + body + "]", new TypeReference<List<Post>>() {});
    User user = bare.readValue("{\"id\":1,\"name\":\"admin\"}", User.class);

    assertThat(single.fieldsPresent()).containsExactlyInAnyOrder("id", "title", "slug");
    assertThat(listed.get(0).fieldsPresent()).containsExactlyInAnyOrder("id", "title", "slug");
    assertThat(user.has("name")).isTrue();
    assertThat(user.has("slug")).isFalse();
  }
}
