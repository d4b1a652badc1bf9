package dev.wprest.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One step of the transport, in the manner of OkHttp's interceptors: it sees the request on its way
 * down, hands it (changed or not) to the rest of the chain, and sees the answer on its way back.
 * Steps are asynchronous: they compose futures and never wait, so a call holds no thread while its
 * exchange is under way. A step refuses by returning a failed future; the failure is a {@link
 * Transport.Failure} for a failed exchange, or the typed exception the caller gets.
 */
interface Interceptor {
  /**
   * Handles the request of {@code chain}.
   *
   * @param chain the request and the rest of the chain
   * @return the answer, or a failed future
   */
  CompletableFuture<Transport.Sent> intercept(Chain chain);

  /** The request at this step and the steps after it. */
  interface Chain {
    /** The request as it reached this step. */
    Outgoing request();

    /** Hands {@code request} to the next step. */
    CompletableFuture<Transport.Sent> proceed(Outgoing request);
  }

  /** The chain from step {@code index} of {@code steps} on. */
  static Chain chain(List<Interceptor> steps, int index, Outgoing request) {
    return new Chain() {
      @Override
      public Outgoing request() {
        return request;
      }

      @Override
      public CompletableFuture<Transport.Sent> proceed(Outgoing next) {
        if (index >= steps.size()) {
          throw new IllegalStateException("the last step of the chain must not proceed");
        }
        Interceptor step = steps.get(index);
        try {
          return step.intercept(chain(steps, index + 1, next));
        } catch (RuntimeException refused) {
          // A step that throws instead of returning a failed future fails the same way.
          return CompletableFuture.failedFuture(refused);
        }
      }
    };
  }
}
