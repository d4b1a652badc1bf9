package dev.wprest.client.internal;

import dev.wprest.client.WordPressException;
import dev.wprest.client.WpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The future the caller of an async call holds: told to the call's listeners when it ends, its
 * failure translated as a synchronous call's is, completed on the caller's executor when there is
 * one, and cancelling the call (its permit, its exchange) when the caller cancels it.
 */
public final class AsyncCalls {
  private AsyncCalls() {}

  /**
   * Starts a call.
   *
   * @param call starts the call with the cancellation it must honour
   * @param translate the client's failure translation
   * @param completeOn the caller's executor for what depends on the result; null for none
   * @return the caller's future
   */
  public static CompletableFuture<WpResponse> start(
      Function<Cancellation, CompletableFuture<WpResponse>> call,
      CallTrace trace,
      Function<WordPressException, RuntimeException> translate,
      Executor completeOn) {
    Cancellation cancellation = new Cancellation();
    CompletableFuture<WpResponse> started;
    try {
      started = call.apply(cancellation);
    } catch (RuntimeException refusedBeforeSending) {
      started = CompletableFuture.failedFuture(refusedBeforeSending);
    }
    CompletableFuture<WpResponse> outcome = new CompletableFuture<>();
    started.whenComplete(
        (response, failed) -> {
          if (failed == null) {
            trace.succeeded(response.status());
            complete(outcome, response, null, completeOn);
            return;
          }
          Throwable cause = Exchange.unwrap(failed);
          if (cause instanceof WordPressException) {
            cause = translate.apply((WordPressException) cause);
          }
          if (cause instanceof RuntimeException) {
            trace.failed((RuntimeException) cause);
          }
          complete(outcome, null, cause, completeOn);
        });
    outcome.whenComplete(
        (response, failed) -> {
          if (outcome.isCancelled()) {
            cancellation.cancel();
          }
        });
    return outcome;
  }

  private static void complete(
      CompletableFuture<WpResponse> outcome,
      WpResponse response,
      Throwable failed,
      Executor completeOn) {
    Runnable completion =
        () -> {
          if (failed == null) {
            outcome.complete(response);
          } else {
            outcome.completeExceptionally(
                failed instanceof CompletionException ? failed : new CompletionException(failed));
          }
        };
    if (completeOn == null) {
      completion.run();
    } else {
      completeOn.execute(completion);
    }
  }
}
