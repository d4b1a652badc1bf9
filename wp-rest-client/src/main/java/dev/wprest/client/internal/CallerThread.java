package dev.wprest.client.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The executor of a synchronous call: the steps that may block (an auth strategy's login, a
 * caller's sleeper) run on the caller's own thread while it waits for the call, instead of on a
 * pool. Used by one call on one thread.
 */
final class CallerThread implements Executor {
  private static final Runnable WAKE_UP = () -> {};

  private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
  }

  /**
   * Runs the call's blocking steps until the call is over.
   *
   * @return the call's future, done
   * @throws InterruptedException when the caller's thread is interrupted meanwhile
   */
  <T> CompletableFuture<T> runUntilDone(CompletableFuture<T> call) throws InterruptedException {
    call.whenComplete((result, failed) -> tasks.add(WAKE_UP));
    while (!call.isDone()) {
      take().run();
    }
    return call;
  }

  /** The next task; a managed block, so that a caller on a fork-join pool gets a spare worker. */
  private Runnable take() throws InterruptedException {
    Runnable now = tasks.poll();
    if (now != null) {
      return now;
    }
    Taker taker = new Taker();
    ForkJoinPool.managedBlock(taker);
    return taker.task;
  }

  private final class Taker implements ForkJoinPool.ManagedBlocker {
    Runnable task;

    @Override
    public boolean block() throws InterruptedException {
      if (task == null) {
        task = tasks.take();
      }
      return true;
    }

    @Override
    public boolean isReleasable() {
      if (task == null) {
        task = tasks.poll();
      }
      return task != null;
    }
  }
}
