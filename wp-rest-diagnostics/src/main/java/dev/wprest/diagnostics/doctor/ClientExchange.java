package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import dev.wprest.client.WpResponse;
import dev.wprest.client.internal.RestUris;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.internal.WordPressAnswers;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One call made through the wp-rest client with the strategy under examination, as a probe (its
 * sibling {@link RawExchange} is a raw request of the doctor's own): the response, or the failure
 * with its passive {@link Diagnosis}. The client's own steps (its index fetch, a login, a nonce)
 * are recorded as probes too, so that the report accounts for every request.
 */
final class ClientExchange {
  final WpResponse response;
  final RuntimeException failure;
  final Diagnosis passive;
  final int status;
  final String code;
  final String allow;
  final String request;
  final boolean wordPressEnvelope;
  final String message;
  final int dataStatus;

  private ClientExchange(WpResponse response, RuntimeException failure, String request) {
    this.response = response;
    this.failure = failure;
    this.request = request;
    if (response != null) {
      this.passive = null;
      this.status = response.status();
      this.code = "";
      this.allow = response.header("Allow").orElse("");
      this.wordPressEnvelope = false;
      this.message = "";
      this.dataStatus = -1;
      return;
    }
    this.passive = AuthDiagnostics.diagnose(failure);
    Optional<FailedExchange> exchange = exchange(failure);
    this.status = exchange.map(e -> e.status().orElse(-1)).orElse(-1);
    this.allow = exchange.flatMap(e -> e.header("Allow")).orElse("");
    this.wordPressEnvelope = exchange.map(FailedExchange::wordPressAnswered).orElse(false);
    WordPressApiException api =
        failure instanceof WordPressApiException ? (WordPressApiException) failure : null;
    this.code = api == null ? "" : api.code().orElse("");
    this.message = api == null ? "" : api.errorMessage().orElse("");
    JsonNode data = api == null ? MissingNode.getInstance() : api.data().path("status");
    this.dataStatus = data.canConvertToInt() ? data.asInt() : -1;
  }

  /** This call's answer as an observation of the run. */
  Observation observation(ProbeName probe) {
    if (response != null) {
      return Observation.of(probe, request, status, "", "", -1, response::header);
    }
    Optional<FailedExchange> exchange = exchange(failure);
    return Observation.of(
        probe,
        request,
        status,
        code,
        message,
        dataStatus,
        name -> exchange.flatMap(e -> e.header(name)));
  }

  static ClientExchange run(ProbeSession s, ProbeName probe, SiteView view, WpRequest request) {
    int before = s.budget.sent();
    WpResponse response = null;
    RuntimeException failure = null;
    try {
      response = s.client(view.site()).execute(request);
    } catch (RuntimeException e) {
      failure = e;
    }
    List<ProbeBudget.Sent> sent = s.budget.since(before);
    for (int i = 0; i < sent.size() - 1; i++) {
      ProbeBudget.Sent step = sent.get(i);
      s.record(probe, step.line(), step.status, "the client's own step: " + step(step.uri));
    }
    String line =
        sent.isEmpty()
            ? request.method() + " " + request.route() + " (not sent)"
            : sent.get(sent.size() - 1).line();
    ClientExchange call = new ClientExchange(response, failure, line);
    if (call.status >= 0) {
      s.observe(call.observation(probe));
    }
    return call;
  }

  boolean ok() {
    return response != null;
  }

  /** Whether the call ended at a redirect back to a request the doctor had already sent. */
  boolean redirectLoop() {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProbeBudget.RepeatedRequestException) {
        return true;
      }
    }
    return false;
  }

  /** WordPress's answer to a request it saw as anonymous (see {@link WordPressAnswers}). */
  boolean anonymous() {
    return WordPressAnswers.isAnonymous(status, code, wordPressEnvelope);
  }

  JsonNode json() {
    try {
      return response == null ? MissingNode.getInstance() : response.json();
    } catch (RuntimeException notJson) {
      return MissingNode.getInstance();
    }
  }

  /** "200", "401 rest_not_logged_in", "no answer (TransportException)". */
  String summary() {
    if (status < 0) {
      return "no answer (" + (failure == null ? "?" : failure.getClass().getSimpleName()) + ")";
    }
    return status + (code.isEmpty() ? "" : " " + code);
  }

  String allowSummary() {
    return allow.isEmpty() ? "no Allow header" : "Allow: " + allow;
  }

  static Optional<FailedExchange> exchange(Throwable t) {
    for (int depth = 0; t != null && depth < 16; depth++) {
      if (t instanceof WordPressException) {
        return Optional.of(((WordPressException) t).exchange());
      }
      t = t.getCause();
    }
    return Optional.empty();
  }

  private static String step(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (path.endsWith("wp-login.php")) {
      return "log in";
    }
    if (path.endsWith("admin-ajax.php")) {
      return "fetch a REST nonce";
    }
    String route = RestUris.routeOf(uri);
    if (route.equals("/")) {
      return "read the index";
    }
    return route.isEmpty() ? "request " + path : "call " + route;
  }
}
