package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.FailedExchange;
import dev.wprest.client.ResponseTooLargeException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A body over the client's own size limit is named as that, never as a proxy or PHP failure. */
class ResponseTooLargeDiagnosisTest {
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
}
