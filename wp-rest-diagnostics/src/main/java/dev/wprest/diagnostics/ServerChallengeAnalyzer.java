package dev.wprest.diagnostics;

import dev.wprest.client.AuthScheme;
import java.util.Optional;

/** A 401 with {@code WWW-Authenticate}: WordPress never sends that header. */
final class ServerChallengeAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    Optional<String> challenge = f.header("www-authenticate");
    if (f.status != 401 || challenge.isEmpty()) {
      return Optional.empty();
    }
    Diagnosis.Builder d =
        f.diagnosis(LikelyCause.SERVER_LEVEL_AUTH_CHALLENGE)
            .summary(
                f.what()
                    + " with WWW-Authenticate: "
                    + challenge.get()
                    + ", which WordPress never sends: something in front of it asks for"
                    + " credentials.");
    if (f.wordPressAnswered()) {
      // A WordPress envelope with a challenge: an auth plugin may add the header itself.
      d.confidence(Confidence.POSSIBLE)
          .alternative(
              f.scheme().equals(AuthScheme.BEARER)
                  ? LikelyCause.BEARER_TOKEN_REJECTED
                  : LikelyCause.CREDENTIALS_REJECTED,
              "the body is WordPress's own error envelope, so an auth plugin may have added the"
                  + " challenge to its refusal.");
    } else {
      d.confidence(Confidence.LIKELY);
    }
    return Optional.of(d.build());
  }
}
