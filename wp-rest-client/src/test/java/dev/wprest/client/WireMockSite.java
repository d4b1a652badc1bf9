package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.time.Duration;

/** Stubs the parts of a WordPress site every client test needs, with real WordPress bodies. */
final class WireMockSite {
  /** An index as WordPress 6.1 sends it with Application Passwords available (trimmed). */
  static final String INDEX_LOCAL =
      "{\"name\":\"wp-rest it\",\"description\":\"\",\"url\":\"%1$s\",\"home\":\"%1$s\","
          + "\"namespaces\":[\"oembed/1.0\",\"wp/v2\",\"wp-site-health/v1\"],"
          + "\"authentication\":{\"application-passwords\":{\"endpoints\":{\"authorization\":"
          + "\"%1$s/wp-admin/authorize-application.php\"}}},\"routes\":{}}";

  /** WordPress's answer to an anonymous {@code users/me}. */
  static final String NOT_LOGGED_IN =
      "{\"code\":\"rest_not_logged_in\",\"message\":\"You are not currently logged in.\","
          + "\"data\":{\"status\":401}}";

  static final String INVALID_NONCE =
      "{\"code\":\"rest_cookie_invalid_nonce\",\"message\":\"Cookie check failed\","
          + "\"data\":{\"status\":403}}";

  private WireMockSite() {}

  /** Stubs {@code /wp-json/} with the index. */
  static void stubIndex(WireMockRuntimeInfo wm) {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/"))
                .willReturn(json(200, String.format(INDEX_LOCAL, wm.getHttpBaseUrl()))));
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody(body);
  }

  /**
   * A client for the stubbed site, addressed by its API root, that never sleeps between retries.
   */
  static WordPressClient.Builder client(WireMockRuntimeInfo wm, AuthStrategy auth) {
    return WordPressClient.builder()
        .baseUrl(wm.getHttpBaseUrl() + "/wp-json/")
        .auth(auth)
        .callTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().sleeper(d -> {}).build());
  }
}
