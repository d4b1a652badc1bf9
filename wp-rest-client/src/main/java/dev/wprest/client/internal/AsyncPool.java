package dev.wprest.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads for what an async call may block on, when the caller gives no executor: an auth
 * strategy's login, the first discovery, the service helpers that chain several requests. At most
 * {@link #MAX_THREADS}, shared by every client of the JVM; further tasks wait in the queue instead
 * of each starting a thread. An exchange itself never holds one: it runs on the JDK client's own
 * pipeline (see {@link Transport}). Daemon threads that end after a minute idle: nothing to shut
 * down.
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
