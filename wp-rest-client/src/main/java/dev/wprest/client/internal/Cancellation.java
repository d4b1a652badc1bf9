package dev.wprest.client.internal;

import java.util.concurrent.Future;

/**
 * The link between the future a caller holds and the step of its call now under way (the wait for a
 * permit, an exchange, the pause before a retry): cancelling the caller's future cancels that step,
 * which frees its permit and lets the JDK abort the exchange.
 */
public final class Cancellation {
  private boolean cancelled;
  private Future<?> current;

  /** A call not cancelled. */
  public Cancellation() {}

  /** Cancels the step under way and every later one. */
  public void cancel() {
    Future<?> step;
    synchronized (this) {
      cancelled = true;
      step = current;
      current = null;
    }
    if (step != null) {
      step.cancel(true);
    }
  }

  /** Whether the call was cancelled. */
  public synchronized boolean isCancelled() {
    return cancelled;
  }

  /** Makes {@code step} the one to cancel; cancels it at once when the call was cancelled. */
  void track(Future<?> step) {
    synchronized (this) {
      if (!cancelled) {
        current = step;
        return;
      }
    }
    step.cancel(true);
  }
}
