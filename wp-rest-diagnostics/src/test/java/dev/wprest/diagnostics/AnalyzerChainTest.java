package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressError;
import dev.wprest.client.WordPressException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The chain's contract: order, skipping, fallback, the SPI, and the CONFIRMED rule. */
class AnalyzerChainTest {
  private static final UnauthorizedException NOT_LOGGED_IN = notLoggedIn();

  @Test
  void aThrowingAnalyzerIsSkippedAndTheNextAnswers() {
    Analyzer broken =
        f -> {
          throw new IllegalStateException("boom");
        };
    Diagnosis d =
        new AnalyzerChain(List.of(), List.of(broken, new NoCredentialsAnalyzer()))
            .diagnose(NOT_LOGGED_IN);
    assertThat(d.cause()).isEqualTo(LikelyCause.NO_CREDENTIALS_SENT);
  }

  @Test
  void theFallbackAnswersUnknownWithEvidence() {
    Diagnosis d = new AnalyzerChain(List.of(), List.of()).diagnose(NOT_LOGGED_IN);
    assertThat(d.cause()).isEqualTo(LikelyCause.UNKNOWN);
    assertThat(d.stage()).isEqualTo(Stage.IDENTITY);
    assertThat(d.evidence()).extracting(Evidence::label).contains("request", "answer");
  }

  @Test
  void anythingThatIsNotAWordPressFailureIsUnknown() {
    Diagnosis d = AuthDiagnostics.diagnose(new IllegalStateException("x"));
    assertThat(d.cause()).isEqualTo(LikelyCause.UNKNOWN);
    assertThat(AuthDiagnostics.diagnose(null).cause()).isEqualTo(LikelyCause.UNKNOWN);
  }

  @Test
  void aWrappedWordPressFailureIsFound() {
    Diagnosis d = AuthDiagnostics.diagnose(new CompletionException(NOT_LOGGED_IN));
    assertThat(d.cause()).isEqualTo(LikelyCause.NO_CREDENTIALS_SENT);
  }

  @Test
  void thirdPartyAnalyzersComeFirstAndCannotClaimConfirmation() {
    DiagnosisAnalyzer plugin =
        failure ->
            Optional.of(
                Diagnosis.builder(LikelyCause.REST_API_DISABLED)
                    .confidence(Confidence.CONFIRMED)
                    .evidence(Evidence.probe("plugin", "said so"))
                    .summary("a plugin's own code")
                    .build());
    Diagnosis d =
        new AnalyzerChain(List.of(plugin), BuiltInAnalyzers.inOrder()).diagnose(NOT_LOGGED_IN);
    assertThat(d.cause()).isEqualTo(LikelyCause.REST_API_DISABLED);
    assertThat(d.confidence()).isEqualTo(Confidence.LIKELY);
  }

  @Test
  void confirmedNeedsProbeEvidence() {
    assertThatThrownBy(
            () ->
                Diagnosis.builder(LikelyCause.UNKNOWN)
                    .summary("s")
                    .confidence(Confidence.CONFIRMED)
                    .evidence("status", "401")
                    .build())
        .isInstanceOf(IllegalStateException.class);
    Diagnosis d =
        Diagnosis.builder(LikelyCause.AUTHORIZATION_HEADER_STRIPPED)
            .summary("s")
            .confidence(Confidence.CONFIRMED)
            .evidence(Evidence.probe("XML-RPC wp.getUsersBlogs", "accepted the same credential"))
            .build();
    assertThat(d.toBuilder().build()).isEqualTo(d);
  }

  @Test
  void callWrapsFailuresAndPassesResultsThrough() {
    assertThat(AuthDiagnostics.call(() -> 42)).isEqualTo(42);
    assertThatThrownBy(
            () ->
                AuthDiagnostics.call(
                    () -> {
                      throw NOT_LOGGED_IN;
                    }))
        .isInstanceOf(AuthDiagnosisException.class)
        .hasCause(NOT_LOGGED_IN)
        .hasMessageStartingWith("[WPD-401-NO-CREDENTIALS, likely] GET");
  }

  /** A cost figure for passive diagnosis, printed for the release notes. */
  @Test
  void passiveDiagnosisIsCheap() {
    WordPressException failure = NOT_LOGGED_IN;
    for (int i = 0; i < 2_000; i++) {
      AuthDiagnostics.diagnose(failure);
    }
    int n = 20_000;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      AuthDiagnostics.diagnose(failure);
    }
    long perCall = (System.nanoTime() - start) / n;
    System.out.println("passive diagnosis: " + perCall + " ns per failed call");
    assertThat(perCall).isLessThan(5_000_000L);
  }

  private static UnauthorizedException notLoggedIn() {
    FailedExchange exchange =
        FailedExchange.builder("GET", URI.create("https://example.com/wp-json/wp/v2/users/me"))
            .status(401)
            .body("{\"code\":\"rest_not_logged_in\"}", dev.wprest.client.BodyKind.JSON)
            .wordPressAnswered(true)
            .build();
    return new UnauthorizedException(
        "401",
        exchange,
        Optional.of(
            WordPressError.of(
                "rest_not_logged_in",
                "You are not currently logged in.",
                MissingNode.getInstance(),
                List.of())));
  }
}
