package dev.wprest.diagnostics.doctor;

import dev.wprest.client.internal.ExchangeHook;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.RedirectRules;
import dev.wprest.client.internal.RestUris;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the doctor promises, enforced on every exchange of the client's transport it runs on, for
 * its own probes and for the client it drives alike, rather than trusted to every probe: at most
 * {@code budget} requests, only to the site's origin, nothing that writes, every exchange within
 * the examination's deadline, and a journal of what was sent. Reads are GET, HEAD and OPTIONS; the
 * few POSTs allowed read too or only log in: XML-RPC's {@code wp.getUsersBlogs} (once), a JWT
 * plugin's {@code token/validate}, and the login steps of the strategy under test ({@code
 * wp-login.php}, a JWT plugin's {@code token}). The body limit and the per-request deadline are the
 * transport's own.
 */
final class ProbeBudget implements ExchangeHook {
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private static final int LOGIN_PAGE_KEPT = 64 * 1024;

  private final int budget;
  private final Instant runDeadline;
  private final Clock clock;
  private final List<String> allowedOrigins = new ArrayList<>();
  private final List<Sent> journal = new ArrayList<>();
  private final Map<HttpRequest, Sent> underWay = new IdentityHashMap<>();
  private boolean xmlRpcSent;

  /** The method of the spoiled write the write probe declared it is sending, or null. */
  private String declaredSpoiledWrite;

  /**
   * A read the doctor already sent and that answered with a redirect, asked for again: a redirect
   * loop, which would only bring the same answer back, ends here instead of going round.
   */
  static final class RepeatedRequestException extends IOException {
    private static final long serialVersionUID = 1L;

    RepeatedRequestException(String request) {
      super(
          "the doctor sends no request twice, and "
              + request
              + " was sent already (a redirect loop?)");
    }
  }

  /** One request the doctor sent, its URI redacted. */
  static final class Sent {
    final String method;
    final URI uri;
    final String key;
    int status = -1;
    byte[] bodyStart = new byte[0];

    Sent(String method, URI uri, String key) {
      this.method = method;
      this.uri = uri;
      this.key = key;
    }

    String line() {
      return method + " " + uri;
    }
  }

  ProbeBudget(URI origin, int budget) {
    this(origin, budget, Instant.MAX, Clock.systemUTC());
  }

  ProbeBudget(URI origin, int budget, Instant runDeadline, Clock clock) {
    this.budget = budget;
    this.runDeadline = runDeadline;
    this.clock = clock;
    allowedOrigins.add(Origins.origin(origin));
  }

  /** Whether the examination's deadline has passed. */
  boolean pastDeadline() {
    return !runDeadline.equals(Instant.MAX) && !clock.instant().isBefore(runDeadline);
  }

  /** The request's own timeout or what is left of the examination, whichever is shorter. */
  @Override
  public Duration timeLeft(Duration callTimeout) {
    if (runDeadline.equals(Instant.MAX)) {
      return callTimeout;
    }
    Duration run = Duration.between(clock.instant(), runDeadline);
    // A deadline already past leaves a nanosecond: beforeSend refuses the request itself.
    Duration left = run.isNegative() || run.isZero() ? Duration.ofNanos(1) : run;
    return left.compareTo(callTimeout) < 0 ? left : callTimeout;
  }

  /** Requests sent more than once, identical in method, URI and credential headers. */
  synchronized List<String> duplicates() {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sent sent : journal) {
      if (!seen.add(sent.key)) {
        out.add(sent.line());
      }
    }
    return out;
  }

  /** Also allows an origin the site moved to safely (http to https on the same host). */
  synchronized void allowOrigin(URI uri) {
    allowedOrigins.add(Origins.origin(uri));
  }

  /**
   * The write probe declares its one write before it sends it through the client, and ends the
   * declaration after: only then does the budget admit that method, and only on a core route, whose
   * arguments core validates before anything is written (see {@link WriteProbe}).
   */
  synchronized void declareSpoiledWrite(String method) {
    declaredSpoiledWrite = method.toUpperCase(Locale.ROOT);
  }

  /** Ends the write probe's declaration: writes are refused again. */
  synchronized void endSpoiledWrite() {
    declaredSpoiledWrite = null;
  }

  synchronized int sent() {
    return journal.size();
  }

  synchronized int remaining() {
    return budget - journal.size();
  }

  /** The requests sent from index {@code from} on. */
  synchronized List<Sent> since(int from) {
    return List.copyOf(journal.subList(Math.min(from, journal.size()), journal.size()));
  }

  @Override
  public synchronized void beforeSend(HttpRequest request) throws IOException {
    String method = request.method().toUpperCase(Locale.ROOT);
    URI uri = request.uri();
    if (journal.size() >= budget) {
      throw new IOException("the doctor's budget of " + budget + " requests is used up");
    }
    if (pastDeadline()) {
      throw new HttpTimeoutException("the doctor's deadline for the whole examination has passed");
    }
    if (allowedOrigins.stream().noneMatch(o -> o.equals(Origins.origin(uri)))) {
      throw new IOException(
          "the doctor only talks to " + allowedOrigins + ", not " + Origins.origin(uri));
    }
    // The write probe is the one write allowed, and it says so: WordPress refuses its spoiled
    // argument before any permission check or handler runs, so nothing is written.
    boolean spoiledWrite =
        method.equals(declaredSpoiledWrite) && RestUris.routeOf(uri).startsWith("/wp/v2/");
    if (!READS.contains(method)
        && !spoiledWrite
        && (!method.equals("POST") || !readOnlyPost(uri))) {
      throw new IOException(
          "the doctor sends no writes: refused " + method + " " + Redaction.uri(uri));
    }
    String key = key(request);
    if (READS.contains(method)
        && journal.stream()
            .anyMatch(s -> s.key.equals(key) && RedirectRules.STATUSES.contains(s.status))) {
      throw new RepeatedRequestException(method + " " + Redaction.uri(uri));
    }
    Sent sent = new Sent(method, Redaction.uri(uri), key);
    journal.add(sent);
    underWay.put(request, sent);
  }

  @Override
  public synchronized void answered(HttpRequest request, HttpResponse<byte[]> response) {
    Sent sent = underWay.remove(request);
    if (sent == null) {
      return;
    }
    sent.status = response.statusCode();
    String path = request.uri().getPath();
    if (path != null && path.endsWith("/wp-login.php") && response.body() != null) {
      // The login page's error is the doctor's evidence; the rest of a page is not.
      byte[] body = response.body();
      sent.bodyStart = Arrays.copyOf(body, Math.min(body.length, LOGIN_PAGE_KEPT));
    }
  }

  /** Method, URI and which credential headers were sent, with a digest of their values. */
  private static String key(HttpRequest request) {
    StringBuilder k = new StringBuilder(request.method()).append(' ').append(request.uri());
    for (String name : List.of("Authorization", "Cookie", "X-WP-Nonce", "Content-Type")) {
      request
          .headers()
          .firstValue(name)
          .ifPresent(v -> k.append(' ').append(name).append('#').append(v.hashCode()));
    }
    return k.toString();
  }

  private boolean readOnlyPost(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (path.endsWith("/xmlrpc.php")) {
      if (xmlRpcSent) {
        return false;
      }
      xmlRpcSent = true;
      return true;
    }
    if (path.endsWith("/wp-login.php")) {
      return true;
    }
    String route = RestUris.routeOf(uri);
    return route.equals("/jwt-auth/v1/token/validate") || route.equals("/jwt-auth/v1/token");
  }
}
