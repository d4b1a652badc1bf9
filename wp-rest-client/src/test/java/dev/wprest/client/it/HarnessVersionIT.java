package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The version axis of the integration tests is real: the sites a {@link WpVersion} names run that
 * WordPress version, as the home page's generator tag says, so a test over both versions is not
 * twice the same test.
 */
@ParameterizedClass
@EnumSource(WpVersion.class)
class HarnessVersionIT {
  private final RealWordPress wp;

  HarnessVersionIT(WpVersion version) {
    this.wp = RealWordPress.sites(version);
  }

  @Test
  void theSitesRunTheVersionTheyAreNamedFor() throws Exception {
    assertThat(wp.wordpressVersion()).startsWith(wp.version().line() + ".");
    for (String site : new String[] {"modphp", "nginx", "stripped"}) {
      HttpResponse<String> home =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(wp.url(site)))
                      .timeout(Duration.ofSeconds(20))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body())
          .as(site)
          .contains("<meta name=\"generator\" content=\"WordPress " + wp.wordpressVersion() + "\"");
    }
  }
}
