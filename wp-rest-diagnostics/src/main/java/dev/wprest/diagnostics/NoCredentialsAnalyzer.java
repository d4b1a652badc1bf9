package dev.wprest.diagnostics;

import java.util.Optional;

/** The anonymous 401 when the client sent no credentials at all. */
final class NoCredentialsAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!AnonymousAnswer.is(f) || f.credentialsSent()) {
      return Optional.empty();
    }
    return Optional.of(
        f.diagnosis(LikelyCause.NO_CREDENTIALS_SENT)
            .confidence(Confidence.LIKELY)
            .summary(
                f.what()
                    + " and the client sent no credentials (auth scheme "
                    + f.scheme()
                    + "): this route needs an identity.")
            .alternative(
                LikelyCause.BROWSER_SESSION_ONLY,
                "if the same call works in a browser, the browser's login cookies and nonce were"
                    + " doing the authenticating there.")
            .build());
  }
}
