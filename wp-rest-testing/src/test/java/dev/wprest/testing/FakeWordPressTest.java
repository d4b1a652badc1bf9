package dev.wprest.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.NotFoundException;
import dev.wprest.client.ServerErrorException;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.TermQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake, driven by the real client as a user's test would drive it. */
class FakeWordPressTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 5678";

  private FakeWordPress fake;
  private WordPressClient wp;

  @BeforeEach
  void start() {
    fake = FakeWordPress.start();
    wp =
        WordPressClient.builder()
            .baseUrl(fake.baseUrl())
            .auth(AuthStrategy.applicationPassword("admin", SECRET))
            .build();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void aRecordedAnswerIsServedWithItsOriginMovedOntoTheFake() {
    fake.replay("posts.list.page1.modphp");

    List<Post> posts = wp.posts().list(PostQuery.builder().perPage(10).build()).items();

    assertThat(posts).hasSize(10);
    assertThat(posts.get(0).link()).startsWith(fake.baseUrl() + "/");
    assertThat(fake.requests())
        .extracting(ReceivedRequest::toString)
        .contains("GET /wp/v2/posts?per_page=10");
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.toString()).doesNotContain("EFGH"));
  }

  @Test
  void aProgrammedRouteAnswersAsToldAndAnUnknownOneIsWordPresssNoRoute() {
    fake.on("GET", "/wp/v2/tags").respond(200, "[]", Map.of("X-WP-Total", "0"));

    assertThat(wp.tags().list(TermQuery.builder().search("java").build()).total()).hasValue(0);
    assertThatThrownBy(() -> wp.comments().list())
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.code()).hasValue("rest_no_route");
              assertThat(e.getMessage())
                  .contains("No route was found matching the URL and request method.");
            });
  }

  @Test
  void aStrippedHeaderMakesWordPressSeeAnAnonymousCaller() {
    fake.stripAuthorization();

    assertThatThrownBy(() -> wp.users().me())
        .isInstanceOfSatisfying(
            UnauthorizedException.class,
            e -> {
              assertThat(e.code()).hasValue("rest_not_logged_in");
              assertThat(e.getMessage()).contains("You are not currently logged in.");
            });
    assertThatThrownBy(() -> wp.posts().create(PostFields.builder().title("x").build()))
        .isInstanceOfSatisfying(
            UnauthorizedException.class, e -> assertThat(e.code()).hasValue("rest_cannot_create"));
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.authScheme()).isEmpty());
  }

  @Test
  void aWrongPasswordIsRefusedOnEveryCallThatCarriesIt() {
    fake.replay("posts.list.page1.modphp").refuse(Refusal.INCORRECT_PASSWORD);

    assertThatThrownBy(() -> wp.posts().list())
        .isInstanceOfSatisfying(
            UnauthorizedException.class,
            e -> {
              assertThat(e.code()).hasValue("incorrect_password");
              assertThat(e.getMessage())
                  .contains("The provided password is an invalid application password.")
                  .doesNotContain("EFGH");
            });
    assertThat(fake.requests()).anySatisfy(r -> assertThat(r.authScheme()).isEqualTo("Basic"));
  }

  @Test
  void aRefusedRouteGivesCoresExactAnswer() {
    fake.refuse(
        "GET", "/wp/v2/users/me/application-passwords", Refusal.APPLICATION_PASSWORDS_DISABLED);

    assertThatThrownBy(() -> wp.applicationPasswords("me").list())
        .isInstanceOfSatisfying(
            WordPressApiException.class,
            e -> {
              assertThat(e).isInstanceOf(ServerErrorException.class);
              assertThat(e.code()).hasValue("application_passwords_disabled");
              assertThat(e.getMessage()).contains("Application passwords are not available.");
            });
  }

  @Test
  void anUnknownRecordingIsRefusedByName() {
    assertThatThrownBy(() -> fake.replay("posts.list.nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no recording named posts.list.nowhere");
  }
}
