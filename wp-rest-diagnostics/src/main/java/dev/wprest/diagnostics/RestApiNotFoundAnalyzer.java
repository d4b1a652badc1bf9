package dev.wprest.diagnostics;

import dev.wprest.client.RestApiNotFoundException;
import java.util.Optional;

/** Discovery found no REST API at the base URL. */
final class RestApiNotFoundAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!f.is(RestApiNotFoundException.class)) {
      return Optional.empty();
    }
    RestApiNotFoundException e = (RestApiNotFoundException) f.failure;
    return Optional.of(
        f.diagnosis(LikelyCause.REST_API_NOT_FOUND)
            .confidence(Confidence.LIKELY)
            .evidence("discovery tried", e.tried().toString())
            .summary(
                "No WordPress REST API answered at "
                    + (e.tried().isEmpty() ? f.uri() : e.tried().get(0))
                    + ": no api.w.org link, and neither /wp-json/ nor ?rest_route=/ served"
                    + " WordPress's index.")
            .alternative(
                LikelyCause.NOT_WORDPRESS_RESPONSE,
                "the base URL may not point at a WordPress install at all.")
            .alternative(
                LikelyCause.BLOCKED_BY_SECURITY_LAYER,
                "a firewall may answer every REST request with its own page.")
            .alternative(
                LikelyCause.REST_API_DISABLED,
                "a plugin may switch the REST API off for anonymous visitors, discovery included.")
            .build());
  }
}
