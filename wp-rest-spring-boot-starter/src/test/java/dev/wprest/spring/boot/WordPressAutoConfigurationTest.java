package dev.wprest.spring.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.diagnostics.AuthDiagnosisException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@WireMockTest
class WordPressAutoConfigurationTest {
  private static final String SECRET = "abcd EFGH 1234 ijkl MNOP 6789";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(WordPressAutoConfiguration.class));

  private RecordedSite site;
  private WireMockRuntimeInfo wm;

  @BeforeEach
  void recordedSite(WireMockRuntimeInfo wm) {
    this.wm = wm;
    this.site = new RecordedSite(wm).usersMe("users-me.basic-valid.admin.modphp");
  }

  @Test
  void configuresNothingWithoutASiteUrl() {
    runner.run(
        context -> assertThat(context).hasNotFailed().doesNotHaveBean(WordPressClient.class));
  }

  @Test
  void sendsTheConfiguredApplicationPasswordAsBasicCredentials() {
    runner
        .withPropertyValues(
            "wordpress.url=" + site.url(),
            "wordpress.auth.kind=application-password",
            "wordpress.auth.user=itadmin",
            "wordpress.auth.secret=" + SECRET)
        .run(
            context -> {
              WordPressClient client = context.getBean(WordPressClient.class);
              assertThat(client.users().me().name()).isEqualTo("IT Admin");
              wm.getWireMock()
                  .verifyThat(
                      getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                          .withHeader("Authorization", equalTo(basic("itadmin", SECRET))));
            });
  }

  @Test
  void readsTheSecretFromTheVariableNamedBySecretEnv() {
    runner
        .withPropertyValues(
            "wordpress.url=" + site.url(),
            "wordpress.auth.user=itadmin",
            "wordpress.auth.secret-env=WP_TEST_APP_PASSWORD")
        .withSystemProperties("WP_TEST_APP_PASSWORD=" + SECRET)
        .run(
            context -> {
              context.getBean(WordPressClient.class).users().me();
              wm.getWireMock()
                  .verifyThat(
                      getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                          .withHeader("Authorization", equalTo(basic("itadmin", SECRET))));
            });
  }

  @Test
  void sendsABearerToken() {
    runner
        .withPropertyValues(
            "wordpress.url=" + site.url(),
            "wordpress.auth.kind=bearer",
            "wordpress.auth.secret=tok-123")
        .run(
            context -> {
              context.getBean(WordPressClient.class).users().me();
              wm.getWireMock()
                  .verifyThat(
                      getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                          .withHeader("Authorization", equalTo("Bearer tok-123")));
            });
  }

  @Test
  void sendsNoCredentialsWhenTheKindIsNone() {
    runner
        .withPropertyValues("wordpress.url=" + site.url(), "wordpress.auth.kind=none")
        .run(
            context -> {
              WordPressClient client = context.getBean(WordPressClient.class);
              assertThat(client.auth().sendsCredentials()).isFalse();
              client.users().me();
              wm.getWireMock()
                  .verifyThat(
                      getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/users/me"))
                          .withoutHeader("Authorization"));
            });
  }

  @Test
  void backsOffWhenTheApplicationDefinesItsOwnClient() {
    WordPressClient own =
        WordPressClient.builder().baseUrl("https://own.example").auth(AuthStrategy.none()).build();
    runner
        .withPropertyValues("wordpress.url=" + site.url(), "wordpress.auth.kind=none")
        .withBean(WordPressClient.class, () -> own)
        .run(context -> assertThat(context).getBean(WordPressClient.class).isSameAs(own));
  }

  @Test
  void installsDiagnosticsSoAFailureCarriesItsDiagnosis() {
    new RecordedSite(wm).serve("users-me.basic-bad-app-password.modphp");
    runner
        .withPropertyValues(
            "wordpress.url=" + site.url(),
            "wordpress.auth.user=itadmin",
            "wordpress.auth.secret=" + SECRET)
        .run(
            context -> {
              WordPressClient client = context.getBean(WordPressClient.class);
              assertThatThrownBy(() -> client.users().me())
                  .isInstanceOf(WordPressException.class)
                  .satisfies(
                      e ->
                          assertThat(e.getSuppressed())
                              .hasAtLeastOneElementOfType(AuthDiagnosisException.class));
            });
  }

  @Test
  void leavesFailuresBareWhenDiagnosticsAreSwitchedOff() {
    new RecordedSite(wm).serve("users-me.basic-bad-app-password.modphp");
    runner
        .withPropertyValues(
            "wordpress.url=" + site.url(),
            "wordpress.auth.user=itadmin",
            "wordpress.auth.secret=" + SECRET,
            "wordpress.diagnostics.enabled=false")
        .run(
            context -> {
              WordPressClient client = context.getBean(WordPressClient.class);
              assertThatThrownBy(() -> client.users().me())
                  .isInstanceOf(WordPressException.class)
                  .satisfies(
                      e ->
                          assertThat(Arrays.asList(e.getSuppressed()))
                              .noneMatch(s -> s instanceof AuthDiagnosisException));
            });
  }

  @Test
  void retriesAsOftenAsConfigured() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/1")).willReturn(aResponse().withStatus(503)));
    runner
        .withPropertyValues(
            "wordpress.url=" + site.url(),
            "wordpress.auth.kind=none",
            "wordpress.retries.max-attempts=1")
        .run(
            context -> {
              assertThatThrownBy(() -> context.getBean(WordPressClient.class).posts().get(1))
                  .isInstanceOf(WordPressException.class);
              wm.getWireMock()
                  .verifyThat(1, getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/1")));
            });
  }

  @Test
  void givesUpAfterTheConfiguredCallTimeout() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/1"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
    runner
        .withPropertyValues(
            "wordpress.url=" + site.url(),
            "wordpress.auth.kind=none",
            "wordpress.call-timeout=300ms",
            "wordpress.retries.max-attempts=1")
        .run(
            context -> {
              long start = System.nanoTime();
              assertThatThrownBy(() -> context.getBean(WordPressClient.class).posts().get(1))
                  .isInstanceOf(WordPressException.class);
              assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
            });
  }

  private static String basic(String user, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }
}
