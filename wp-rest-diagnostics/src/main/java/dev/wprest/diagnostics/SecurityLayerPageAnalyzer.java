package dev.wprest.diagnostics;

import java.util.Optional;

/** A firewall's, CDN's or security plugin's page instead of WordPress's JSON. */
final class SecurityLayerPageAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!f.hasResponse() || f.wordPressAnswered()) {
      return Optional.empty();
    }
    Optional<String> layer = SecurityLayers.recognize(f);
    if (layer.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        f.diagnosis(LikelyCause.BLOCKED_BY_SECURITY_LAYER)
            .confidence(Confidence.LIKELY)
            .evidence("security layer", layer.get())
            .summary(
                f.request()
                    + " answered "
                    + f.status
                    + " with a page from "
                    + layer.get()
                    + " instead of WordPress's JSON: the request was blocked before WordPress.")
            .firstCheck(
                "Look the block up in "
                    + layer.get()
                    + " (its log, or the Ray or incident ID on the page) and allow REST API requests"
                    + " from this client there, or ask the host to.")
            .build());
  }
}
