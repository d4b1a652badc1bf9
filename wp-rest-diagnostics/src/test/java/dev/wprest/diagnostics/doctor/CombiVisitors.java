package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.doctor.CombiLayers.Front;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * What happened on a site before the doctor was asked, for the fronts whose answers depend on it,
 * so that each combination is examined in the same state on every run: on a shared cache a visitor
 * has asked the routes the doctor reads (a live site's cache is never empty), and a rate-limited
 * client is already past its limit (which is why its user runs the doctor).
 */
final class CombiVisitors {
  /** The GET routes the doctor reads, as a visitor asks them. */
  private static final List<String> VISITED =
      List.of(
          "wp-json/",
          "wp-json/wp/v2/users/me",
          "wp-json/wp/v2/users/me/application-passwords/introspect");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private CombiVisitors() {}

  /**
   * Prepares the site of a combination.
   *
   * @param front the front layer of the combination
   * @param site the site's root URI
   * @param basic {@code login:secret} of the combination's credential, or null for none
   */
  static void before(Front front, URI site, String basic) {
    if (front == Front.CACHE_SHARED) {
      for (String route : VISITED) {
        get(site.resolve(route), null);
      }
    } else if (front == Front.RATELIMIT || front == Front.RATELIMIT_503) {
      // The limit counts per site and Authorization header (combi.sh): one request of each kind
      // the doctor sends uses up the minute's allowance.
      get(site.resolve("wp-json/"), null);
      if (basic != null) {
        get(site.resolve("wp-json/"), basic);
      }
    }
  }

  private static void get(URI uri, String basic) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .header("Accept", "application/json");
    if (basic != null) {
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException("the visitor before the doctor could not reach " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
