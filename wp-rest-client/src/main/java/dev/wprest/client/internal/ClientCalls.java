package dev.wprest.client.internal;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressEventListener;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import dev.wprest.client.WpResponse;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way in for every call of a client, sync or async: refuse an insecure configuration,
 * resolve the URI, run the request through the {@link CallExecutor}, read the answer, and turn a
 * failure into the caller's exception, telling the event listeners along the way. The client's
 * {@code execute} and {@code executeAsync} overloads only choose how to read the answer.
 */
public final class ClientCalls {
  private final URI baseUrl;
  private final AuthStrategy auth;
  private final Transport transport;
  private final CallExecutor calls;
  private final SiteResolver sites;
  private final FailureTranslation failures;
  private final List<WordPressEventListener> listeners;
  private final Executor executor;
  private final Executor completeOn;

  /**
   * The calls of one client.
   *
   * @param baseUrl the URL the client was built with
   * @param auth the client's strategy
   * @param transport the client's transport
   * @param calls runs one request with retries
   * @param sites the client's site
   * @param failures the client's translation
   * @param listeners the client's event listeners
   * @param executor where what an async call may block on runs (a login, a first discovery)
   * @param completeOn the caller's executor that async futures complete on; null for none
   */
  public ClientCalls(
      URI baseUrl,
      AuthStrategy auth,
      Transport transport,
      CallExecutor calls,
      SiteResolver sites,
      FailureTranslation failures,
      List<WordPressEventListener> listeners,
      Executor executor,
      Executor completeOn) {
    this.baseUrl = baseUrl;
    this.auth = auth;
    this.transport = transport;
    this.calls = calls;
    this.sites = sites;
    this.failures = failures;
    this.listeners = List.copyOf(listeners);
    this.executor = executor;
    this.completeOn = completeOn;
  }

  /**
   * Sends a request and reads its 2xx answer.
   *
   * @param request the request
   * @param reading turns the response into the result, e.g. binds its body
   * @param <T> the result type
   * @return the result
   */
  public <T> T send(WpRequest request, Function<WpResponse, T> reading) {
    requireNonNull(request, "request == null");
    WpResponse response = exchange(request);
    // Reading happens after the call ended for the listeners; a body that does not bind is still
    // the client's failure, so it goes through the same translation.
    return failures.run(() -> reading.apply(response));
  }

  /**
   * Sends a request without holding a thread while it is under way, and reads its 2xx answer: the
   * exchange runs on the HTTP client's own pipeline, a retry's pause is a timer. Cancelling the
   * future cancels the call.
   *
   * @param request the request
   * @param reading turns the response into the result
   * @param <T> the result type
   * @return the result, or a future failed with the exceptions of {@link #send}
   */
  public <T> CompletableFuture<T> sendAsync(WpRequest request, Function<WpResponse, T> reading) {
    requireNonNull(request, "request == null");
    CallTrace trace = CallTrace.start(listeners, request);
    CompletableFuture<WpResponse> call =
        AsyncCalls.start(
            cancellation -> {
              // Refused before discovery, as send does.
              transport.refuseInsecure(
                  request.method().name(), baseUrl, auth, auth.sendsCredentials(), List.of());
              return sites
                  .siteAsync(executor)
                  .thenCompose(
                      site ->
                          calls.executeAsync(
                              request,
                              SiteResolver.resolve(site, request),
                              trace,
                              executor,
                              cancellation));
            },
            trace,
            failures::translate,
            completeOn);
    CompletableFuture<T> read =
        call.thenApply(response -> failures.run(() -> reading.apply(response)));
    // The caller holds the reading's future: cancelling it must reach the call.
    read.whenComplete(
        (result, failed) -> {
          if (read.isCancelled()) {
            call.cancel(true);
          }
        });
    return read;
  }

  /**
   * Runs a service's composite call (several requests) on the client's executor.
   *
   * @param call the sync call
   * @param <T> its result type
   * @return its result, or a future failed with its exception
   */
  public <T> CompletableFuture<T> async(Supplier<T> call) {
    return CompletableFuture.supplyAsync(call, executor);
  }

  private WpResponse exchange(WpRequest request) {
    CallTrace trace = CallTrace.start(listeners, request);
    try {
      // Refuse before discovery: a credentialed client configured for plain http must not even
      // start, whatever the site would answer.
      transport.refuseInsecure(
          request.method().name(), baseUrl, auth, auth.sendsCredentials(), List.of());
      WpResponse response = calls.execute(request, sites.uri(request), trace);
      trace.succeeded(response.status());
      return response;
    } catch (WordPressException e) {
      RuntimeException translated = failures.translate(e);
      trace.failed(translated);
      throw translated;
    } catch (RuntimeException refusedBeforeSending) {
      // E.g. a credential with a control character: the caller's input, but the call still ends.
      trace.failed(refusedBeforeSending);
      throw refusedBeforeSending;
    }
  }
}
