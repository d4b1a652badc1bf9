package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.User;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link WordPressClient#fromEnvironment(java.util.function.Function)} on the real site. */
class FromEnvironmentIT {
  private static final RealWordPress WP = RealWordPress.sites();

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();

  @Test
  void fromEnvironmentSignsInWithTheApplicationPassword() {
    Map<String, String> environment =
        Map.of(
            "WP_BASE_URL", WP.url("modphp"),
            "WP_USER", WP.login("admin"),
            "WP_APP_PASSWORD", WP.appPassword("admin"));

    User me = WordPressClient.fromEnvironment(environment::get).users().me();

    assertThat(me.id()).isEqualTo(admin.users().me().id());
  }

  @Test
  void fromEnvironmentWithoutUserSendsNoCredentials() {
    WordPressClient anonymous =
        WordPressClient.fromEnvironment(Map.of("WP_BASE_URL", WP.url("modphp"))::get);

    assertThatThrownBy(() -> anonymous.users().me()).isInstanceOf(UnauthorizedException.class);
    assertThat(anonymous.authScheme()).isEqualTo("none");
  }
}
