package dev.wprest.diagnostics.doctor;

import dev.wprest.client.WpRequest;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.LikelyCause;

/**
 * Whether users/me's refusal was WordPress's answer to this request or one a page cache stored for
 * an earlier visitor. A cache keyed without the {@code Authorization} header (a host's page cache,
 * a CDN, an nginx {@code proxy_cache}) serves every caller the anonymous answer it stored, which
 * looks exactly like a header that never reached WordPress, XML-RPC cross-check included (XML-RPC
 * is a POST, which such caches pass by). The same request with a query no one sent before misses a
 * cache keyed on the URL, so it tells the two apart.
 */
final class StoredAnswerCheck {
  private static final String ME = "/wp/v2/users/me";

  private StoredAnswerCheck() {}

  /**
   * Sends users/me again with a query of its own.
   *
   * @return a verdict naming the stored answer when the fresh request was accepted; null when
   *     WordPress refused it too (its own answer stands) or no request may be sent
   */
  static Verdict storedAnswer(ProbeSession s, SiteView view, ClientExchange me, String user) {
    if (!s.canSend(1)) {
      return null;
    }
    // Unique per run, so no cache can have stored an answer for it; WordPress ignores the
    // parameter, which users/me does not declare.
    String marker = Long.toString(System.nanoTime(), 36);
    ClientExchange fresh =
        ClientExchange.run(
            s, ProbeName.FRESH_QUERY, view, WpRequest.get(ME).query("wp_doctor", marker).build());
    if (!fresh.ok()) {
      s.record(
          ProbeName.FRESH_QUERY,
          fresh.request,
          fresh.status,
          "answered " + fresh.summary() + " too: WordPress's own answer, not a stored one");
      return null;
    }
    String finding =
        "accepted "
            + user
            + " ("
            + fresh.status
            + "): the refusal of "
            + me.request
            + " was an answer stored for another visitor";
    s.record(ProbeName.FRESH_QUERY, fresh.request, fresh.status, finding);
    s.evidence("users/me with a query of its own", finding);
    return Verdict.of(
            LikelyCause.UNKNOWN,
            Confidence.LIKELY,
            me.request
                + " answered "
                + me.summary()
                + ", but the same request with a query of its own was accepted as "
                + user
                + ": the credential reaches WordPress and works; a cache in front of it (a host's"
                + " page cache, a CDN, a caching proxy) answered users/me with an answer it"
                + " stored for an earlier, anonymous visitor.")
        .alternative(
            LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
            "only if the layer in front strips the header on some URLs and not on others.")
        .firstCheck(
            "Exclude the REST API (/wp-json/ and ?rest_route=) and every request with an"
                + " Authorization header from the page cache or CDN in front of WordPress, then"
                + " purge it; a cache key without the Authorization header serves one caller's"
                + " answer to another.");
  }
}
