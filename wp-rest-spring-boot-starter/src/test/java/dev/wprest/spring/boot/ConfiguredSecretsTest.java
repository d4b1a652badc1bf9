package dev.wprest.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The configured secret is masked in the forms the client masks it in, over the forms the starter's
 * own list (raw, {@code URLEncoder}, Basic) used to miss: PHP's {@code json_encode}, {@code %20},
 * HTML escaping.
 */
class ConfiguredSecretsTest {
  private static final String USER = "editor";
  private static final String SECRET = "pa/ss wo\"rd&1";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "raw                | raw",
        "URLEncoder         | form",
        "rawurlencode       | percent",
        "PHP json_encode    | php-json",
        "esc_html           | html",
        "Basic user:secret  | basic",
      })
  void masksEveryFormOfTheConfiguredSecret(String what, String form) {
    ConfiguredSecrets secrets = new ConfiguredSecrets(environment());
    String text = "the server said <" + encoded(form) + "> back";

    assertThat(secrets.scrub(text)).as(what).isEqualTo("the server said <[REDACTED]> back");
  }

  private static String encoded(String form) {
    switch (form) {
      case "form":
        return URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
      case "percent":
        return URLEncoder.encode(SECRET, StandardCharsets.UTF_8).replace("+", "%20");
      case "php-json":
        return SECRET.replace("/", "\\/").replace("\"", "\\\"");
      case "html":
        return SECRET.replace("&", "&amp;").replace("\"", "&quot;");
      case "basic":
        return Base64.getEncoder()
            .encodeToString((USER + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
      default:
        return SECRET;
    }
  }

  private static StandardEnvironment environment() {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test",
                Map.of(
                    "wordpress.auth.user", USER,
                    "wordpress.auth.secret", SECRET)));
    return env;
  }
}
