package dev.wprest.diagnostics;

import dev.wprest.client.AuthScheme;
import dev.wprest.diagnostics.internal.WordPressAnswers;
import java.util.Optional;

/**
 * A REST lock-down plugin's code. Such plugins refuse whatever they see as anonymous, so when
 * credentials were sent they were not accepted either: the Basic reasoning's causes stay open.
 */
final class RestApiDisabledAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!WordPressAnswers.LOCK_DOWN_CODES.contains(f.code)) {
      return Optional.empty();
    }
    Diagnosis.Builder d =
        f.diagnosis(LikelyCause.REST_API_DISABLED)
            .confidence(Confidence.LIKELY)
            .summary(
                f.what()
                    + ": a plugin restricts the REST API and saw this request as anonymous"
                    + (f.credentialsSent() ? " although credentials were sent." : "."));
    if (!f.credentialsSent()) {
      d.alternative(
          LikelyCause.NO_CREDENTIALS_SENT,
          "no credentials were sent; the plugin lets logged-in users through.");
    } else if (f.scheme().equals(AuthScheme.APPLICATION_PASSWORD)) {
      LikelyCause primary = BasicAnonymousAnalyzer.primary(f);
      d.alternative(
          primary,
          "the plugin let no identity through, so the credentials were not accepted: "
              + primary.title().toLowerCase(java.util.Locale.ROOT)
              + " is the most likely reason.");
      BasicAnonymousAnalyzer.addAlternatives(d, f, primary);
    } else {
      d.alternative(
          LikelyCause.CREDENTIALS_REJECTED,
          "the plugin let no identity through, so the credentials were not accepted.");
    }
    return Optional.of(d.build());
  }
}
