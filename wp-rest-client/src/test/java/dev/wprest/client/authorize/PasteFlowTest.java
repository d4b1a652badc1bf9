package dev.wprest.client.authorize;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paste flow against a stubbed users/me that accepts exactly one Application Password: what is
 * sent, how wrong pastes are reported and asked again, and that every pasted array is wiped.
 */
class PasteFlowTest {
  @RegisterExtension
  static WireMockExtension site =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PASSWORD = "abcdEFGHijklMNOPqrst1234";
  private static final String SHOWN = "abcd EFGH ijkl MNOP qrst 1234";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final List<char[]> handedOut = new ArrayList<>();
  private final List<WrongPaste> wrong = new ArrayList<>();
  private SiteInfo info;

  @BeforeEach
  void stubUsersMe() throws Exception {
    String origin = site.getRuntimeInfo().getHttpBaseUrl();
    info =
        SiteInfo.fromIndex(
            URI.create(origin + "/wp-json/"),
            DiscoveryMethod.GIVEN,
            new ObjectMapper()
                .readTree(
                    "{\"url\":\""
                        + origin
                        + "\",\"routes\":{},\"namespaces\":[\"wp/v2\"],\"authentication\":"
                        + "{\"application-passwords\":{\"endpoints\":{\"authorization\":\""
                        + origin
                        + "/wp-admin/authorize-application.php\"}}}}"));
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":\"rest_not_logged_in\",\"message\":\"You are not currently"
                            + " logged in.\",\"data\":{\"status\":401}}")));
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .withHeader("Authorization", equalTo(basic("editor", PASSWORD)))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":7,\"name\":\"Editor\",\"slug\":\"editor\"}")));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private PasteFlow.Builder flow() {
    return PasteFlow.builder(info, AuthorizationRequest.builder("Importer").build())
        .verifyWith(
            auth ->
                WordPressClient.builder()
                    .baseUrl(site.getRuntimeInfo().getHttpBaseUrl() + "/wp-json/")
                    .siteInfo(info)
                    .auth(auth)
                    .callTimeout(Duration.ofSeconds(5))
                    .retryPolicy(RetryPolicy.none())
                    .build())
        .onWrongPaste(wrong::add);
  }

  /** Hands out the pastes in order, keeping each array to check that it was wiped. */
  private Supplier<char[]> pastes(String... pastes) {
    Iterator<String> next = List.of(pastes).iterator();
    return () -> {
      char[] chars = next.next().toCharArray();
      handedOut.add(chars);
      return chars;
    };
  }

  private void assertEveryPasteWiped() {
    assertThat(handedOut).allSatisfy(chars -> assertThat(new String(chars)).matches("\0*"));
  }

  @Test
  void thePasswordAsWordPressShowsItIsCheckedOnUsersMeAndApproved() throws Exception {
    PasteFlow flow = flow().build();

    AuthorizationResult result = flow.await("editor", pastes(SHOWN + "\n"), WAIT);

    AuthorizationResult.Approved approved = result.approved().orElseThrow();
    assertThat(approved.userLogin()).isEqualTo("editor");
    assertThat(approved.revealPassword()).isEqualTo(PASSWORD);
    assertThat(approved.siteUrl()).isEqualTo(info.siteUrl());
    site.verify(
        1,
        getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .withHeader("Authorization", equalTo(basic("editor", PASSWORD))));
    assertThat(wrong).isEmpty();
    assertEveryPasteWiped();
  }

  @Test
  void theUrlHasNoSuccessUrlSoWordPressShowsThePassword() {
    URI url = flow().build().authorizationUrl();

    assertThat(url.toString())
        .startsWith(site.getRuntimeInfo().getHttpBaseUrl() + "/wp-admin/authorize-application.php?")
        .contains("app_name=Importer")
        .doesNotContain("success_url")
        .doesNotContain("reject_url");
  }

  @Test
  void aWrongPasteIsExplainedWithWordPresssRefusalAndAskedAgain() throws Exception {
    String other = "zzzzEFGHijklMNOPqrst1234";

    AuthorizationResult result = flow().build().await("editor", pastes(other, SHOWN), WAIT);

    assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.APPROVED);
    assertThat(wrong).hasSize(1);
    WrongPaste first = wrong.get(0);
    assertThat(first.attempt()).isEqualTo(1);
    assertThat(first.attemptsLeft()).isEqualTo(2);
    assertThat(first.problem())
        .isEqualTo(
            "WordPress did not accept this password for editor (401 rest_not_logged_in on users/me)")
        .doesNotContain(other);
    assertThat(first.refusal().orElseThrow().code()).contains("rest_not_logged_in");
    assertThat(first.refusal().orElseThrow().getMessage()).doesNotContain(other);
    assertThat(first.toString()).doesNotContain(other);
    assertEveryPasteWiped();
  }

  @Test
  void somethingNotShapedLikeAnApplicationPasswordIsRefusedWithoutSendingIt() throws Exception {
    AuthorizationResult result =
        flow().build().await("editor", pastes("my login password!", SHOWN), WAIT);

    assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.APPROVED);
    assertThat(wrong).singleElement().satisfies(w -> assertThat(w.refusal()).isEmpty());
    assertThat(wrong.get(0).problem())
        .contains("24 letters and digits")
        .contains("nothing was sent")
        .doesNotContain("login password");
    site.verify(1, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me")));
    assertEveryPasteWiped();
  }

  @Test
  void threeWrongPastesEndNotVerified() throws Exception {
    String wrongOne = "zzzzEFGHijklMNOPqrst1234";

    AuthorizationResult result =
        flow().build().await("editor", pastes(wrongOne, wrongOne, wrongOne, SHOWN), WAIT);

    assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.NOT_VERIFIED);
    assertThat(result.approved()).isEmpty();
    assertThat(wrong).extracting(WrongPaste::attemptsLeft).containsExactly(2, 1, 0);
    assertThat(handedOut).hasSize(3);
    assertEveryPasteWiped();
  }

  @Test
  void anEmptyPasteOrTheEndOfInputCancels() throws Exception {
    assertThat(flow().build().await("editor", pastes("\n"), WAIT).outcome())
        .isEqualTo(AuthorizationResult.Outcome.CANCELLED);
    assertThat(flow().build().await("editor", () -> null, WAIT).outcome())
        .isEqualTo(AuthorizationResult.Outcome.CANCELLED);
    site.verify(0, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me")));
  }

  @Test
  void aPasteThatNeverComesTimesOutAndIsWipedWhenItArrives() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    char[] late = SHOWN.toCharArray();

    AuthorizationResult result =
        flow()
            .build()
            .await(
                "editor",
                () -> {
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return late;
                },
                Duration.ofMillis(200));
    release.countDown();

    assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.TIMED_OUT);
    Thread.sleep(200);
    assertThat(new String(late)).matches("\0*");
    site.verify(0, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me")));
  }

  @Test
  void cancelEndsAWaitThatIsBlockedInTheSupplier() throws Exception {
    PasteFlow flow = flow().build();
    CountDownLatch reading = new CountDownLatch(1);
    Thread canceller =
        new Thread(
            () -> {
              try {
                reading.await();
              } catch (InterruptedException e) {
                return;
              }
              flow.cancel();
            });
    canceller.start();

    AuthorizationResult result =
        flow.await(
            "editor",
            () -> {
              reading.countDown();
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return null;
            },
            WAIT);

    assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.CANCELLED);
  }

  @Test
  void aRequestWithASuccessUrlIsNotAPasteRequest() {
    AuthorizationRequest withCallback =
        AuthorizationRequest.builder("Importer")
            .successUrl(URI.create("https://app.example/cb"))
            .build();

    assertThatThrownBy(() -> PasteFlow.builder(info, withCallback))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https://app.example/cb");
  }
}
