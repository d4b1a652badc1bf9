package dev.wprest.diagnostics;

import java.util.Optional;

/** What the status alone says, once no code named a cause: 400, 429, 5xx. */
final class StatusFamilyAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (f.status == 400) {
      Diagnosis.Builder d =
          f.diagnosis(LikelyCause.INVALID_REQUEST)
              .confidence(Confidence.LIKELY)
              .summary(f.what() + ": WordPress refused a parameter or the body of the request.");
      if (f.failure instanceof dev.wprest.client.WordPressApiException) {
        com.fasterxml.jackson.databind.JsonNode params =
            ((dev.wprest.client.WordPressApiException) f.failure).data().path("params");
        if (params.isObject()) {
          d.evidence("invalid parameters", String.join(", ", iterable(params.fieldNames())));
          if (params.has("status") || params.has("context")) {
            d.alternative(
                f.credentialsSent()
                    ? LikelyCause.CREDENTIALS_REJECTED
                    : LikelyCause.NO_CREDENTIALS_SENT,
                "status and context values other than the public ones need an identity: an"
                    + " anonymous request gets this 400 instead of a 401.");
          }
        }
      }
      return Optional.of(d.build());
    }
    if (f.status == 429) {
      return Optional.of(
          f.diagnosis(LikelyCause.RATE_LIMITED)
              .confidence(Confidence.LIKELY)
              .summary(f.what() + ": the client is being rate limited.")
              .build());
    }
    if (f.status >= 500) {
      return Optional.of(
          f.diagnosis(LikelyCause.SERVER_ERROR)
              .confidence(Confidence.LIKELY)
              .summary(f.what() + ": the server failed.")
              .build());
    }
    return Optional.empty();
  }

  private static java.util.List<String> iterable(java.util.Iterator<String> names) {
    java.util.List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
