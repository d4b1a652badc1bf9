package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.Term;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** findBySlug, createOrUpdateBySlug, findOrCreate and verify, against stubbed WordPress answers. */
@WireMockTest
class UpsertHelpersTest {
  private static final String POSTS = "/wp-json/wp/v2/posts";
  private static final String CATEGORIES = "/wp-json/wp/v2/categories";

  /** WordPress 6.1's answer to creating a term whose name exists (terms controller, 400). */
  private static final String TERM_EXISTS =
      "{\"code\":\"term_exists\",\"message\":\"A term with the name provided already exists in"
          + " this taxonomy.\",\"data\":{\"status\":400,\"term_id\":7}}";

  /** WordPress 6.1's answer to a subscriber asking for drafts (harness, modphp). */
  private static final String STATUS_FORBIDDEN =
      "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): status\","
          + "\"data\":{\"status\":400,\"params\":{\"status\":\"Status is forbidden.\"},"
          + "\"details\":{\"status\":{\"code\":\"rest_forbidden_status\",\"message\":"
          + "\"Status is forbidden.\",\"data\":{\"status\":403}}}}}";

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp =
        WireMockSite.client(wm, AuthStrategy.applicationPassword("editor", "abcd efgh ijkl mnop"))
            .build();
  }

  private void stub(String route, String status, String body) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(route))
                .withQueryParam("status", status == null ? absent() : equalTo(status))
                .willReturn(
                    WireMockSite.json(200, body)
                        .withHeader("X-WP-Total", body.equals("[]") ? "0" : "1")
                        .withHeader("X-WP-TotalPages", body.equals("[]") ? "0" : "1")));
  }

  @Test
  void findBySlugLooksAtEveryStatusTheUserMayEditWithTheEditContext() {
    stub(POSTS, "publish,future,draft,pending,private", "[{\"id\":5,\"status\":\"future\"}]");

    assertThat(wp.posts().findBySlug("launch"))
        .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(5));
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(POSTS))
                .withQueryParam("slug", equalTo("launch"))
                .withQueryParam("context", equalTo("edit")));
  }

  @Test
  void findBySlugFallsBackToPublishedPostsForAUserRefusedOtherStatuses() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(POSTS))
                .withQueryParam("status", equalTo("publish,future,draft,pending,private"))
                .willReturn(WireMockSite.json(400, STATUS_FORBIDDEN)));
    stub(POSTS, null, "[]");

    assertThat(wp.posts().findBySlug("launch")).isEmpty();
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo(POSTS))
                .withQueryParam("status", absent())
                .withQueryParam("context", absent()));
  }

  @Test
  void findBySlugPassesOnAnotherInvalidParameter() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(POSTS))
                .willReturn(
                    WireMockSite.json(
                        400,
                        STATUS_FORBIDDEN
                            .replace("params\":{\"status", "params\":{\"slug")
                            .replace("details\":{\"status", "details\":{\"slug"))));

    assertThatThrownBy(() -> wp.posts().findBySlug("launch"))
        .isInstanceOf(BadRequestException.class);
    wm.getWireMock().verifyThat(1, getRequestedFor(urlPathEqualTo(POSTS)));
  }

  @Test
  void findBySlugWithoutCredentialsAsksOnlyForPublishedPosts() {
    WordPressClient anonymous = WireMockSite.client(wm, AuthStrategy.none()).build();
    stub(POSTS, null, "[{\"id\":9}]");

    assertThat(anonymous.posts().findBySlug("launch")).isPresent();
    wm.getWireMock()
        .verifyThat(
            0,
            getRequestedFor(urlPathEqualTo(POSTS))
                .withQueryParam("status", equalTo("publish,future,draft,pending,private")));
  }

  @Test
  void createOrUpdateBySlugUpdatesTheScheduledPostInsteadOfCreatingASecond() {
    stub(POSTS, "publish,future,draft,pending,private", "[{\"id\":5,\"status\":\"future\"}]");
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(POSTS + "/5"))
                .willReturn(WireMockSite.json(200, "{\"id\":5,\"slug\":\"launch\"}")));

    Upserted<?> result =
        wp.posts().createOrUpdateBySlug("launch", PostFields.builder().title("Launch").build());

    assertThat(result.created()).isFalse();
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(POSTS + "/5"))
                .withRequestBody(equalToJson("{\"title\":\"Launch\"}")));
    wm.getWireMock().verifyThat(0, postRequestedFor(urlPathEqualTo(POSTS)));
  }

  @Test
  void createOrUpdateBySlugCreatesWithTheSlugWhenNothingHasIt() {
    stub(POSTS, "publish,future,draft,pending,private", "[]");
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(POSTS))
                .willReturn(WireMockSite.json(201, "{\"id\":6,\"slug\":\"launch\"}")));

    assertThat(
            wp.posts()
                .createOrUpdateBySlug("launch", PostFields.builder().title("Launch").build())
                .created())
        .isTrue();
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(POSTS))
                .withRequestBody(equalToJson("{\"title\":\"Launch\",\"slug\":\"launch\"}")));
  }

  @Test
  void createOrUpdateBySlugRefusesFieldsWithAnotherSlugBeforeSending() {
    assertThatThrownBy(
            () ->
                wp.posts()
                    .createOrUpdateBySlug("launch", PostFields.builder().slug("other").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fields carry slug \"other\", not \"launch\"");
    wm.getWireMock().verifyThat(0, getRequestedFor(urlPathEqualTo(POSTS)));
  }

  @Test
  void findOrCreateComparesDecodedNamesAndSearchesTheStoredForm() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(CATEGORIES))
                .withQueryParam("search", equalTo("R&amp;D"))
                .willReturn(
                    WireMockSite.json(
                            200,
                            "[{\"id\":3,\"name\":\"R&amp;D labs\",\"parent\":0},"
                                + "{\"id\":4,\"name\":\"R&amp;D\",\"parent\":0}]")
                        .withHeader("X-WP-Total", "2")
                        .withHeader("X-WP-TotalPages", "1")));

    Term rd = wp.categories().findOrCreate(" R&D ");

    assertThat(rd.id()).isEqualTo(4);
    assertThat(rd.name()).isEqualTo("R&amp;D");
    assertThat(rd.decodedName()).isEqualTo("R&D");
    wm.getWireMock().verifyThat(0, postRequestedFor(urlPathEqualTo(CATEGORIES)));
  }

  @Test
  void findOrCreateRecoversTheExistingTermFromTermExists() {
    stub(CATEGORIES, null, "[]");
    wm.getWireMock()
        .register(post(urlPathEqualTo(CATEGORIES)).willReturn(WireMockSite.json(400, TERM_EXISTS)));
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(CATEGORIES + "/7"))
                .willReturn(WireMockSite.json(200, "{\"id\":7,\"name\":\"News\"}")));

    assertThat(wp.categories().findOrCreate("news").id()).isEqualTo(7);
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(CATEGORIES))
                .withRequestBody(equalToJson("{\"name\":\"news\"}")));
  }

  @Test
  void findOrCreatePassesOnOtherBadRequests() {
    stub(CATEGORIES, null, "[]");
    wm.getWireMock()
        .register(
            post(urlPathEqualTo(CATEGORIES))
                .willReturn(
                    WireMockSite.json(
                        400,
                        "{\"code\":\"rest_term_invalid\",\"message\":\"Parent term does not"
                            + " exist.\",\"data\":{\"status\":400}}")));

    assertThatThrownBy(() -> wp.categories().findOrCreate("News", 99))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("rest_term_invalid");
  }

  @Test
  void verifyFailsTypedWhenTheCredentialIsIgnoredAlthoughPublicReadsWork() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .willReturn(
                    WireMockSite.json(
                        401,
                        "{\"code\":\"rest_not_logged_in\",\"message\":\"You are not currently"
                            + " logged in.\",\"data\":{\"status\":401}}")));
    stub(POSTS, null, "[{\"id\":1}]");

    assertThat(wp.posts().list().items()).hasSize(1);
    assertThatThrownBy(wp::verify)
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("rest_not_logged_in")
        .hasMessageNotContaining("abcd");
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .withHeader(
                    "Authorization",
                    com.github.tomakehurst.wiremock.client.WireMock.matching("Basic .+")));
  }

  @Test
  void verifyReturnsTheSignedInUser() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                .willReturn(WireMockSite.json(200, "{\"id\":2,\"name\":\"Ed &amp; Co\"}")));

    assertThat(wp.verify().decodedName()).isEqualTo("Ed & Co");
  }

  @Test
  void verifyWithoutCredentialsIsAProgrammingErrorAndSendsNothing() {
    WordPressClient anonymous = WireMockSite.client(wm, AuthStrategy.none()).build();

    assertThatThrownBy(anonymous::verify).isInstanceOf(IllegalStateException.class);
    wm.getWireMock().verifyThat(0, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me")));
  }
}
