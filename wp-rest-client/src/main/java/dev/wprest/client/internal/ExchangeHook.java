package dev.wprest.client.internal;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What an embedding tool (the diagnostics doctor) adds to every exchange of a transport: it may
 * refuse a request before anything is sent (a budget, an origin, a write), shorten the time an
 * exchange may take (a deadline of its own), and read each answer that arrived whole (a journal).
 * One place, so that a rule it promises holds for every request, the client's own steps included,
 * instead of being trusted to each caller. Not API.
 */
public interface ExchangeHook {
  /** Adds nothing. */
  ExchangeHook NONE = new ExchangeHook() {};

  /**
   * How long an exchange starting now may take, body included, at most.
   *
   * @param callTimeout the transport's own per-attempt timeout
   * @return {@code callTimeout} or less
   */
  default Duration timeLeft(Duration callTimeout) {
    return callTimeout;
  }

  /**
   * Called before a request is sent. Throwing refuses it: nothing is sent, and the exchange fails
   * with this exception as its cause (an {@link java.net.http.HttpTimeoutException} as a deadline).
   *
   * @param request the request about to be sent, every header included
   * @throws IOException to refuse the request
   */
  default void beforeSend(HttpRequest request) throws IOException {}

  /**
   * Called with each answer whose body arrived whole (and within the size limit).
   *
   * @param request the request sent
   * @param response its answer
   */
  default void answered(HttpRequest request, HttpResponse<byte[]> response) {}
}
