package dev.wprest.client.internal;

import dev.wprest.client.CallInfo;
import dev.wprest.client.CallSummary;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressEventListener;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call's events for the client's {@link WordPressEventListener}s: counts attempts and
 * redirects, and keeps a throwing listener from breaking the call. Not thread-safe: a call runs on
 * one thread.
 */
public final class CallTrace {
  private static final Logger LOG = LoggerFactory.getLogger(WordPressClient.class);

  /** The trace of a client without listeners: records nothing, calls nothing. */
  public static final CallTrace NONE = new CallTrace(List.of(), null);

  private final List<WordPressEventListener> listeners;
  private final CallInfo call;
  private final long startNanos = System.nanoTime();
  private int attempts;
  private int redirects;

  private CallTrace(List<WordPressEventListener> listeners, CallInfo call) {
    this.listeners = listeners;
    this.call = call;
  }

  /** Starts the trace of a call, and tells the listeners. */
  public static CallTrace start(List<WordPressEventListener> listeners, WpRequest request) {
    if (listeners.isEmpty()) {
      return NONE;
    }
    CallTrace trace = new CallTrace(listeners, CallInfo.of(request));
    trace.tell("callStart", l -> l.callStart(trace.call));
    return trace;
  }

  /** An attempt's request is about to leave. */
  void requestSent() {
    if (this != NONE) {
      int attempt = ++attempts;
      tell("requestSent", l -> l.requestSent(call, attempt));
    }
  }

  /** The attempt's answer arrived, after {@code hops} redirects. */
  void answerReceived(int status, int hops) {
    if (this != NONE) {
      int attempt = attempts;
      for (int hop = 1; hop <= hops; hop++) {
        int h = hop;
        tell("redirectFollowed", l -> l.redirectFollowed(call, attempt, h));
      }
      redirects += hops;
      tell("answerReceived", l -> l.answerReceived(call, attempt, status));
    }
  }

  /** The client waits {@code delay} before another attempt. */
  void retrying(Duration delay) {
    if (this != NONE) {
      int attempt = attempts;
      tell("retrying", l -> l.retrying(call, attempt, delay));
    }
  }

  /** The call succeeded with {@code status}. */
  public void succeeded(int status) {
    if (this != NONE) {
      CallSummary summary = summary(status);
      tell("callEnd", l -> l.callEnd(call, summary));
    }
  }

  /** The call failed with what the caller gets. */
  public void failed(RuntimeException failure) {
    if (this != NONE) {
      int status =
          failure instanceof WordPressException
              ? ((WordPressException) failure).exchange().status().orElse(0)
              : 0;
      CallSummary summary = summary(status);
      tell("callFailed", l -> l.callFailed(call, summary, failure));
    }
  }

  private CallSummary summary(int status) {
    return CallSummary.of(
        status, attempts, redirects, Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private void tell(String event, Consumer<WordPressEventListener> telling) {
    for (WordPressEventListener listener : listeners) {
      try {
        telling.accept(listener);
      } catch (RuntimeException e) {
        // A listener's bug must not fail or change the call it listens to.
        LOG.warn(
            "event listener {} failed in {} and was skipped ({})",
            listener.getClass().getName(),
            event,
            e.getClass().getName());
      }
    }
  }
}
