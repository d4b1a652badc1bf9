package dev.wprest.client.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * A non-blocking limit on the exchanges a client has in flight: a permit per exchange, and a queue
 * of futures (not of threads) for the exchanges beyond it. A waiter that is cancelled or times out
 * leaves the queue; a permit released goes to the oldest waiter still waiting.
 */
final class Permits {
  private final int max;
  private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
  private int available;

  Permits(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxConcurrentRequests must be at least 1: " + max);
    }
    this.max = max;
    this.available = max;
  }

  /** The most exchanges in flight at once. */
  int max() {
    return max;
  }

  /**
   * A permit: a completed future when one is free, else one completed when a permit is released to
   * it. Completing it exceptionally (a deadline, a cancellation) gives up the place in the queue.
   */
  CompletableFuture<Void> acquire() {
    CompletableFuture<Void> waiter;
    synchronized (this) {
      if (available > 0) {
        available--;
        return CompletableFuture.completedFuture(null);
      }
      waiter = new CompletableFuture<>();
      waiting.addLast(waiter);
    }
    waiter.whenComplete(
        (ok, failed) -> {
          if (failed != null) {
            forget(waiter);
          }
        });
    return waiter;
  }

  /** Gives a permit back: to the oldest waiter still waiting, else to the pool. */
  void release() {
    while (true) {
      CompletableFuture<Void> next;
      synchronized (this) {
        next = waiting.pollFirst();
        if (next == null) {
          available++;
          return;
        }
      }
      // Completed outside the lock: the waiter's next step (its exchange) runs right here.
      if (next.complete(null)) {
        return;
      }
      // That waiter gave up meanwhile (deadline, cancellation): the permit goes to the next one.
    }
  }

  /** How many permits are free now. */
  synchronized int available() {
    return available;
  }

  private synchronized void forget(CompletableFuture<Void> waiter) {
    waiting.remove(waiter);
  }
}
