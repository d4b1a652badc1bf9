package dev.wprest.diagnostics;

import static dev.wprest.diagnostics.DiagnosisAssert.assertAlternatives;
import static dev.wprest.diagnostics.DiagnosisAssert.assertDiagnosis;
import static dev.wprest.diagnostics.DiagnosisAssert.assertNotYetHas;
import static dev.wprest.diagnostics.Fixture.handMade;
import static dev.wprest.diagnostics.Fixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bearer tokens, transport, route, permission and response stages, from replayed answers. */
@WireMockTest
class OtherStagesFixtureTest {
  private static final String ME = "/wp/v2/users/me";

  @Test
  void bearerNotSupportedWithoutATokenPluginNamespace(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("users-me.bearer.modphp"))
            .diagnoseGet(TestStrategies.bearer(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.BEARER_NOT_SUPPORTED, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("jwt-auth/v1", "active");
    assertNotYetHas(d, "Do not reuse a token issued by another site");
  }

  @Test
  void bearerNotSupportedOnACreate(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("posts.create.bearer.modphp"))
            .diagnose(
                TestStrategies.bearer(), WpRequest.post("/wp/v2/posts", Map.of("t", 1)).build());
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.BEARER_NOT_SUPPORTED, Confidence.LIKELY);
  }

  @Test
  void bearerNotSupportedWhenTheTokenRouteDoesNotExist(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("jwt-auth-token.no-plugin.modphp"))
            .diagnose(
                AuthStrategy.none(),
                WpRequest.post("/jwt-auth/v1/token", Map.of("u", "x")).build());
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.BEARER_NOT_SUPPORTED, Confidence.LIKELY);
  }

  @Test
  void bearerTokenRejectedByTheJwtPlugin(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.jwt"))
            .answer(recorded("users-me.jwt-bearer-invalid.jwt"))
            .diagnoseGet(TestStrategies.bearer(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.BEARER_TOKEN_REJECTED, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("/wp-json/jwt-auth/v1/token");
    assertNotYetHas(d, "Do not paste");
  }

  @Test
  void jwtPluginThatSawNoHeaderPointsAtTheStrippedHeader(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.jwt"))
            .answer(recorded("jwt-auth-validate.no-header.jwt"))
            .diagnose(
                TestStrategies.bearer(),
                WpRequest.post("/jwt-auth/v1/token/validate", Map.of()).build());
    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.AUTHORIZATION_HEADER_STRIPPED, Confidence.LIKELY);
  }

  @Test
  void jwtPluginMisconfigured(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.jwt"))
            .answer(handMade("jwt-bad-config"))
            .diagnoseGet(TestStrategies.bearer(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.BEARER_PLUGIN_MISCONFIGURED, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("JWT_AUTH_SECRET_KEY");
  }

  @Test
  void jwtPluginRefusingBasicAuthIsNamed(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.jwt"))
            .answer(recorded("users-me.basic-valid.jwt"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(d, Stage.IDENTITY, LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME, Confidence.LIKELY);
    assertThat(d.summary()).contains("JWT plugin", "403 jwt_auth_bad_auth_header");
    assertThat(d.alternatives())
        .extracting(a -> a.cause())
        .contains(LikelyCause.CREDENTIALS_REJECTED);
  }

  @Test
  void crossOriginRedirectWithCredentialsIsRefused(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("redirect.get.users-me"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(
        d, Stage.TRANSPORT, LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("http://127.0.0.1:8081");
  }

  @Test
  void redirectedWriteIsARedirectProblemNotAMissingRoute(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("redirect.post.posts"))
            .diagnose(
                TestStrategies.applicationPassword(),
                WpRequest.post("/wp/v2/posts", Map.of("title", "x")).build());
    assertDiagnosis(d, Stage.TRANSPORT, LikelyCause.REDIRECT_CHANGED_REQUEST, Confidence.LIKELY);
    assertThat(d.summary()).contains("POST", "301", "GET");
  }

  @Test
  void unknownRouteIsARouteProblem(WireMockRuntimeInfo wm) {
    Fixture unknown = recorded("route-unknown.modphp");
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(unknown)
            .diagnoseGet(
                TestStrategies.applicationPassword(), unknown.path.replace("/wp-json", ""));
    assertDiagnosis(d, Stage.ROUTE, LikelyCause.ROUTE_NOT_FOUND, Confidence.LIKELY);
    assertNotYetHas(d, "Do not debug credentials yet");
  }

  @Test
  void apacheHtml404ForWpJsonMeansTheRestApiIsNotServedThere(WireMockRuntimeInfo wm) {
    Fixture apache404 = recorded("wp-json.norewrite-apache-404");
    Diagnosis d =
        new Replay(wm)
            .answer(apache404)
            .answerAnyMethod("/wp-json/wp/v2/users/me", apache404)
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(d, Stage.ROUTE, LikelyCause.REST_API_NOT_FOUND, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("?rest_route=", "Permalinks");
  }

  @Test
  void insufficientCapabilityForASubscriberCreatingAPost(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("posts.create.subscriber.modphp"))
            .diagnose(
                TestStrategies.applicationPassword(),
                WpRequest.post("/wp/v2/posts", Map.of("title", "x")).build());
    assertDiagnosis(d, Stage.PERMISSION, LikelyCause.INSUFFICIENT_CAPABILITY, Confidence.LIKELY);
    assertThat(d.summary()).contains("403 rest_cannot_create");
    assertThat(d.firstCheck()).contains("edit_posts", "contributor");
    assertNotYetHas(d, "Do not make the route public");
  }

  @Test
  void anonymousDraftListingIsAParameterThatNeedsAnIdentity(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("posts.status-draft.anonymous.modphp"))
            .diagnose(
                AuthStrategy.none(),
                WpRequest.get("/wp/v2/posts").query("status", "draft").build());
    assertDiagnosis(d, Stage.PERMISSION, LikelyCause.PARAMETER_NEEDS_PERMISSION, Confidence.LIKELY);
    assertAlternatives(d, LikelyCause.NO_CREDENTIALS_SENT);
    assertThat(d.firstCheck()).startsWith("Send the credentials of a user who may edit posts");
  }

  @Test
  void securityLayersAreNamedFromTheirPages(WireMockRuntimeInfo wm) {
    for (String page : new String[] {"cloudflare-block", "wordfence-block", "sucuri-block"}) {
      wm.getWireMock().resetMappings();
      Diagnosis d =
          new Replay(wm)
              .index(recorded("index.modphp"))
              .answer(handMade(page))
              .diagnoseGet(TestStrategies.applicationPassword(), ME);
      assertDiagnosis(d, Stage.TRANSPORT, LikelyCause.BLOCKED_BY_SECURITY_LAYER, Confidence.LIKELY);
      assertNotYetHas(d, "Do not retry in a loop");
    }
  }

  @Test
  void modSecurityRefusingAPost(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("modsecurity-not-acceptable"))
            .diagnose(
                TestStrategies.applicationPassword(),
                WpRequest.post("/wp/v2/posts", Map.of("title", "x")).build());
    assertDiagnosis(d, Stage.TRANSPORT, LikelyCause.BLOCKED_BY_SECURITY_LAYER, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("ModSecurity");
  }

  @Test
  void htpasswdInFrontOfWordPressIsAServerChallenge(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("htpasswd-challenge"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(d, Stage.TRANSPORT, LikelyCause.SERVER_LEVEL_AUTH_CHALLENGE, Confidence.LIKELY);
    assertThat(d.summary()).contains("Basic realm=\"Restricted\"");
  }

  @Test
  void phpNoticesBeforeTheJson(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("php-notice-before-json"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(d, Stage.RESPONSE, LikelyCause.PHP_OUTPUT_IN_RESPONSE, Confidence.LIKELY);
    assertThat(d.firstCheck()).contains("display_errors");
  }

  @Test
  void aByteOrderMarkDoesNotHideWordPressAnswer(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("bom-before-json"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(
        d, Stage.IDENTITY, LikelyCause.AUTHORIZATION_HEADER_STRIPPED, Confidence.LIKELY);
  }

  @Test
  void criticalErrorIsAServerError(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("critical-error"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(d, Stage.RESPONSE, LikelyCause.SERVER_ERROR, Confidence.LIKELY);
  }

  @Test
  void aServerThatIsNotWordPress(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("nginx-welcome"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(d, Stage.RESPONSE, LikelyCause.NOT_WORDPRESS_RESPONSE, Confidence.LIKELY);
    assertThat(d.summary()).contains("Welcome to nginx!");
  }

  @Test
  void rateLimited(WireMockRuntimeInfo wm) {
    Diagnosis d =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(handMade("rate-limited"))
            .diagnoseGet(TestStrategies.applicationPassword(), ME);
    assertDiagnosis(d, Stage.TRANSPORT, LikelyCause.RATE_LIMITED, Confidence.LIKELY);
  }

  @Test
  void nothingListeningIsATransportFailure() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Diagnosis d =
        AuthDiagnostics.diagnose(
            catchFailure(
                () ->
                    dev.wprest.client.WordPressClient.builder()
                        .baseUrl("http://localhost:" + port + "/wp-json/")
                        .build()
                        .json(WpRequest.get(ME).build())));
    assertDiagnosis(d, Stage.TRANSPORT, LikelyCause.TRANSPORT_FAILED, Confidence.LIKELY);
  }

  private static Throwable catchFailure(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("no failure");
  }
}
