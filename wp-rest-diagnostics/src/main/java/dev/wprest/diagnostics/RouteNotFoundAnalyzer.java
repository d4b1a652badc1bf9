package dev.wprest.diagnostics;

import java.util.Optional;

/** {@code 404 rest_no_route}: WordPress itself found no route, unless a redirect lost it. */
final class RouteNotFoundAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (f.status != 404 || !f.codeIs("rest_no_route")) {
      return Optional.empty();
    }
    String route = f.route();
    if (!f.exchange.redirectChain().isEmpty()) {
      return Optional.of(
          f.diagnosis(LikelyCause.REDIRECT_CHANGED_REQUEST)
              .confidence(Confidence.LIKELY)
              .summary(
                  f.what()
                      + " after a redirect from "
                      + f.exchange.redirectChain().get(0)
                      + ": the redirect changed the request, so the route WordPress saw is not the"
                      + " one sent.")
              .alternative(
                  LikelyCause.ROUTE_NOT_FOUND,
                  "the route may also not exist at the original address.")
              .build());
    }
    if (route.startsWith("/jwt-auth/")) {
      return Optional.of(
          f.diagnosis(LikelyCause.BEARER_NOT_SUPPORTED)
              .confidence(Confidence.LIKELY)
              .summary(f.what() + ": no JWT plugin is active on this site.")
              .build());
    }
    Diagnosis.Builder d =
        f.diagnosis(LikelyCause.ROUTE_NOT_FOUND)
            .confidence(Confidence.LIKELY)
            .summary(f.what() + ": WordPress has no route " + route + " for " + f.method() + ".");
    String namespace = namespace(route);
    f.site()
        .filter(site -> !site.namespaces().isEmpty() && !namespace.isEmpty())
        .ifPresent(
            site -> {
              boolean served = site.hasNamespace(namespace);
              d.evidence(
                  "namespace " + namespace,
                  served ? "listed in the index" : "not listed in the index");
              if (!served) {
                d.firstCheck(
                    "Activate the plugin that provides the namespace "
                        + namespace
                        + ": the index lists only "
                        + site.namespaces()
                        + ".");
              }
            });
    return Optional.of(d.build());
  }

  /** {@code /wp/v2/posts/1} → {@code wp/v2}. */
  private static String namespace(String route) {
    String[] parts = route.replaceFirst("^/", "").split("/");
    return parts.length >= 2 ? parts[0] + "/" + parts[1] : "";
  }
}
