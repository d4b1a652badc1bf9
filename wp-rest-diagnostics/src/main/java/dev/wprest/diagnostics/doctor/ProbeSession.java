package dev.wprest.diagnostics.doctor;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.RedirectPolicy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.internal.ApiAccess;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.Transport;
import dev.wprest.diagnostics.Evidence;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The state of one examination: the client's transport with the doctor's budget, the credential,
 * and what the probes found so far (results for the report, evidence for the diagnosis). Every text
 * a probe records passes through {@link #redact(String)}.
 */
final class ProbeSession {
  static final String USER_AGENT = "wp-rest-doctor/0.1";

  final ProbeBudget budget;
  final Transport transport;
  final Duration timeout;
  final Credential credential;
  final AuthStrategy auth;
  final boolean allowInsecureHttp;
  private final HttpClient http;
  private final long maxResponseBytes;
  private final List<ProbeResult> probes = new ArrayList<>();
  private Consumer<ProbeResult> onProbe = probe -> {};
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<DoctorWarning> warnings = new ArrayList<>();
  private final List<Observation> observations = new ArrayList<>();

  /** The XML-RPC cross-check's result once it ran: it runs at most once. */
  XmlRpcProbe.Result xmlRpcResult;

  private WordPressClient client;
  private SiteInfo clientSite;

  /**
   * A session whose raw probes and whose client both run on the client's transport over {@code
   * http}, with the budget as the hook on every exchange.
   */
  ProbeSession(
      HttpClient http,
      ProbeBudget budget,
      Duration timeout,
      long maxResponseBytes,
      Credential credential,
      boolean allowInsecureHttp) {
    this.http = http;
    this.budget = budget;
    this.timeout = timeout;
    this.maxResponseBytes = maxResponseBytes;
    this.credential = credential;
    this.auth = credential.newStrategy();
    this.allowInsecureHttp = allowInsecureHttp;
    // Raw probes follow no redirect (SiteProbe decides each one) and send no credential of the
    // strategy's: the insecure-http rule for them is mayCarryCredentials.
    this.transport =
        new Transport(
            http,
            timeout,
            maxResponseBytes,
            RedirectPolicy.sameOrigin(),
            allowInsecureHttp,
            USER_AGENT,
            false,
            budget);
  }

  /** Sends one raw request (redirects are not followed) and records nothing. */
  Answer send(HttpMethod method, URI uri, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder b = transport.newRequest(uri);
    headers.forEach(b::header);
    b.method(
        method.name(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<byte[]> r = transport.exchange(b.build());
      String text = new String(r.body() == null ? new byte[0] : r.body(), StandardCharsets.UTF_8);
      return Answer.of(method.name(), uri, r.statusCode(), r.headers(), text);
    } catch (Transport.Failure f) {
      return failed(method, uri, f);
    }
  }

  private Answer failed(HttpMethod method, URI uri, Transport.Failure f) {
    Throwable cause = f.getCause();
    if (TransportFailures.tlsFailure(cause)) {
      return Answer.tlsFailed(
          method.name(),
          uri,
          "TLS failed: " + describe(cause, uri),
          redact(TransportFailures.tlsCheck(cause, uri)));
    }
    switch (f.kind) {
      case CONNECT:
        return Answer.failed(
            method.name(),
            uri,
            describe(cause, uri),
            true,
            redact(TransportFailures.connectCheck(cause, uri)));
      case DEADLINE:
        return Answer.failed(
            method.name(),
            uri,
            describe(new HttpTimeoutException("no complete answer in time"), uri),
            false);
      case TOO_LARGE:
        return Answer.failed(
            method.name(),
            uri,
            "the answer is larger than the doctor accepts (" + maxResponseBytes + " bytes)",
            false);
      default:
        if (cause instanceof InterruptedException) {
          return Answer.failed(method.name(), uri, "interrupted", false);
        }
        return Answer.failed(method.name(), uri, describe(cause, uri), false);
    }
  }

  private String describe(Throwable e, URI uri) {
    return redact(TransportFailures.describe(e, uri, timeout));
  }

  /** Records a probe of a raw request, and its answer as an observation of the run. */
  void record(String name, Answer answer, String finding) {
    String line = answer.method + " " + Redaction.uri(answer.uri);
    record(name, line, answer.status, finding);
    if (answer.answered()) {
      observe(Observation.of(name, redact(line), answer.status, answer.json(), answer.headers));
    }
  }

  /** Keeps an answer of the run for the check of the verdict against every observation. */
  void observe(Observation observation) {
    observations.add(observation);
  }

  List<Observation> observations() {
    return List.copyOf(observations);
  }

  void record(String name, String request, int status, String finding) {
    ProbeResult probe = ProbeResult.of(name, redact(request), status, redact(finding));
    probes.add(probe);
    onProbe.accept(probe);
  }

  /** Tells a listener of each probe as it is recorded, already redacted. */
  ProbeSession onProbe(Consumer<ProbeResult> listener) {
    this.onProbe = listener;
    return this;
  }

  /** Adds probe evidence for the diagnosis. */
  void evidence(String label, String value) {
    evidence.add(Evidence.probe(label, redact(value)));
  }

  /** Whether a GET of {@code uri} without credentials was sent already. */
  boolean askedBefore(URI uri) {
    return budget.since(0).stream()
        .anyMatch(sent -> sent.method.equals("GET") && sent.uri.equals(Redaction.uri(uri)));
  }

  /** Adds a non-blocking finding for the report. */
  void warn(DoctorWarning.Kind kind, String message) {
    DoctorWarning w = DoctorWarning.of(kind, redact(message));
    if (!warnings.contains(w)) {
      warnings.add(w);
    }
  }

  List<DoctorWarning> warnings() {
    return List.copyOf(warnings);
  }

  List<ProbeResult> probes() {
    return List.copyOf(probes);
  }

  List<Evidence> evidence() {
    return List.copyOf(evidence);
  }

  boolean canSend(int requests) {
    return budget.remaining() >= requests;
  }

  /** Whether a credential may go to {@code uri}: https, loopback, or the caller allowed http. */
  boolean mayCarryCredentials(URI uri) {
    return allowInsecureHttp || !Origins.isPlainHttp(uri) || Origins.isLoopback(uri);
  }

  String redact(String text) {
    if (text == null) {
      return null;
    }
    return Redaction.text(auth.redact(credential.redact(text)));
  }

  /**
   * The wp-rest client for the site discovery found, built once; it runs under the same budget and
   * limits, and starts from the index the doctor already read instead of discovering again.
   */
  WordPressClient client(SiteInfo site) {
    if (client == null || !site.equals(clientSite)) {
      WordPressClient.Builder b =
          WordPressClient.builder()
              .baseUrl(site.apiRoot().toString())
              .siteInfo(site)
              .auth(auth)
              .httpClient(http)
              .retryPolicy(RetryPolicy.none())
              .callTimeout(timeout)
              .maxResponseBytes(maxResponseBytes)
              .userAgent(USER_AGENT)
              // What the doctor reads of a body it reads as sent.
              .acceptGzip(false);
      ApiAccess.get().exchangeHook(b, budget);
      if (allowInsecureHttp) {
        b.allowInsecureHttp();
      }
      client = b.build();
      clientSite = site;
    }
    return client;
  }
}
