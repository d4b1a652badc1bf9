package dev.wprest.diagnostics;

import dev.wprest.client.MalformedResponseException;
import java.util.Optional;

/** A body that was empty, cut off, or not the JSON that was due. */
final class MalformedResponseAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    boolean malformed = f.is(MalformedResponseException.class);
    boolean emptyError =
        f.hasResponse() && !f.wordPressAnswered() && f.exchange.bodyKind().name().equals("EMPTY");
    if (!malformed && !emptyError) {
      return Optional.empty();
    }
    String problem =
        malformed ? ((MalformedResponseException) f.failure).problem().name() : "EMPTY_BODY";
    return Optional.of(
        f.diagnosis(LikelyCause.MALFORMED_RESPONSE)
            .confidence(emptyError && f.status >= 400 ? Confidence.POSSIBLE : Confidence.LIKELY)
            .evidence("body problem", problem)
            .summary(f.what() + ", but the body was not usable JSON (" + problem + ").")
            .build());
  }
}
