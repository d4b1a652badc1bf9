package dev.wprest.client.authorize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.SiteInfo;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {
  private static final UUID APP_ID = UUID.fromString("1f0e4c2a-7d1b-4f3e-9a8c-5b6d7e8f9a0b");

  /** An index as WordPress 6.1 serves it where Application Passwords are available. */
  private static SiteInfo siteWithEndpoint(String origin, String endpoint) throws Exception {
    JsonNode index =
        new ObjectMapper()
            .readTree(
                "{\"name\":\"Site\",\"url\":\""
                    + origin
                    + "\",\"routes\":{},\"namespaces\":[\"wp/v2\"],\"authentication\":"
                    + "{\"application-passwords\":{\"endpoints\":{\"authorization\":\""
                    + endpoint
                    + "\"}}}}");
    return SiteInfo.fromIndex(URI.create(origin + "/wp-json/"), DiscoveryMethod.GIVEN, index);
  }

  private static SiteInfo site(String origin, String authentication) throws Exception {
    JsonNode index =
        new ObjectMapper()
            .readTree(
                "{\"url\":\""
                    + origin
                    + "\",\"routes\":{},\"namespaces\":[\"wp/v2\"],\"authentication\":"
                    + authentication
                    + "}");
    return SiteInfo.fromIndex(URI.create(origin + "/wp-json/"), DiscoveryMethod.GIVEN, index);
  }

  @Test
  void buildsTheUrlFromTheAdvertisedEndpointWithEveryParameterEncoded() throws Exception {
    SiteInfo site =
        siteWithEndpoint(
            "https://example.com", "https://example.com/wp-admin/authorize-application.php");
    AuthorizationRequest request =
        AuthorizationRequest.builder("Feed importer & co")
            .appId(APP_ID)
            .successUrl(URI.create("http://127.0.0.1:4711/cb?state=a+b"))
            .rejectUrl(URI.create("http://127.0.0.1:4711/cb?state=a+b&success=false"))
            .build();

    URI url = request.uriFor(site);

    assertThat(url.toString())
        .isEqualTo(
            "https://example.com/wp-admin/authorize-application.php"
                + "?app_name=Feed%20importer%20%26%20co"
                + "&app_id=1f0e4c2a-7d1b-4f3e-9a8c-5b6d7e8f9a0b"
                + "&success_url=http%3A%2F%2F127.0.0.1%3A4711%2Fcb%3Fstate%3Da%2Bb"
                + "&reject_url=http%3A%2F%2F127.0.0.1%3A4711%2Fcb%3Fstate%3Da%2Bb%26success%3Dfalse");
  }

  @Test
  void leavesOutWhatWasNotSetSoWordPressShowsThePasswordOnThePage() throws Exception {
    SiteInfo site =
        siteWithEndpoint(
            "https://example.com", "https://example.com/wp-admin/authorize-application.php");

    URI url = AuthorizationRequest.builder("wp-doctor").build().uriFor(site);

    assertThat(url.getRawQuery()).isEqualTo("app_name=wp-doctor");
  }

  @Test
  void appendsToAnEndpointThatAlreadyHasAQuery() throws Exception {
    SiteInfo site =
        siteWithEndpoint(
            "https://example.com",
            "https://example.com/wp-admin/authorize-application.php?lang=fr");

    URI url = AuthorizationRequest.builder("x").appId(APP_ID).build().uriFor(site);

    assertThat(url.getRawQuery()).startsWith("lang=fr&app_name=x&app_id=");
  }

  @Test
  void usesTheReceiversCallbacks() throws Exception {
    SiteInfo site =
        siteWithEndpoint(
            "http://127.0.0.1:8081", "http://127.0.0.1:8081/wp-admin/authorize-application.php");
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      AuthorizationRequest request = AuthorizationRequest.builder("x").callbacks(receiver).build();

      assertThat(request.successUrl()).contains(receiver.successUrl());
      assertThat(request.rejectUrl()).contains(receiver.rejectUrl());
      assertThat(request.uriFor(site).toString()).contains("success_url=http%3A%2F%2F127.0.0.1%3A");
    }
  }

  @Test
  void anEmptyAuthenticationSectionIsUnavailableAndSaysWhyForPlainHttp() throws Exception {
    AuthorizationUnavailableException e =
        catchThrowableOfType(
            AuthorizationUnavailableException.class,
            () ->
                AuthorizationRequest.builder("x").build().uriFor(site("http://example.com", "[]")));

    assertThat(e.reason())
        .isEqualTo(AuthorizationUnavailableException.Reason.APPLICATION_PASSWORDS_UNAVAILABLE);
    assertThat(e.getMessage()).contains("WP_ENVIRONMENT_TYPE", "local", "https://");
    assertThat(e.exchange().uri()).isEqualTo(URI.create("http://example.com/wp-json/"));
    assertThat(e.exchange().credentialsSent()).isFalse();
  }

  @Test
  void anEmptyAuthenticationSectionOverHttpsNamesTheFilter() throws Exception {
    AuthorizationUnavailableException e =
        catchThrowableOfType(
            AuthorizationUnavailableException.class,
            () ->
                AuthorizationRequest.builder("x")
                    .build()
                    .uriFor(site("https://example.com", "[]")));

    assertThat(e.getMessage())
        .contains("wp_is_application_passwords_available")
        .doesNotContain("WP_ENVIRONMENT_TYPE");
  }

  @Test
  void applicationPasswordsWithoutAnEndpointAreReportedAsSuch() throws Exception {
    AuthorizationUnavailableException e =
        catchThrowableOfType(
            AuthorizationUnavailableException.class,
            () ->
                AuthorizationRequest.builder("x")
                    .build()
                    .uriFor(site("https://example.com", "{\"application-passwords\":{}}")));

    assertThat(e.reason())
        .isEqualTo(AuthorizationUnavailableException.Reason.NO_AUTHORIZATION_ENDPOINT);
  }

  @Test
  void anUnreadIndexIsReportedAsSuch() {
    SiteInfo unread =
        SiteInfo.fromIndex(URI.create("https://example.com/wp-json/"), DiscoveryMethod.GIVEN, null);

    AuthorizationUnavailableException e =
        catchThrowableOfType(
            AuthorizationUnavailableException.class,
            () -> AuthorizationRequest.builder("x").build().uriFor(unread));

    assertThat(e.reason()).isEqualTo(AuthorizationUnavailableException.Reason.INDEX_NOT_READ);
  }

  @Test
  void anEndpointThatIsNotAWebUrlIsNotOffered() throws Exception {
    SiteInfo site = siteWithEndpoint("https://example.com", "javascript:alert(1)");

    assertThatThrownBy(() -> AuthorizationRequest.builder("x").build().uriFor(site))
        .isInstanceOf(AuthorizationUnavailableException.class);
  }

  @Test
  void refusesCallbacksWordPressWouldRefuse() {
    assertThatThrownBy(
            () -> AuthorizationRequest.builder("x").successUrl(URI.create("javascript:alert(1)")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successUrl");
    assertThatThrownBy(() -> AuthorizationRequest.builder("x").rejectUrl(URI.create("/relative")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rejectUrl");
    assertThatThrownBy(() -> AuthorizationRequest.builder(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsAnApplicationsOwnScheme() {
    AuthorizationRequest request =
        AuthorizationRequest.builder("x").successUrl(URI.create("myapp://callback")).build();

    assertThat(request.successUrl()).contains(URI.create("myapp://callback"));
  }
}
