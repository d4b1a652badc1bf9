package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hostile suite's security properties over HTTP/2: WireMock's Jetty serving h2 over TLS (ALPN),
 * the client with its default JDK client (which offers h2 for an https site). Credentials stay on
 * their origin, redirects are the library's to follow or refuse, the size limit and the deadlines
 * hold, and no secret the server echoes reaches a message. Every answer is checked to have come
 * over HTTP/2, so that none of this passes by falling back to HTTP/1.1. The raw-socket {@link
 * HostileServerTest} covers the HTTP/1.1 framing faults h2 cannot express.
 */
class Http2HostileServerTest {
  private static final String SECRET = "h2-secret-7d1e";
  private static final String BASIC =
      Base64.getEncoder().encodeToString(("editor:" + SECRET).getBytes(StandardCharsets.UTF_8));

  @RegisterExtension
  static WireMockExtension site =
      WireMockExtension.newInstance().options(WireMockTls.httpsConfig()).build();

  /** Another origin: same host, another port, h2 too. */
  @RegisterExtension
  static WireMockExtension elsewhere =
      WireMockExtension.newInstance().options(WireMockTls.httpsConfig()).build();

  private static SSLContext wireMockTrust;
  private final AnsweredVersions versions = new AnsweredVersions();

  @BeforeAll
  static void trustWireMocksCertificateAndWarmUp() throws Exception {
    wireMockTrust = WireMockTls.trusting();
    // The JVM's first TLS handshake and HTTP/2 session (class loading, key generation, Jetty's
    // side too) can take seconds on a loaded machine: not within the timeouts the cases test.
    for (String origin : new String[] {https(), elsewhereHttps()}) {
      HttpClient.newBuilder()
          .sslContext(wireMockTrust)
          .build()
          .send(
              HttpRequest.newBuilder(URI.create(origin + "/__admin/health"))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    }
  }

  @BeforeEach
  void stubs() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/"))
            .willReturn(WireMockSite.json(200, String.format(WireMockSite.INDEX_LOCAL, https()))));
    elsewhere.stubFor(get(anyUrl()).willReturn(WireMockSite.json(200, "{\"id\":1}")));
  }

  @AfterEach
  void everyAnswerCameOverHttp2() {
    assertThat(versions.versions()).isNotEmpty().containsOnly(HttpClient.Version.HTTP_2);
  }

  @Test
  void theDefaultClientSpeaksHttp2ToAnHttpsSiteAndSendsCredentialsThere() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .willReturn(WireMockSite.json(200, "{\"id\":7}")));

    WpResponse response = client().build().execute(WpRequest.get("/wp/v2/users/me").build());

    assertThat(response.json().path("id").asInt()).isEqualTo(7);
    site.verify(
        getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .withHeader("Authorization", equalTo("Basic " + BASIC)));
  }

  @Test
  void aCrossOriginRedirectIsRefusedAndNoCredentialReachesTheOtherOrigin() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", elsewhereHttps() + "/wp-json/wp/v2/users/me")));

    Throwable t = catchThrowable(() -> client().build().execute(usersMe()));

    assertThat(t).isInstanceOf(RedirectRefusedException.class);
    assertThat(((RedirectRefusedException) t).reason())
        .isEqualTo(RedirectRefusedException.Reason.CROSS_ORIGIN);
    elsewhere.verify(0, anyRequestedFor(anyUrl()));
    assertNoSecretIn(t);
  }

  @Test
  void aDowngradeToPlainHttpIsRefused() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", elsewhere.baseUrl() + "/wp-json/wp/v2/users/me")));

    Throwable t = catchThrowable(() -> client().build().execute(usersMe()));

    assertThat(t).isInstanceOf(RedirectRefusedException.class);
    elsewhere.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aSameOriginRedirectOfAGetIsFollowedWithCredentials() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .willReturn(
                aResponse().withStatus(301).withHeader("Location", "/wp-json/wp/v2/users/me/")));
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me/"))
            .willReturn(WireMockSite.json(200, "{\"id\":7}")));

    WpResponse response = client().build().execute(usersMe());

    assertThat(response.redirectChain()).hasSize(1);
    site.verify(
        getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me/"))
            .withHeader("Authorization", equalTo("Basic " + BASIC)));
  }

  @Test
  void aRedirectedWriteIsAnErrorAndIsNotResent() {
    site.stubFor(
        post(urlPathEqualTo("/wp-json/wp/v2/posts"))
            .willReturn(
                aResponse().withStatus(307).withHeader("Location", "/wp-json/wp/v2/posts/")));

    Throwable t =
        catchThrowable(
            () ->
                client()
                    .build()
                    .execute(
                        WpRequest.post(
                                "/wp/v2/posts",
                                JsonNodeFactory.instance.objectNode().put("title", "x"))
                            .build()));

    assertThat(t).isInstanceOf(RedirectRefusedException.class);
    site.verify(0, postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/")));
  }

  @Test
  void aBodyOverTheLimitStopsAtTheLimitWhetherDeclaredOrNot() {
    byte[] big = "x".repeat(400_000).getBytes(StandardCharsets.US_ASCII);
    site.stubFor(
        get(urlPathEqualTo("/wp-json/declared"))
            .willReturn(aResponse().withStatus(200).withBody(big)));
    site.stubFor(
        get(urlPathEqualTo("/wp-json/streamed"))
            .willReturn(
                aResponse().withStatus(200).withBody(big).withChunkedDribbleDelay(20, 200)));
    WordPressClient wp = client().maxResponseBytes(100_000).build();

    for (String route : new String[] {"/declared", "/streamed"}) {
      Throwable t = catchThrowable(() -> wp.execute(WpRequest.get(route).build()));

      assertThat(t).as(route).isInstanceOf(ResponseTooLargeException.class);
      assertThat(((ResponseTooLargeException) t).limit()).isEqualTo(100_000);
    }
  }

  @Test
  void aDrippingBodyEndsAtTheDeadline() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/posts"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(" ".repeat(1000) + "[]")
                    .withChunkedDribbleDelay(50, 5_000)));
    WordPressClient wp =
        client()
            .callTimeout(Duration.ofSeconds(1))
            .callDeadline(Duration.ofSeconds(2))
            .retryPolicy(RetryPolicy.builder().sleeper(d -> {}).build())
            .build();
    long start = System.nanoTime();

    Throwable t = catchThrowable(() -> wp.execute(WpRequest.get("/wp/v2/posts").build()));

    assertThat(t).isInstanceOf(DeadlineExceededException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
  }

  @Test
  void anAnswerThatNeverComesEndsAtTheCallTimeout() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/posts"))
            .willReturn(WireMockSite.json(200, "[]").withFixedDelay(4_000)));
    WordPressClient wp =
        client()
            .callTimeout(Duration.ofSeconds(1))
            .callDeadline(Duration.ofSeconds(2))
            .retryPolicy(RetryPolicy.none())
            .build();
    long start = System.nanoTime();

    Throwable t = catchThrowable(() -> wp.execute(WpRequest.get("/wp/v2/posts").build()));

    assertThat(t).isInstanceOf(WordPressException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    // Nothing came back, so no version to check: the index did, over h2.
  }

  @Test
  void secretsTheServerEchoesAreMaskedInTheFailure() {
    site.stubFor(
        get(urlPathEqualTo("/wp-json/wp/v2/users/me"))
            .willReturn(
                WireMockSite.json(
                        403,
                        "{\"code\":\"rest_forbidden\",\"message\":\"you sent Basic "
                            + BASIC
                            + " "
                            + SECRET
                            + "\",\"data\":{\"status\":403}}")
                    .withHeader("X-Echo", "Basic " + BASIC)
                    .withHeader("X-Echo-Raw", SECRET)));

    Throwable t = catchThrowable(() -> client().build().execute(usersMe()));

    assertThat(t).isInstanceOf(ForbiddenException.class);
    assertThat(((WordPressException) t).exchange().credentialsSent()).isTrue();
    assertNoSecretIn(t);
  }

  private WordPressClient.Builder client() {
    return WordPressClient.builder()
        .baseUrl(https() + "/wp-json/")
        .auth(AuthStrategy.applicationPassword("editor", SECRET))
        .sslContext(wireMockTrust)
        .callTimeout(Duration.ofSeconds(20))
        .retryPolicy(RetryPolicy.builder().sleeper(d -> {}).build())
        .exchangeHook(versions);
  }

  private static WpRequest usersMe() {
    return WpRequest.get("/wp/v2/users/me").build();
  }

  private static String https() {
    return "https://localhost:" + site.getRuntimeInfo().getHttpsPort();
  }

  private static String elsewhereHttps() {
    return "https://localhost:" + elsewhere.getRuntimeInfo().getHttpsPort();
  }

  private static void assertNoSecretIn(Throwable t) {
    String everything = t.getMessage() + " " + t + " " + ((WordPressException) t).exchange();
    assertThat(everything).doesNotContain(SECRET).doesNotContain(BASIC);
  }
}
