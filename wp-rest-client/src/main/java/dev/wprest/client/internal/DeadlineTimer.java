package dev.wprest.client.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread that runs every client's timed steps: body deadlines, the wait for a
 * connection slot, and the pause before a retry. Its tasks only complete futures or cancel
 * subscriptions, never block, so one thread serves any number of calls.
 */
final class DeadlineTimer {
  private static final ScheduledThreadPoolExecutor TIMER = create();

  private DeadlineTimer() {}

  /** Runs {@code task} after {@code delayNanos}; cancelling the result drops it from the queue. */
  static ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
    return TIMER.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
  }

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "wp-rest-timer");
              t.setDaemon(true);
              return t;
            });
    // A call that completes cancels its timer task, which must then leave the queue at once: kept
    // until its deadline, every finished call's body would stay reachable for the call timeout.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
