package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.HttpMethod;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which redirects may be followed, over the cases on which the transport, discovery and the doctor
 * used to disagree (two sets of redirect statuses, two upgrade rules).
 */
class RedirectRulesTest {
  @ParameterizedTest(name = "{0} with Location {1}")
  @CsvSource({
    "301, true, true",
    "302, true, true",
    "303, true, true",
    "307, true, true",
    "308, true, true",
    "300, true, false",
    "304, true, false",
    "301, false, false",
    "200, true, false"
  })
  void aRedirectIsARedirectStatusWithALocation(int status, boolean location, boolean redirect) {
    assertThat(RedirectRules.isRedirect(status, location ? Optional.of("/x") : Optional.empty()))
        .isEqualTo(redirect);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "/wp-json/                 | https://example.com/wp-json/",
        "  https://example.com/a   | https://example.com/a",
        "//other.example/x         | https://other.example/x",
        "http://[::1               | ''",
        "ftp://example.com/x       | ''",
        "mailto:a@example.com      | ''",
      })
  void theTargetIsAnAbsoluteHttpUrl(String location, String target) {
    Optional<URI> resolved =
        RedirectRules.target(URI.create("https://example.com/blog/"), location);
    assertThat(resolved.map(URI::toString).orElse("")).isEqualTo(target);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // method | from                      | to                               | hop | credentials
        // | refused
        "GET    | https://example.com/a     | https://example.com/b            | 0 | true  | ''",
        "GET    | https://example.com/a     | https://other.example/b          | 0 | false | ''",
        "GET    | https://example.com/a     | https://other.example/b          | 0 | true  | CROSS_ORIGIN",
        "GET    | https://example.com/a     | http://example.com/b             | 0 | false | HTTPS_DOWNGRADE",
        "GET    | https://example.com/a     | https://u:p@example.com/b        | 0 | false | USERINFO_IN_LOCATION",
        "POST   | https://example.com/a     | https://example.com/b            | 0 | true  | WRITE_REDIRECTED",
        "GET    | https://example.com/a     | https://example.com/b            | 5 | true  | TOO_MANY_HOPS",
        "GET    | http://example.com/a      | https://example.com/a            | 0 | true  | CROSS_ORIGIN",
      })
  void refusesWhatCouldLeakOrLie(
      HttpMethod method, String from, String to, int hop, boolean credentials, String refused) {
    assertThat(
            RedirectRules.refusal(
                    method, 302, URI.create(from), URI.create(to), hop, 5, credentials)
                .map(r -> r.reason.name())
                .orElse(""))
        .isEqualTo(refused);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "http://example.com/, https://example.com/, true, false, false",
    "http://example.com/, https://example.com:443/, true, false, false",
    "http://example.com/, https://example.com:8443/, false, true, false",
    "http://example.com/, https://www.example.com/, false, false, false",
    "https://example.com/, http://example.com/, false, false, true",
    "http://example.com:8080/, https://example.com/, true, false, false",
  })
  void credentialsFollowOnlyTheUpgradeToHttpsOnTheDefaultPort(
      String from, String to, boolean upgrade, boolean elsewhere, boolean downgrade) {
    URI a = URI.create(from);
    URI b = URI.create(to);
    assertThat(RedirectRules.isSafeUpgrade(a, b)).isEqualTo(upgrade);
    assertThat(RedirectRules.credentialsMayFollow(a, b)).isEqualTo(upgrade);
    assertThat(RedirectRules.isUpgradeElsewhere(a, b)).isEqualTo(elsewhere);
    assertThat(RedirectRules.isDowngrade(a, b)).isEqualTo(downgrade);
  }
}
