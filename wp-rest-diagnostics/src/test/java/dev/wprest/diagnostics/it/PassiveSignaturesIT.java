package dev.wprest.diagnostics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BadRequestException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import dev.wprest.client.it.RealWordPress;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answers whose whole signature names a cause of its own, produced on the real harness: a
 * {@code 400 rest_invalid_param} that hides a permission refusal (its detail's 401 or 403 tells who
 * WordPress saw), a {@code 404 rest_post_invalid_id} that is a missing object and not a missing
 * route, and the order of WordPress's checks a write probe relies on: arguments are validated
 * before the permission callback, so an invalid write is refused without creating anything, even
 * for a caller who may not write at all.
 */
class PassiveSignaturesIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final WpRequest FUTURE_POSTS =
      WpRequest.get("/wp/v2/posts").query("status", "future").build();

  private static Diagnosis diagnosisOf(AuthStrategy auth, WpRequest request) {
    WordPressClient client = AuthDiagnostics.install(WP.client("modphp", auth)).build();
    return AuthDiagnostics.diagnose(catchThrowable(() -> client.execute(request)));
  }

  @Test
  void futurePostsForASubscriberAreAPermissionTheIdentityLacks() {
    Diagnosis d = diagnosisOf(WP.appPasswordAuth("subscriber"), FUTURE_POSTS);

    assertThat(d.cause()).isEqualTo(LikelyCause.PARAMETER_NEEDS_PERMISSION);
    assertThat(d.stage()).isEqualTo(Stage.PERMISSION);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(d.summary())
        .contains("400 rest_invalid_param", "WordPress accepted the identity", "status=future");
    assertThat(d.firstCheck()).startsWith("Use a user whose role may edit this post type");
  }

  @Test
  void futurePostsWithoutAnIdentityNameTheMissingIdentity() {
    Diagnosis d = diagnosisOf(AuthStrategy.none(), FUTURE_POSTS);

    assertThat(d.cause()).isEqualTo(LikelyCause.PARAMETER_NEEDS_PERMISSION);
    assertThat(d.summary())
        .contains("WordPress saw no accepted identity (rest_forbidden_status, 401)");
  }

  @Test
  void aMissingPostIsAMissingObject() {
    Diagnosis d =
        diagnosisOf(WP.appPasswordAuth("admin"), WpRequest.get("/wp/v2/posts/987654").build());

    assertThat(d.cause()).isEqualTo(LikelyCause.OBJECT_NOT_FOUND);
    assertThat(d.summary()).contains("404 rest_post_invalid_id", "no object 987654");
  }

  @Test
  void anInvalidWriteIsRefusedBeforeThePermissionCheckAndCreatesNothing() {
    WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();
    WpRequest count =
        WpRequest.get("/wp/v2/posts").query("status", "any").query("per_page", 1).build();
    long before = admin.execute(count).total().orElseThrow();

    for (AuthStrategy caller :
        new AuthStrategy[] {
          AuthStrategy.none(), WP.appPasswordAuth("subscriber"), WP.appPasswordAuth("admin")
        }) {
      WordPressClient client = WP.client("modphp", caller).build();
      Throwable refused =
          catchThrowable(
              () ->
                  client.execute(
                      WpRequest.post(
                              "/wp/v2/posts",
                              Map.of("title", "wp-rest write probe", "status", "wprest-invalid"))
                          .build()));

      // Anonymous and subscriber would get 401/403 rest_cannot_create from the permission
      // callback: the 400 shows WP_REST_Server::dispatch validated the arguments first.
      assertThat(refused).as(caller.scheme()).isInstanceOf(BadRequestException.class);
      assertThat(((BadRequestException) refused).code()).hasValue("rest_invalid_param");
    }

    assertThat(admin.execute(count).total().orElseThrow())
        .as("nothing was created")
        .isEqualTo(before);
  }
}
