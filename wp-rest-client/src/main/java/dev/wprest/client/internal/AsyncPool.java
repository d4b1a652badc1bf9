package dev.wprest.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads async calls run on when the caller gives no executor: at most {@link #MAX_THREADS},
 * shared by every client of the JVM. An async call blocks one of them for its whole exchange, so
 * more concurrent calls than threads wait their turn in the queue instead of each starting a thread
 * (200 concurrent calls made 91 threads on the unbounded pool this replaces). Daemon threads that
 * end after a minute idle: nothing to shut down.
 */
public final class AsyncPool {
  /** Enough to keep a site busy; a caller who wants more passes its own executor. */
  public static final int MAX_THREADS = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

  private static final ExecutorService SHARED = create();

  private AsyncPool() {}

  /** The pool shared by every client. */
  public static ExecutorService shared() {
    return SHARED;
  }

  private static ExecutorService create() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory daemons =
        r -> {
          Thread t = new Thread(r, "wp-rest-async-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            MAX_THREADS, MAX_THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
