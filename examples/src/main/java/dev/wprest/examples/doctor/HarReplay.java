package dev.wprest.examples.doctor;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.har.HarEntry;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Diagnoses one recorded request offline: a loopback stand-in answers with the HAR's response, the
 * client sends the HAR's credential headers, and the resulting failure is diagnosed exactly as a
 * live one would be. Nothing leaves the machine.
 */
final class HarReplay {
  private HarReplay() {}

  /** The diagnosis of a failed entry, or empty when the replayed call succeeds. */
  static Optional<Diagnosis> diagnose(HarEntry entry, List<HarEntry> sameFile) {
    if (!entry.bodyRecorded() && entry.status() >= 400) {
      // Replaying an empty body would be read as the server's fault (a malformed answer).
      return Optional.of(UnrecordedBodyDiagnosis.diagnose(entry));
    }
    String route = entry.restRoute().orElseThrow();
    String original = entry.url().getScheme() + "://" + entry.url().getRawAuthority();
    boolean indexRecorded = false;
    String standIn = null;
    try (ReplayServer site = ReplayServer.start()) {
      standIn = site.baseUrl();
      String prefix = prefix(entry);
      site.mount(entry.method(), replayPath(entry), recorded(entry));
      Optional<HarEntry> index =
          sameFile.stream()
              .filter(e -> e.restRoute().map(r -> r.equals("/") || r.isEmpty()).orElse(false))
              .filter(e -> e.method().equals("GET") && e.status() == 200)
              .findFirst();
      if (index.isPresent()) {
        site.mount("GET", replayPath(index.get()), recorded(index.get()));
        indexRecorded = true;
      }
      WordPressClient client =
          WordPressClient.builder()
              .baseUrl(site.baseUrl() + prefix)
              .auth(auth(entry))
              .callTimeout(Duration.ofSeconds(5))
              .build();
      WpRequest.Builder request = WpRequest.builder(method(entry), route.isEmpty() ? "/" : route);
      queryOf(entry).forEach(request::query);
      client.execute(request.build());
      return Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException("could not start the stand-in site", e);
    } catch (RuntimeException e) {
      Diagnosis d = AuthDiagnostics.diagnose(e);
      return Optional.of(standIn == null ? d : Relabel.apply(d, standIn, original, indexRecorded));
    }
  }

  /** The credential headers the entry carried, as a strategy that sends the same. */
  static AuthStrategy auth(HarEntry entry) {
    Map<String, String> headers = new LinkedHashMap<>();
    entry.requestHeader("authorization").ifPresent(v -> headers.put("Authorization", v));
    entry.requestHeader("cookie").ifPresent(v -> headers.put("Cookie", v));
    entry.requestHeader("x-wp-nonce").ifPresent(v -> headers.put("X-WP-Nonce", v));
    return HeaderAuth.of(headers);
  }

  private static RecordedExchange recorded(HarEntry entry) {
    return RecordedExchange.of(
        "har",
        entry.status(),
        entry.responseHeaders(),
        new String(entry.responseBody(), StandardCharsets.UTF_8));
  }

  private static HttpMethod method(HarEntry entry) {
    try {
      return HttpMethod.valueOf(entry.method().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return HttpMethod.GET;
    }
  }

  /** The API root's path on the stand-in: {@code /wp-json/} or {@code /?rest_route=/}. */
  private static String prefix(HarEntry entry) {
    String path = entry.url().getRawPath() == null ? "/" : entry.url().getRawPath();
    int wpJson = path.indexOf("/wp-json");
    return wpJson >= 0 ? path.substring(0, wpJson) + "/wp-json/" : path + "?rest_route=/";
  }

  private static String replayPath(HarEntry entry) {
    String path = entry.url().getRawPath() == null ? "/" : entry.url().getRawPath();
    String query = entry.url().getRawQuery();
    return query == null ? path : path + "?" + query;
  }

  private static Map<String, String> queryOf(HarEntry entry) {
    Map<String, String> out = new LinkedHashMap<>();
    String query = entry.url().getRawQuery();
    if (query == null) {
      return out;
    }
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
      if (!name.equals("rest_route") && !name.isEmpty()) {
        out.put(name, kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
    }
    return out;
  }
}
