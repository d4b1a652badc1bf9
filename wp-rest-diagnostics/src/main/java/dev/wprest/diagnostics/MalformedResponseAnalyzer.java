package dev.wprest.diagnostics;

import dev.wprest.client.BodyProblem;
import dev.wprest.client.MalformedResponseException;
import java.util.Optional;

/**
 * A body that was empty, cut off, or not the JSON that was due; or whole JSON that did not fit the
 * type it was bound to, which is not the body's fault.
 */
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
    if (problem.equals(BodyProblem.UNEXPECTED_SHAPE.name())) {
      return Optional.of(doesNotFit(f));
    }
    return Optional.of(
        f.diagnosis(LikelyCause.MALFORMED_RESPONSE)
            .confidence(emptyError && f.status >= 400 ? Confidence.POSSIBLE : Confidence.LIKELY)
            .evidence("body problem", problem)
            .summary(f.what() + ", but the body was not usable JSON (" + problem + ").")
            .build());
  }

  private static Diagnosis doesNotFit(FailureFacts f) {
    return f.diagnosis(LikelyCause.UNEXPECTED_JSON_SHAPE)
        .confidence(Confidence.LIKELY)
        .evidence("body problem", BodyProblem.UNEXPECTED_SHAPE.name())
        .evidence("binding", String.valueOf(f.failure.getMessage()))
        .summary(f.what() + ": the JSON was whole but did not fit the Java type it was bound to.")
        .build();
  }
}
