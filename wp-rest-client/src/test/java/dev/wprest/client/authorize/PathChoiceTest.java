package dev.wprest.client.authorize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.SiteInfo;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The choice between the loopback callback and the paste path, from what the site answered. */
class PathChoiceTest {
  private static SiteInfo site(String origin, String authentication) throws Exception {
    return SiteInfo.fromIndex(
        URI.create(origin + "/wp-json/"),
        DiscoveryMethod.GIVEN,
        new ObjectMapper()
            .readTree(
                "{\"url\":\""
                    + origin
                    + "\",\"routes\":{},\"namespaces\":[\"wp/v2\"],\"authentication\":"
                    + authentication
                    + "}"));
  }

  private static String offered(String origin) {
    return "{\"application-passwords\":{\"endpoints\":{\"authorization\":\""
        + origin
        + "/wp-admin/authorize-application.php\"}}}";
  }

  @Test
  void applicationPasswordsOfferedOverPlainHttpMeanALocalSiteThatTakesTheCallback()
      throws Exception {
    PathChoice choice =
        PathChoice.forSite(site("http://localhost:8080", offered("http://localhost:8080")));

    assertThat(choice.path()).isEqualTo(PathChoice.Path.LOOPBACK_CALLBACK);
    assertThat(choice.reason()).contains("local");
  }

  @Test
  void overHttpsTheIndexCannotTellSoThePasswordIsPasted() throws Exception {
    PathChoice choice =
        PathChoice.forSite(site("https://example.com", offered("https://example.com")));

    assertThat(choice.path()).isEqualTo(PathChoice.Path.PASTE);
    assertThat(choice.reason()).contains("paste");
  }

  @Test
  void aSiteWithoutTheAuthorizationPageHasNoPathAtAll() throws Exception {
    AuthorizationUnavailableException e =
        catchThrowableOfType(
            AuthorizationUnavailableException.class,
            () -> PathChoice.forSite(site("http://example.com", "[]")));

    assertThat(e.reason())
        .isEqualTo(AuthorizationUnavailableException.Reason.APPLICATION_PASSWORDS_UNAVAILABLE);
  }

  @Test
  void thePagesFormMeansTheCallbackWasAccepted() {
    String form =
        "<form action=\"https://example.com/wp-admin/authorize-application.php\" method=\"post\">"
            + "<input type=\"hidden\" name=\"action\" value=\"authorize_application_password\" />";

    assertThat(PathChoice.fromAuthorizationPage(200, form).path())
        .isEqualTo(PathChoice.Path.LOOPBACK_CALLBACK);
  }

  @Test
  void wordPressesRefusalPageOrAnythingElseMeansPaste() {
    String refusal =
        "<div class=\"wp-die-message\">The Authorize Application request is not allowed. The URL"
            + " must be served over a secure connection.</div>";

    PathChoice refused = PathChoice.fromAuthorizationPage(500, refusal);
    PathChoice loginPage = PathChoice.fromAuthorizationPage(302, "");

    assertThat(refused.path()).isEqualTo(PathChoice.Path.PASTE);
    assertThat(refused.reason()).contains("refused");
    assertThat(loginPage.path()).isEqualTo(PathChoice.Path.PASTE);
    assertThat(loginPage.reason()).contains("302");
  }
}
