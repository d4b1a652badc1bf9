package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code withResponse()}: the typed value and the answer it came from, secrets masked. */
@WireMockTest
class WithResponseTest {
  private static final String APP_PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678";

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.applicationPassword("admin", APP_PASSWORD)).build();
  }

  @Test
  void aCreateShowsItsStatusAndLocationBesideThePost() {
    wm.getWireMock()
        .register(
            post(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .willReturn(RecordedAnswers.answer("posts.create.admin.modphp", wm)));

    TypedResponse<Post> created =
        wp.posts()
            .withResponse()
            .create(PostFields.builder().title("Hello").status(PostStatus.DRAFT).build());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/132"));
    assertThat(created.header("Location")).isEqualTo(created.header("location"));
    assertThat(created.value().id()).isEqualTo(132);
    assertThat(created.uri().getPath()).isEqualTo("/wp-json/wp/v2/posts");
    wm.getWireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts")));
  }

  @Test
  void aListAndAGetKeepTheirHeaders() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts"))
                .willReturn(RecordedAnswers.answer("posts.list.page2.modphp", wm)));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .willReturn(RecordedAnswers.answer("posts.single.modphp", wm)));

    TypedResponse<ResultPage<Post>> page =
        wp.posts().withResponse().list(PostQuery.builder().page(2).build());
    TypedResponse<Post> one = wp.posts().withResponse().get(4);

    assertThat(page.header("X-WP-Total")).hasValue("125");
    assertThat(page.value().total()).hasValue(125);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.value().id()).isEqualTo(4);
  }

  @Test
  void aLoginCookieAndAnEchoedSecretAreMaskedEverywhere() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/4"))
                .willReturn(
                    RecordedAnswers.answer("posts.single.modphp", wm)
                        .withHeader("Set-Cookie", "wordpress_logged_in_abc=admin%7Csecretcookie")
                        .withHeader("X-Debug-Echo", APP_PASSWORD)));

    TypedResponse<Post> one = wp.posts().withResponse().get(4);

    assertThat(one.header("set-cookie")).hasValue("[REDACTED]");
    assertThat(one.header("x-debug-echo"))
        .hasValueSatisfying(v -> assertThat(v).doesNotContain("EFGH"));
    assertThat(one.headers().toString() + one).doesNotContain("secretcookie", "EFGH", "abcd");
  }

  @Test
  void aFailureIsTheSameTypedExceptionAsThePlainCall() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/9"))
                .willReturn(RecordedAnswers.answer("posts.single.not-found.modphp", wm)));

    assertThatThrownBy(() -> wp.posts().withResponse().get(9))
        .isInstanceOf(NotFoundException.class);
  }
}
