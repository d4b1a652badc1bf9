package dev.wprest.diagnostics;

import dev.wprest.client.AuthScheme;
import dev.wprest.client.SiteInfo;
import dev.wprest.diagnostics.internal.TokenNamespaces;
import java.util.Optional;

/**
 * The anonymous 401 for a bearer token. Core ignores bearer tokens, so without a token plugin's
 * namespace in the index the site does not support them; with one, the plugin would have answered
 * its own error for a bad token, so the header most likely never arrived.
 */
final class BearerAnonymousAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!AnonymousAnswer.is(f) || !f.scheme().equals(AuthScheme.BEARER) || !f.credentialsSent()) {
      return Optional.empty();
    }
    Optional<SiteInfo> site = f.site().filter(s -> !s.namespaces().isEmpty());
    if (site.isPresent() && TokenNamespaces.present(site.get()).isPresent()) {
      String namespace = TokenNamespaces.present(site.get()).get();
      return Optional.of(
          f.diagnosis(LikelyCause.AUTHORIZATION_HEADER_STRIPPED)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.what()
                      + " although a bearer token was sent and the site runs a token plugin ("
                      + namespace
                      + "): WordPress saw an anonymous request, so the Authorization header most"
                      + " likely never reached PHP.")
              .alternative(
                  LikelyCause.BEARER_TOKEN_REJECTED,
                  "a token from another plugin or site may be ignored rather than refused.")
              .build());
    }
    Diagnosis.Builder d =
        f.diagnosis(LikelyCause.BEARER_NOT_SUPPORTED)
            .summary(
                f.what()
                    + " although a bearer token was sent: WordPress core ignores bearer tokens"
                    + (site.isPresent()
                        ? " and the index lists no token plugin namespace."
                        : ", and the index was not read to see whether a token plugin is active."));
    if (site.isPresent()) {
      d.confidence(Confidence.LIKELY);
    } else {
      d.confidence(Confidence.POSSIBLE)
          .alternative(
              LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
              "with a token plugin active, a stripped header gets the same anonymous 401.")
          .alternative(
              LikelyCause.BEARER_TOKEN_REJECTED,
              "a token plugin may ignore a token it did not issue.");
    }
    return Optional.of(d.build());
  }
}
