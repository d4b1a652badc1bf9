package dev.wprest.diagnostics;

import java.util.Optional;

/** Always answers: {@link LikelyCause#UNKNOWN}, with all the evidence there is. */
final class FallbackAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    Diagnosis.Builder d = f.diagnosis(LikelyCause.UNKNOWN).confidence(Confidence.POSSIBLE);
    if (!f.isWordPressFailure()) {
      return Optional.of(
          d.stage(Stage.RESPONSE)
              .summary(
                  "The failure ("
                      + (f.thrown == null ? "null" : f.thrown.getClass().getSimpleName())
                      + ") did not come from a wp-rest client call, so there is no HTTP exchange to"
                      + " reason from.")
              .build());
    }
    return Optional.of(
        d.stage(stageOf(f.status))
            .summary(f.what() + ": no known cause matches this answer.")
            .build());
  }

  private static Stage stageOf(int status) {
    if (status == 0) {
      return Stage.TRANSPORT;
    }
    if (status == 401) {
      return Stage.IDENTITY;
    }
    if (status == 403) {
      return Stage.PERMISSION;
    }
    if (status == 404) {
      return Stage.ROUTE;
    }
    return Stage.RESPONSE;
  }
}
