package dev.wprest.diagnostics;

import java.util.Optional;

/** What the status alone says, once no code named a cause: 400, 429, 5xx. */
final class StatusFamilyAnalyzer implements Analyzer {
  /**
   * A 429 without Retry-After (nginx's limit_req never sends one) gives no wait time: a minute
   * outlasts most per-minute limits, and backing off keeps the next burst from tripping it again.
   */
  static final String NO_RETRY_AFTER =
      "The answer carries no Retry-After header, so it does not say how long to wait: wait about a"
          + " minute, then retry with backoff (double the pause after each further 429) and send"
          + " fewer requests at once; ask the host which rate limit applies to the REST API (per"
          + " address or per credential).";

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
              .firstCheck(
                  f.header("Retry-After").isPresent()
                      ? LikelyCause.RATE_LIMITED.firstCheck()
                      : NO_RETRY_AFTER)
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
