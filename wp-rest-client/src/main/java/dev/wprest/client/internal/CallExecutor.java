package dev.wprest.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WpRequest;
import dev.wprest.client.WpResponse;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Runs one {@link WpRequest}: credentials, transport, the retry policy, and the single auth-refresh
 * retry; maps every outcome to a {@link WpResponse} or a typed exception. A synchronous call is the
 * asynchronous one waited for (see {@link CallAttempts}), so the two cannot drift apart.
 */
public final class CallExecutor {
  final Transport transport;
  final RetryPolicy retry;
  final AuthStrategy auth;
  final AuthContext authContext;
  final ErrorMapper errors;
  final ResponseReader reader;
  final Duration callDeadline;
  final AttemptFailures failures;
  final boolean strategyNeverBlocks;
  private final ObjectMapper mapper;

  /** A client's executor of calls, over its transport, retry policy and strategy. */
  public CallExecutor(
      Transport transport,
      RetryPolicy retry,
      Duration callDeadline,
      AuthStrategy auth,
      AuthContext authContext,
      ObjectMapper mapper,
      ResponseReader reader) {
    this.transport = transport;
    this.retry = retry;
    this.auth = auth;
    this.authContext = authContext;
    this.mapper = mapper;
    this.errors = new ErrorMapper(mapper, retry);
    this.reader = reader;
    this.callDeadline = callDeadline;
    this.failures = new AttemptFailures(auth, callDeadline);
    this.strategyNeverBlocks = ApiAccess.get().stepsNeverBlock(auth);
  }

  /** Runs a request to its resolved URI: the 2xx response, or the typed exception. */
  public WpResponse execute(WpRequest request, URI uri) {
    return execute(request, uri, CallTrace.NONE);
  }

  /** Runs a request to its resolved URI, telling {@code trace} each attempt, answer and retry. */
  public WpResponse execute(WpRequest request, URI uri, CallTrace trace) {
    CallerThread caller = new CallerThread();
    Cancellation cancellation = new Cancellation();
    CompletableFuture<WpResponse> call = executeAsync(request, uri, trace, caller, cancellation);
    try {
      return caller.runUntilDone(call).get();
    } catch (InterruptedException e) {
      // As an interrupted blocking exchange did: the call stops, and fails as a broken exchange.
      cancellation.cancel();
      Thread.currentThread().interrupt();
      throw failures.failure(
          new Transport.Failure(Transport.Failure.Kind.IO, uri, e),
          request.method(),
          auth.sendsCredentials());
    } catch (ExecutionException e) {
      Throwable failed = Exchange.unwrap(e.getCause());
      if (failed instanceof Error) {
        throw (Error) failed;
      }
      throw (RuntimeException) failed;
    }
  }

  /**
   * Runs a request without waiting for it.
   *
   * @param blocking runs the strategy's steps that may block (a login) and a caller's own sleeper
   * @param cancellation cancels the step under way when the caller gives up
   * @return the 2xx response, or a future failed with the typed exception
   */
  public CompletableFuture<WpResponse> executeAsync(
      WpRequest request, URI uri, CallTrace trace, Executor blocking, Cancellation cancellation) {
    try {
      return new CallAttempts(this, request, uri, trace, blocking, cancellation).start();
    } catch (RuntimeException refused) {
      // E.g. a body that cannot be written as JSON: nothing was sent.
      return CompletableFuture.failedFuture(refused);
    }
  }

  /**
   * The JDK client re-sends a GET or HEAD once by itself when the connection closes before any byte
   * of the answer (measured on JDK 17 and 25; no setting turns it off), so each attempt may reach
   * the server twice. The count is a worst case: the client cannot see whether the JDK re-sent.
   */
  static int worstCaseSends(HttpMethod method) {
    return method == HttpMethod.GET || method == HttpMethod.HEAD ? 2 : 1;
  }

  int sendsOf(Transport.Failure f, HttpMethod method) {
    // A connect failure sent nothing (and the JDK's own connect retry sends nothing either).
    return f.kind == Transport.Failure.Kind.CONNECT ? 0 : worstCaseSends(method);
  }

  /** Another attempt only while even its worst case keeps the server's count within the policy. */
  boolean mayAttemptAgain(int attempt, int seen, HttpMethod method) {
    return attempt < retry.maxAttempts() && seen + worstCaseSends(method) <= retry.maxAttempts();
  }

  static boolean mayRetry(Transport.Failure f, HttpMethod method) {
    return f.kind == Transport.Failure.Kind.CONNECT || method.idempotent();
  }

  byte[] body(WpRequest request) {
    if (request.rawBody().isPresent()) {
      return request.rawBody().get();
    }
    if (request.jsonBody().isEmpty()) {
      return null;
    }
    try {
      return mapper.writeValueAsBytes(request.jsonBody().get());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the request body cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
