package dev.wprest.client.internal;

import dev.wprest.client.HttpMethod;
import dev.wprest.client.Sleeper;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WpRequest;
import dev.wprest.client.WpResponse;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The attempts of one call, as a chain of futures: credentials, the transport, the single
 * auth-refresh retry and the retry policy, each step started by the completion of the one before.
 * No thread waits for an exchange or a retry's pause; only the auth strategy's own steps that may
 * block (a login) and a caller's own {@link Sleeper} run on {@code blocking}. The state is touched
 * by one step at a time, each after the one before completed.
 */
final class CallAttempts {
  private final CallExecutor call;
  private final WpRequest request;
  private final URI uri;
  private final CallTrace trace;
  private final Executor blocking;
  private final Cancellation cancellation;
  private final HttpMethod method;
  private final byte[] bytes;
  private final Optional<StreamedBody> streamed;
  private final boolean resendable;
  private final Duration requestTimeout;
  private final long deadline;
  private final CompletableFuture<WpResponse> result = new CompletableFuture<>();
  private boolean authRefreshed;
  // How many times the server may have seen the request: maxAttempts bounds this, not loops.
  private int seen;

  CallAttempts(
      CallExecutor call,
      WpRequest request,
      URI uri,
      CallTrace trace,
      Executor blocking,
      Cancellation cancellation) {
    this.call = call;
    this.request = request;
    this.uri = uri;
    this.trace = trace;
    this.blocking = blocking;
    this.cancellation = cancellation;
    this.method = request.method();
    this.bytes = call.body(request);
    this.streamed = ApiAccess.get().streamedBody(request);
    // A stream that cannot be read twice is sent once: no retry, no resend after a nonce refresh.
    this.resendable = streamed.map(StreamedBody::repeatable).orElse(true);
    // The request's own timeout can shorten the call deadline, never lengthen it.
    this.requestTimeout =
        request.timeout().filter(t -> t.compareTo(call.callDeadline) < 0).orElse(null);
    this.deadline =
        System.nanoTime() + (requestTimeout != null ? requestTimeout : call.callDeadline).toNanos();
  }

  /** Starts the first attempt; the future completes with the 2xx response or the typed failure. */
  CompletableFuture<WpResponse> start() {
    attempt(1);
    return result;
  }

  private void attempt(int attempt) {
    if (cancellation.isCancelled()) {
      result.cancel(false);
      return;
    }
    strategyStep(() -> call.auth.credentials(call.authContext))
        .whenComplete((credentials, failed) -> guarded(failed, () -> send(attempt, credentials)));
  }

  private void send(int attempt, Map<String, String> credentials) {
    if (!credentials.isEmpty()) {
      credentials.forEach(
          (name, value) ->
              CredentialCheck.headerValue(call.auth.scheme(), name + " header", value));
    }
    boolean credentialsSent = call.auth.sendsCredentials() && !credentials.isEmpty();
    trace.requestSent();
    call.transport
        .sendAsync(
            Outgoing.of(
                method,
                uri,
                headers(credentials),
                publisher(),
                call.auth,
                credentialsSent,
                Math.min(call.transport.attemptDeadline(), deadline),
                cancellation))
        .whenComplete(
            (sent, failed) -> {
              if (failed == null) {
                guarded(null, () -> answered(attempt, credentialsSent, sent));
              } else {
                guarded(null, () -> failed(attempt, credentialsSent, Exchange.unwrap(failed)));
              }
            });
  }

  private void failed(int attempt, boolean credentialsSent, Throwable failed) {
    if (!(failed instanceof Transport.Failure)) {
      // A refusal (redirect, insecure http) is already the typed exception the caller gets.
      fail(failed);
      return;
    }
    Transport.Failure f = (Transport.Failure) failed;
    seen += call.sendsOf(f, method);
    if (f.kind == Transport.Failure.Kind.TOO_LARGE) {
      fail(f.tooLarge(method.name(), call.auth, credentialsSent, java.util.List.of()));
      return;
    }
    if (f.kind == Transport.Failure.Kind.CORRUPT_ENCODING) {
      // The server's compression is broken: sending again would get the same bytes.
      fail(f.corruptEncoding(method.name(), call.auth, credentialsSent));
      return;
    }
    // Retried: a connection that never opened (nothing was sent), or a read that may be repeated.
    if (resendable
        && CallExecutor.mayRetry(f, method)
        && call.mayAttemptAgain(attempt, seen, method)) {
      if (!pauseThenAttempt(attempt, Optional.empty())) {
        fail(
            call.failures.overallDeadline(
                method, uri, credentialsSent, attempt, f, requestTimeout));
      }
      return;
    }
    if (f.kind == Transport.Failure.Kind.DEADLINE && System.nanoTime() >= deadline) {
      fail(call.failures.overallDeadline(method, uri, credentialsSent, attempt, f, requestTimeout));
      return;
    }
    fail(call.failures.failure(f, method, credentialsSent));
  }

  private void answered(int attempt, boolean credentialsSent, Transport.Sent sent) {
    seen += CallExecutor.worstCaseSends(method);
    HttpResponse<byte[]> response = sent.response;
    call.auth.observe(response.headers());
    int status = response.statusCode();
    trace.answerReceived(status, sent.chain.size());
    if (status / 100 == 2) {
      result.complete(
          ApiAccess.get()
              .response(
                  method,
                  response.uri(),
                  status,
                  response.headers(),
                  response.body(),
                  sent.chain,
                  call.reader));
      return;
    }
    WordPressApiException error =
        call.errors.fromResponse(response, call.auth, credentialsSent, sent.chain);
    if ((status == 401 || status == 403) && resendable && !authRefreshed) {
      // One refresh per call (a nonce that expired, a token to fetch again), never a loop: the
      // strategy decides from the typed answer, and the attempt it spoiled is not counted.
      strategyStep(() -> call.auth.refreshAfter(call.authContext, error))
          .whenComplete(
              (refreshed, failed) ->
                  guarded(
                      failed,
                      () -> {
                        if (refreshed) {
                          authRefreshed = true;
                          attempt(attempt);
                        } else {
                          retryOrFail(attempt, response, error);
                        }
                      }));
      return;
    }
    retryOrFail(attempt, response, error);
  }

  private void retryOrFail(
      int attempt, HttpResponse<byte[]> response, WordPressApiException error) {
    Optional<String> retryAfter = response.headers().firstValue("Retry-After");
    // Retried only what the policy names (never a 401 or 403), what fits the attempts left, and
    // a Retry-After the policy is willing to wait for.
    if (resendable
        && call.mayAttemptAgain(attempt, seen, method)
        && call.retry.retriesStatus(method, response.statusCode())
        && call.retry.honours(retryAfter)
        && pauseThenAttempt(attempt, retryAfter)) {
      return;
    }
    fail(error);
  }

  /**
   * Starts the next attempt after the policy's delay; false, without waiting, when the wait would
   * pass the deadline.
   */
  private boolean pauseThenAttempt(int attempt, Optional<String> retryAfter) {
    Duration delay = call.retry.delayBefore(attempt, retryAfter);
    if (System.nanoTime() + delay.toNanos() >= deadline) {
      return false;
    }
    trace.retrying(delay);
    pause(delay).whenComplete((waited, failed) -> guarded(failed, () -> attempt(attempt + 1)));
    return true;
  }

  /** The system's pause is a timer task; a caller's own sleeper runs on the blocking executor. */
  private CompletableFuture<Void> pause(Duration delay) {
    Sleeper sleeper = call.retry.sleeper();
    CompletableFuture<Void> waited = new CompletableFuture<>();
    if (sleeper == Sleeper.SYSTEM) {
      DeadlineTimer.schedule(() -> waited.complete(null), delay.toNanos());
    } else {
      blocking.execute(
          () -> {
            try {
              sleeper.sleep(delay);
              waited.complete(null);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              waited.completeExceptionally(
                  new IllegalStateException("interrupted while waiting to retry", e));
            } catch (RuntimeException e) {
              waited.completeExceptionally(e);
            }
          });
    }
    cancellation.track(waited);
    return waited;
  }

  /** A step of the strategy's: in line when it never blocks, else on the blocking executor. */
  private <T> CompletableFuture<T> strategyStep(Supplier<T> step) {
    if (call.strategyNeverBlocks) {
      try {
        return CompletableFuture.completedFuture(step.get());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return CompletableFuture.supplyAsync(step, blocking);
  }

  /** Runs the next step unless the last one failed; anything the step throws ends the call. */
  private void guarded(Throwable failed, Runnable next) {
    if (failed != null) {
      fail(failed);
      return;
    }
    try {
      next.run();
    } catch (RuntimeException | Error e) {
      fail(e);
    }
  }

  private void fail(Throwable failed) {
    result.completeExceptionally(Exchange.unwrap(failed));
  }

  private HttpRequest.BodyPublisher publisher() {
    if (streamed.isPresent()) {
      return streamed.get().publisher();
    }
    return bytes == null ? null : HttpRequest.BodyPublishers.ofByteArray(bytes);
  }

  private Map<String, String> headers(Map<String, String> credentials) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    if (request.jsonBody().isPresent()) {
      headers.put("Content-Type", "application/json; charset=utf-8");
    }
    request.rawContentType().ifPresent(type -> headers.put("Content-Type", type));
    headers.putAll(request.headers());
    headers.putAll(credentials);
    return headers;
  }
}
