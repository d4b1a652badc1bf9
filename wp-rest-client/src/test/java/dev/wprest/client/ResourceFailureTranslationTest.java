package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;

@WireMockTest
class ResourceFailureTranslationTest {
  /** What a wrapping module (diagnostics) would throw instead. */
  static final class Translated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Translated(Throwable cause) {
      super(cause);
    }
  }

  @Test
  void aBodyThatDoesNotBindReachesTheFailureTranslatorLikeAnyFailure(WireMockRuntimeInfo wm) {
    WireMockSite.stubIndex(wm);
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/1"))
                .willReturn(WireMockSite.json(200, "[1,2]")));
    WordPressClient wp =
        WireMockSite.client(wm, AuthStrategy.none()).failureTranslator(Translated::new).build();

    assertThatThrownBy(() -> wp.posts().get(1))
        .isInstanceOf(Translated.class)
        .hasCauseInstanceOf(MalformedResponseException.class);
  }
}
