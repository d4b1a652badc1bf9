package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API root and the home URL of any URL of a site, over the cases on which discovery (which kept
 * {@code /index.php} in a site URL), {@code SiteInfo} and the doctor used to disagree.
 */
class ApiRootsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // given                                     | API root                                   |
        // home URL                  | other style
        "https://example.com/index.php?rest_route=/     | https://example.com/index.php?rest_route=/ | https://example.com/      | https://example.com/wp-json/",
        "https://example.com/?rest_route=/wp/v2/posts   | https://example.com/?rest_route=/          | https://example.com/      | https://example.com/wp-json/",
        "https://example.com/blog/wp-json/wp/v2/posts   | https://example.com/blog/wp-json/          | https://example.com/blog/ | https://example.com/blog/?rest_route=/",
        "https://example.com/wp-json                    | https://example.com/wp-json/               | https://example.com/      | https://example.com/?rest_route=/",
        "HTTPS://Example.com:8443/wp-json/              | https://Example.com:8443/wp-json/          | https://Example.com:8443/ | https://Example.com:8443/?rest_route=/",
      })
  void findsTheRootTheHomeAndTheOtherStyle(String given, String root, String home, String other) {
    URI apiRoot = ApiRoots.givenRoot(URI.create(given)).orElseThrow();

    assertThat(apiRoot).hasToString(root);
    assertThat(ApiRoots.siteOf(apiRoot)).hasToString(home);
    assertThat(ApiRoots.siteUrl(apiRoot, null)).hasToString(home);
    assertThat(ApiRoots.otherStyle(apiRoot)).hasToString(other);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.com                          | https://example.com/",
        "https://example.com/blog                     | https://example.com/blog/",
        "https://example.com/blog/wp-admin/options.php | https://example.com/blog/",
        "https://example.com/wp-jsonp/                | https://example.com/wp-jsonp/",
      })
  void aUrlThatAddressesNoRootLeadsToItsHomePage(String given, String home) {
    assertThat(ApiRoots.givenRoot(URI.create(given))).isEmpty();
    assertThat(ApiRoots.homeOf(URI.create(given))).hasToString(home);
  }

  @Test
  void theSiteUrlComesFromTheIndexOnTheOriginThatAnswered() throws Exception {
    URI root = URI.create("https://example.com/index.php?rest_route=/");

    assertThat(
            ApiRoots.siteUrl(
                root, new ObjectMapper().readTree("{\"url\":\"http://internal:8080/blog\"}")))
        .hasToString("https://example.com/blog/");
  }
}
