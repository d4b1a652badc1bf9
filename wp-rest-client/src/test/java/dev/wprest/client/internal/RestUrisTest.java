package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The route of a URI as WordPress reads it ({@code rest_api_register_rewrites}, {@code
 * WP::parse_request}, {@code rest_api_loaded}), over the cases on which the analyzers' decoded
 * {@code /wp-json} rule and the HAR reader's raw {@code /wp-json/} rule used to disagree.
 */
class RestUrisTest {
  @ParameterizedTest(name = "{0} -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.com/wp-json                           | /",
        "https://example.com/wp-json/                          | /",
        "https://example.com/wp-json/wp/v2/users/me            | /wp/v2/users/me",
        "https://example.com/wp-json/wp/v2/users/me/           | /wp/v2/users/me",
        "https://example.com/wp-json/wp/v2/tags/caf%C3%A9      | /wp/v2/tags/café",
        "https://example.com/blog/wp-json/wp/v2/posts          | /wp/v2/posts",
        "https://example.com/index.php/wp-json/wp/v2/posts     | /wp/v2/posts",
        "https://example.com/?rest_route=/                     | /",
        "https://example.com/?rest_route=%2Fwp%2Fv2%2Fposts    | /wp/v2/posts",
        "https://example.com/index.php?rest_route=/wp/v2/posts/&page=2 | /wp/v2/posts",
        "https://example.com/?rest_route=/a&rest_route=/b      | /b",
        "https://example.com/?rest_route=                      | ''",
        "https://example.com/wp-jsonp/x                        | ''",
        "https://example.com/blog/                             | ''",
        "https://example.com/?my_rest_route=/x                 | ''",
      })
  void readsTheRouteAsWordPressDoes(String uri, String route) {
    assertThat(RestUris.routeOf(URI.create(uri))).isEqualTo(route);
    assertThat(RestUris.isRestUri(URI.create(uri))).isEqualTo(!route.isEmpty());
  }
}
