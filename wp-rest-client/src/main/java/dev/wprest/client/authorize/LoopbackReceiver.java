package dev.wprest.client.authorize;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A one-shot HTTP receiver on the loopback interface for WordPress's redirect after the user
 * approved or rejected an authorization request. It listens on {@code 127.0.0.1} on a random port,
 * accepts exactly one callback that carries its random {@code state} (a stray or forged request is
 * answered {@code 403} and ignored), and closes after the answer or the timeout of {@link
 * #await(Duration)}.
 *
 * <p>The new password arrives in the callback's query string. The receiver never logs it, never
 * echoes it to the browser, and asks the browser not to keep or forward the page ({@code
 * Cache-Control: no-store}, {@code Referrer-Policy: no-referrer}).
 *
 * <p>One thread serves every connection without ever waiting on one: a connection that does not
 * send its request head within a few seconds is closed, and so is the oldest when too many are
 * open, so idle or dripping connections (a browser's speculative preconnects, any local process)
 * cannot keep the real callback from being answered at once.
 */
public final class LoopbackReceiver implements AutoCloseable {
  /**
   * The callback's path. Long on purpose: servers commonly log the first 80 characters of a request
   * line, and path plus {@code state} fill them, so the {@code password} WordPress appends after
   * them would never reach such a log.
   */
  static final String CALLBACK_PATH = "/wp-rest/application-password-callback";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String state;
  private final CompletableFuture<AuthorizationResult> result = new CompletableFuture<>();
  private final CallbackServer server;
  private final URI successUrl;

  private LoopbackReceiver(InetAddress address) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    this.state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try {
      this.server = new CallbackServer(address, state, result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address.getHostAddress(), e);
    }
    String host = address.getHostAddress();
    if (host.indexOf(':') >= 0) {
      host = "[" + host + "]";
    }
    this.successUrl =
        URI.create("http://" + host + ":" + server.port() + CALLBACK_PATH + "?state=" + state);
  }

  /**
   * Starts a receiver on {@code 127.0.0.1}, on a port the system picks.
   *
   * @return the listening receiver; close it (or {@link #await(Duration)}) when done
   * @throws UncheckedIOException when the port cannot be opened
   */
  public static LoopbackReceiver start() {
    return start(InetAddress.getLoopbackAddress());
  }

  /**
   * Starts a receiver on a loopback address, e.g. {@code ::1}, on a port the system picks.
   *
   * @param loopback a loopback address: the receiver never listens where another machine could
   *     reach it
   * @return the listening receiver
   * @throws IllegalArgumentException when the address is not a loopback address
   * @throws UncheckedIOException when the port cannot be opened
   */
  public static LoopbackReceiver start(InetAddress loopback) {
    requireNonNull(loopback, "loopback == null");
    if (!loopback.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "the callback receiver listens on loopback only, not on " + loopback.getHostAddress());
    }
    return new LoopbackReceiver(loopback);
  }

  /**
   * Where WordPress sends the browser with the new password: this receiver, with its {@code state}.
   *
   * @return the URL for {@code success_url}
   */
  public URI successUrl() {
    return successUrl;
  }

  /**
   * Where WordPress sends the browser when the user rejects: the success URL with {@code
   * success=false} already in it (WordPress 6.1 sends the browser to {@code reject_url} as it is;
   * later versions add {@code success=false} themselves).
   *
   * @return the URL for {@code reject_url}
   */
  public URI rejectUrl() {
    return URI.create(successUrl + "&success=false");
  }

  /**
   * Waits for WordPress's callback, then closes the receiver.
   *
   * @param timeout how long the user has to approve or reject, e.g. five minutes
   * @return the approval with the new credential, the rejection, or {@link
   *     AuthorizationResult.TimedOut}
   * @throws InterruptedException when the waiting thread is interrupted (the receiver is closed)
   */
  public AuthorizationResult await(Duration timeout) throws InterruptedException {
    requireNonNull(timeout, "timeout == null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return new AuthorizationResult.TimedOut();
    } catch (ExecutionException e) {
      // Never completed exceptionally; kept for the compiler.
      throw new IllegalStateException("the callback failed", e.getCause());
    } finally {
      close();
    }
  }

  /**
   * How many requests were refused so far: a wrong or missing {@code state}, another path or
   * method, a foreign {@code Host}, or anything after the one callback.
   *
   * @return the count
   */
  public int refusedRequests() {
    return server.refused();
  }

  /** Stops listening; idempotent. A pending {@link #await(Duration)} then times out. */
  @Override
  public void close() {
    server.close();
  }

  /** Never the state: it is the receiver's only proof that a callback is genuine. */
  @Override
  public String toString() {
    return "LoopbackReceiver{port=" + server.port() + ", done=" + result.isDone() + "}";
  }
}
