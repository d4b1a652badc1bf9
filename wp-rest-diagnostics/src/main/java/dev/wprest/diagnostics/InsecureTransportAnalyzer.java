package dev.wprest.diagnostics;

import dev.wprest.client.InsecureTransportException;
import java.util.Optional;

/** The client refused to send credentials over plain http: nothing left the machine. */
final class InsecureTransportAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!f.is(InsecureTransportException.class)) {
      return Optional.empty();
    }
    return Optional.of(
        f.diagnosis(LikelyCause.INSECURE_TRANSPORT_REFUSED)
            .confidence(Confidence.LIKELY)
            .summary(
                f.request()
                    + " was not sent: the client refuses to send "
                    + f.scheme()
                    + " credentials over plain http to a host that is not loopback.")
            .build());
  }
}
