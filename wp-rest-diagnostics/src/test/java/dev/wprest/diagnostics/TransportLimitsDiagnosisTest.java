package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.FailedExchange;
import dev.wprest.client.RedirectRefusedException;
import dev.wprest.client.ResponseTooLargeException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The transport's newer refusals are named for what they are: a body over the client's own size
 * limit (never a proxy or PHP failure), a malformed or userinfo-carrying redirect.
 */
class TransportLimitsDiagnosisTest {
  @Test
  void aBodyOverTheLimitIsTheClientsLimitNotAProxyOrPhpMemoryProblem() {
    FailedExchange exchange =
        FailedExchange.builder("GET", URI.create("https://example.com/wp-json/wp/v2/posts"))
            .status(200)
            .responseHeaders(Map.of("Content-Length", List.of("2147483648")))
            .auth("application-password", true)
            .build();
    ResponseTooLargeException tooLarge =
        new ResponseTooLargeException(
            "200 on GET ...: too large", exchange, 16L << 20, OptionalLong.of(2147483648L));

    Diagnosis d = AuthDiagnostics.diagnose(tooLarge);

    assertThat(d.cause()).isEqualTo(LikelyCause.TRANSPORT_FAILED);
    assertThat(d.summary()).contains("maxResponseBytes 16777216").contains("2147483648");
    assertThat(d.firstCheck()).contains("maxResponseBytes");
    assertThat(d.summary() + d.firstCheck())
        .doesNotContainIgnoringCase("proxy")
        .doesNotContainIgnoringCase("memory_limit")
        .doesNotContainIgnoringCase("PHP");
  }

  @Test
  void aMalformedLocationIsABrokenRedirectRuleWhateverTheMethod() {
    URI from = URI.create("https://example.com/wp-json/wp/v2/posts");
    FailedExchange exchange =
        FailedExchange.builder("POST", from).status(302).auth("application-password", true).build();
    RedirectRefusedException refused =
        new RedirectRefusedException(
            "302 redirect refused",
            exchange,
            from,
            null,
            RedirectRefusedException.Reason.MALFORMED_LOCATION);

    Diagnosis d = AuthDiagnostics.diagnose(refused);

    assertThat(d.cause()).isEqualTo(LikelyCause.REDIRECT_REFUSED);
    assertThat(d.summary()).contains("not a valid URL").doesNotContain("null");
    assertThat(d.firstCheck()).contains("curl -sI " + from);
  }
}
