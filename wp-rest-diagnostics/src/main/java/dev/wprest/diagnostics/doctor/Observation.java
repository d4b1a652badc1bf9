package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.diagnostics.internal.CoreSignature;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one answer of the run said, kept whole enough to check a verdict against it: the probe that
 * asked, status, WordPress code, message and {@code data.status}, and the headers that tell who
 * answered. No body and no secret is kept.
 */
final class Observation {
  final ProbeName probe;
  final String request;
  final int status;
  final String code;
  final String message;
  final int dataStatus;
  private final Function<String, Optional<String>> headers;

  private Observation(
      ProbeName probe,
      String request,
      int status,
      String code,
      String message,
      int dataStatus,
      Function<String, Optional<String>> headers) {
    this.probe = probe;
    this.request = request;
    this.status = status;
    this.code = code;
    this.message = message;
    this.dataStatus = dataStatus;
    this.headers = headers;
  }

  static Observation of(
      ProbeName probe, String request, int status, JsonNode envelope, HttpHeaders headers) {
    JsonNode data = envelope.path("data").path("status");
    return new Observation(
        probe,
        request,
        status,
        envelope.path("code").asText(""),
        envelope.path("message").asText(""),
        data.canConvertToInt() ? data.asInt() : -1,
        headers::firstValue);
  }

  static Observation of(
      ProbeName probe,
      String request,
      int status,
      String code,
      String message,
      int dataStatus,
      Function<String, Optional<String>> headers) {
    return new Observation(probe, request, status, code, message, dataStatus, headers);
  }

  CoreSignature.Fit fit(CoreSignature signature) {
    return signature.fit(status, code, message, dataStatus);
  }

  String mismatch(CoreSignature signature) {
    return signature.mismatch(status, code, message, dataStatus);
  }

  Optional<String> header(String name) {
    return headers.apply(name);
  }

  /** "GET .../users/me answered 401 rest_not_logged_in". */
  String answered() {
    return request + " answered " + status + (code.isEmpty() ? "" : " " + code);
  }

  /**
   * What in the headers says a layer in front of WordPress answered, or empty: a cache hit, or a
   * proxy naming itself (Via, a CDN's Server) on an answer without any header WordPress's REST
   * server sends.
   */
  Optional<String> layerAnswered() {
    for (String name :
        new String[] {"X-Cache", "CF-Cache-Status", "X-Proxy-Cache", "X-Cache-Status"}) {
      Optional<String> hit = header(name).filter(v -> v.toUpperCase(Locale.ROOT).startsWith("HIT"));
      if (hit.isPresent()) {
        return Optional.of(name + ": " + hit.get() + " (a cache answered, not WordPress)");
      }
    }
    boolean restHeaders =
        header("X-Robots-Tag").isPresent()
            || header("Link").filter(l -> l.contains("api.w.org")).isPresent()
            || header("Access-Control-Expose-Headers").filter(h -> h.contains("X-WP")).isPresent();
    if (restHeaders) {
      return Optional.empty();
    }
    Optional<String> via = header("Via").map(v -> "Via: " + v);
    if (via.isPresent()) {
      return via.map(v -> v + " on an answer without the headers WordPress's REST server sends");
    }
    return Optional.empty();
  }
}
