package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.ResultPage;
import dev.wprest.client.WpRequest;
import dev.wprest.client.WpResponse;
import dev.wprest.client.model.BaseQuery;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * A walk that fetches the next pages concurrently once the first page has told how many there are.
 * Pages are handed over, and checked by the same {@link PageChecks} as the sequential walk, in page
 * order; a page that failed throws when iteration reaches it, as it would have sequentially. At
 * most {@code ahead} fetches are outstanding besides the page being read.
 */
public final class ParallelWalk<T> implements Iterator<T>, AutoCloseable {
  private final ResourceCore core;
  private final BaseQuery query;

  /** The caller's per-call options, applied to each page's request. */
  private final UnaryOperator<WpRequest> perRequest;

  private final JavaType item;
  private final PageChecks checks;
  private final int ahead;
  private final Deque<Fetch<T>> pending = new ArrayDeque<>();
  private Iterator<T> current = Collections.emptyIterator();
  private int nextToTake;
  private int nextToFetch;
  private boolean lastTaken;
  private boolean closed;

  public ParallelWalk(
      ResourceCore core,
      BaseQuery query,
      JavaType item,
      PageChecks checks,
      int ahead,
      UnaryOperator<WpRequest> perRequest) {
    this.core = core;
    this.query = query;
    this.item = item;
    this.checks = checks;
    this.ahead = ahead;
    this.perRequest = perRequest;
    this.nextToTake = query.page().orElse(1);
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (lastTaken) {
        return false;
      }
      if (closed) {
        throw new IllegalStateException("this walk over " + core.route() + " was closed");
      }
      take();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more items in " + core.route());
    }
    return current.next();
  }

  /** Cancels the fetches not yet started; those under way finish and are dropped. */
  @Override
  public void close() {
    closed = true;
    // Newest first: the fetches still waiting for a permit go before the one under way, so the
    // permit its cancellation gives back finds no waiter left to start.
    for (java.util.Iterator<Fetch<T>> newestFirst = pending.descendingIterator();
        newestFirst.hasNext(); ) {
      newestFirst.next().cancel();
    }
    pending.clear();
  }

  /** How many pages this walk holds: the one being read and those fetched or being fetched. */
  public int pagesHeld() {
    return pending.size() + (current.hasNext() ? 1 : 0);
  }

  private void take() {
    int page = nextToTake;
    ResultPage<T> result;
    WpResponse response;
    try {
      if (checks.totalPages() < 0) {
        response = core.client().execute(request(page));
        result = core.page(response, item, query.withPage(page));
      } else {
        Fetch<T> fetch = pending.removeFirst();
        Fetched<T> fetched = fetch.await();
        response = fetched.response;
        result = fetched.page;
      }
      checks.check(page, response, result);
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
    current = result.items().iterator();
    lastTaken = page >= checks.totalPages();
    nextToTake = page + 1;
    if (nextToFetch == 0) {
      nextToFetch = page + 1;
    }
    // The page just taken is dropped by the caller as it reads on; refill behind it.
    while (!lastTaken && pending.size() < ahead && nextToFetch <= checks.totalPages()) {
      pending.addLast(fetch(nextToFetch++));
    }
  }

  private WpRequest request(int page) {
    return perRequest.apply(ResourceCore.get(core.route(), query.withPage(page)));
  }

  private Fetch<T> fetch(int page) {
    CompletableFuture<WpResponse> sent = core.client().executeAsync(request(page));
    // Bound where the bytes arrived, off the consumer's thread.
    CompletableFuture<Fetched<T>> bound =
        sent.thenApply(r -> new Fetched<>(r, core.page(r, item, query.withPage(page))));
    return new Fetch<>(sent, bound);
  }

  /** One page's response and its items. */
  private static final class Fetched<T> {
    final WpResponse response;
    final ResultPage<T> page;

    Fetched(WpResponse response, ResultPage<T> page) {
      this.response = response;
      this.page = page;
    }
  }

  /** One page under way: the exchange, and its binding. */
  private static final class Fetch<T> {
    private final CompletableFuture<WpResponse> sent;
    private final CompletableFuture<Fetched<T>> bound;

    Fetch(CompletableFuture<WpResponse> sent, CompletableFuture<Fetched<T>> bound) {
      this.sent = sent;
      this.bound = bound;
    }

    /**
     * The page, or the exception its call or binding threw, unwrapped as a plain call throws it.
     */
    Fetched<T> await() {
      try {
        return bound.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw e;
      } catch (CancellationException e) {
        throw new IllegalStateException("a page fetch was cancelled", e);
      }
    }

    void cancel() {
      // Cancelling the call's future keeps a fetch still waiting for a permit from ever being
      // sent, and cancels one already sending (the JDK may abort it; its deadline bounds it).
      sent.cancel(false);
      bound.cancel(false);
    }
  }
}
