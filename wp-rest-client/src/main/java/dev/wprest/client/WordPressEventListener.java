package dev.wprest.client;

import java.time.Duration;

/**
 * Hears what a {@link WordPressClient} does with each call: for metrics, tracing or logs of your
 * own. Register one with {@link WordPressClient.Builder#eventListener(WordPressEventListener)}.
 * Every method has a default that does nothing: implement only what you need.
 *
 * <p>For one call, the events come in this order, on the thread that runs the call: {@link
 * #callStart}; then for each attempt {@link #requestSent}, and, when an answer came, {@link
 * #redirectFollowed} for each redirect the client followed and {@link #answerReceived}; {@link
 * #retrying} before each further attempt; and last exactly one of {@link #callEnd} or {@link
 * #callFailed}. Discovery of the site (on a client's first call) is part of that first call.
 *
 * <p>Nothing secret is reachable from an event: a call is named by its method and route template
 * ({@link CallInfo}), never its URL, query string or headers. The one exception object handed to
 * {@link #callFailed} is the one the caller gets, as redacted as always.
 *
 * <p>A listener must be quick and thread-safe: it runs inside every call, on any thread that makes
 * one. A listener that throws is logged (SLF4J, WARN) and the call goes on as if it had returned.
 */
public interface WordPressEventListener {
  /**
   * A call starts.
   *
   * @param call the call
   */
  default void callStart(CallInfo call) {}

  /**
   * An attempt's request is about to be sent (credentials, if any, included).
   *
   * @param call the call
   * @param attempt the attempt, from 1
   */
  default void requestSent(CallInfo call, int attempt) {}

  /**
   * The client followed a redirect of this attempt. Reported when the answer at the end of the
   * redirects arrived, once per redirect, before {@link #answerReceived}.
   *
   * @param call the call
   * @param attempt the attempt, from 1
   * @param hop which redirect, from 1
   */
  default void redirectFollowed(CallInfo call, int attempt, int hop) {}

  /**
   * An attempt got an answer (its headers and body arrived), whatever its status.
   *
   * @param call the call
   * @param attempt the attempt, from 1
   * @param status the HTTP status
   */
  default void answerReceived(CallInfo call, int attempt, int status) {}

  /**
   * The client waits before another attempt: the last one failed in a way the retry policy retries.
   *
   * @param call the call
   * @param failedAttempt the attempt that failed, from 1
   * @param delay how long the client waits before the next attempt
   */
  default void retrying(CallInfo call, int failedAttempt, Duration delay) {}

  /**
   * The call succeeded (a 2xx answer).
   *
   * @param call the call
   * @param summary what happened
   */
  default void callEnd(CallInfo call, CallSummary summary) {}

  /**
   * The call failed. {@code failure} is what the caller gets: usually a {@link WordPressException};
   * when the diagnostics module is installed on the client, {@code
   * AuthDiagnostics.diagnose(failure)} returns its diagnosis without analyzing again. A request the
   * client refused before sending (e.g. an {@link InvalidCredentialException}) ends here too, so
   * that every {@link #callStart} has its end.
   *
   * @param call the call
   * @param summary what happened
   * @param failure the exception the call throws
   */
  default void callFailed(CallInfo call, CallSummary summary, RuntimeException failure) {}
}
