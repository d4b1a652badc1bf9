package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link WordPressClient#fromEnvironment}, read from a map instead of the process environment. */
class FromEnvironmentTest {
  private static final String PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678";

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @Test
  void theUrlUserAndApplicationPasswordMakeAnApplicationPasswordClient() {
    WordPressClient wp =
        WordPressClient.fromEnvironment(
            env(
                    "WP_BASE_URL", "https://example.com/blog",
                    "WP_USER", "editor",
                    "WP_APP_PASSWORD", PASSWORD)
                ::get);

    assertThat(wp.baseUrl()).hasToString("https://example.com/blog");
    assertThat(wp.authScheme()).isEqualTo(AuthScheme.APPLICATION_PASSWORD);
    assertThat(wp.auth().facts().username()).hasValue("editor");
    assertThat(wp.toString()).doesNotContain(PASSWORD);
  }

  @Test
  void withoutUserAndPasswordTheClientSendsNoCredentials() {
    WordPressClient wp =
        WordPressClient.fromEnvironment(
            env("WP_BASE_URL", "https://example.com", "WP_USER", "", "WP_APP_PASSWORD", "")::get);

    assertThat(wp.authScheme()).isEqualTo(AuthScheme.NONE);
  }

  @Test
  void aMissingUrlIsNamed() {
    assertThatThrownBy(() -> WordPressClient.fromEnvironment(env()::get))
        .isInstanceOfSatisfying(
            EnvironmentVariableException.class,
            e -> assertThat(e.variable()).isEqualTo("WP_BASE_URL"))
        .hasMessageContaining("WP_BASE_URL is not set");
  }

  @Test
  void anInvalidUrlIsNamedAndAUrlWithCredentialsIsNotShown() {
    assertThatThrownBy(
            () -> WordPressClient.fromEnvironment(env("WP_BASE_URL", "example.com")::get))
        .isInstanceOfSatisfying(
            EnvironmentVariableException.class,
            e -> assertThat(e.variable()).isEqualTo("WP_BASE_URL"))
        .hasMessageContaining("WP_BASE_URL is not usable")
        .hasMessageContaining("example.com");

    String withPassword = "https://editor:" + PASSWORD + "@example.com/";
    assertThatThrownBy(() -> WordPressClient.fromEnvironment(env("WP_BASE_URL", withPassword)::get))
        .isInstanceOf(EnvironmentVariableException.class)
        .hasMessageContaining("WP_USER and WP_APP_PASSWORD")
        .hasMessageNotContaining(PASSWORD)
        .hasNoCause();
  }

  @Test
  void aUserWithoutPasswordAndAPasswordWithoutUserAreNamed() {
    assertThatThrownBy(
            () ->
                WordPressClient.fromEnvironment(
                    env("WP_BASE_URL", "https://example.com", "WP_USER", "editor")::get))
        .isInstanceOfSatisfying(
            EnvironmentVariableException.class,
            e -> assertThat(e.variable()).isEqualTo("WP_APP_PASSWORD"))
        .hasMessageContaining("WP_APP_PASSWORD is not set, but WP_USER is");
    assertThatThrownBy(
            () ->
                WordPressClient.fromEnvironment(
                    env("WP_BASE_URL", "https://example.com", "WP_APP_PASSWORD", PASSWORD)::get))
        .isInstanceOfSatisfying(
            EnvironmentVariableException.class, e -> assertThat(e.variable()).isEqualTo("WP_USER"))
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void aPasswordThatCannotBeSentIsNamedWithoutItsValue() {
    String readFromAFile = PASSWORD + "\n";
    assertThatThrownBy(
            () ->
                WordPressClient.fromEnvironment(
                    env(
                            "WP_BASE_URL", "https://example.com",
                            "WP_USER", "editor",
                            "WP_APP_PASSWORD", readFromAFile)
                        ::get))
        .isInstanceOfSatisfying(
            EnvironmentVariableException.class,
            e -> assertThat(e.variable()).isEqualTo("WP_APP_PASSWORD"))
        .hasMessageContaining("line break")
        .hasMessageNotContaining(PASSWORD);
  }
}
