package dev.wprest.client.authorize;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressClient;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The authorization flow without a callback, for sites that refuse the loopback receiver's {@code
 * http://} {@code success_url} (every site whose environment type is not {@code local}, before
 * WordPress 7.0): the user approves the request on the site's page, WordPress shows the new
 * password there once, and the user pastes it into the application. Each paste is checked on {@code
 * /wp/v2/users/me} with the new credential before it is accepted; a wrong one is reported to {@link
 * Builder#onWrongPaste(Consumer)} and asked again, up to {@link Builder#attempts(int)} times.
 *
 * <pre>{@code
 * PasteFlow flow =
 *     PasteFlow.builder(client.siteInfo(), AuthorizationRequest.builder("My importer").build())
 *         .verifyWith(auth -> WordPressClient.builder().baseUrl(url).auth(auth).build())
 *         .onWrongPaste(wrong -> System.err.println(wrong.problem()))
 *         .build(); // AuthorizationUnavailableException if the site does not offer the page
 * System.err.println("Approve the request at " + flow.authorizationUrl());
 * AuthorizationResult result =
 *     flow.await("editor", () -> System.console().readPassword("Password: "), Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>One flow waits once. The supplier runs on a daemon thread, so that a time limit and {@link
 * #cancel()} end the wait even while it blocks (a console read cannot be interrupted); every array
 * it returns is wiped as soon as it has been read, also when it comes too late.
 */
public final class PasteFlow {
  /** What WordPress generates ({@code wp_generate_password( 24, false )}): letters and digits. */
  private static final int PASSWORD_LENGTH = 24;

  private final SiteInfo site;
  private final URI authorizationUrl;
  private final int attempts;
  private final Function<AuthStrategy, WordPressClient> clients;
  private final Consumer<WrongPaste> onWrongPaste;
  private final CompletableFuture<Void> cancelled = new CompletableFuture<>();

  private PasteFlow(Builder builder) {
    this.site = builder.site;
    this.authorizationUrl = builder.request.uriFor(builder.site);
    this.attempts = builder.attempts;
    this.clients = requireNonNull(builder.clients, "verifyWith(...) was not set");
    this.onWrongPaste = builder.onWrongPaste;
  }

  /**
   * Starts a flow.
   *
   * @param site what discovery learned about the site, e.g. {@code client.siteInfo()}
   * @param request the request, without a success URL (WordPress would redirect there instead of
   *     showing the password)
   * @return a builder
   * @throws IllegalArgumentException when the request has a success URL
   */
  public static Builder builder(SiteInfo site, AuthorizationRequest request) {
    return new Builder(site, request);
  }

  /**
   * The page to open in the user's browser, where they approve and WordPress shows the password.
   *
   * @return the authorization page's URL, without {@code success_url}
   */
  public URI authorizationUrl() {
    return authorizationUrl;
  }

  /**
   * Asks for pastes until WordPress accepts one, the attempts are used up, the user gives up (the
   * supplier returns {@code null} or a blank paste), the time is over or {@link #cancel()} is
   * called.
   *
   * @param user the WordPress login or e-mail of the user who approves (WordPress shows only the
   *     password)
   * @param paste asked once per attempt, e.g. a no-echo console read; its arrays are wiped here
   * @param timeout for the whole wait, approving in the browser included
   * @return {@link AuthorizationResult.Approved} with the verified credential, or {@link
   *     AuthorizationResult.Rejected} ({@code CANCELLED}, {@code NOT_VERIFIED}), or {@link
   *     AuthorizationResult.TimedOut}
   * @throws InterruptedException when the waiting thread is interrupted
   * @throws dev.wprest.client.WordPressException when the check itself fails in another way than a
   *     refused credential (the site unreachable, a 403 of a plugin): asking again would not help
   */
  public AuthorizationResult await(String user, Supplier<char[]> paste, Duration timeout)
      throws InterruptedException {
    requireNonNull(user, "user == null");
    requireNonNull(paste, "paste == null");
    requireNonNull(timeout, "timeout == null");
    if (user.isBlank()) {
      throw new IllegalArgumentException("user is blank");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int attempt = 1; attempt <= attempts; attempt++) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return new AuthorizationResult.TimedOut();
      }
      CompletableFuture<char[]> next = read(paste);
      try {
        CompletableFuture.anyOf(next, cancelled).get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        wipeWhenItComes(next);
        return new AuthorizationResult.TimedOut();
      } catch (InterruptedException e) {
        wipeWhenItComes(next);
        throw e;
      } catch (ExecutionException e) {
        throw unchecked(e.getCause());
      }
      if (cancelled.isDone()) {
        wipeWhenItComes(next);
        return new AuthorizationResult.Rejected(AuthorizationResult.Outcome.CANCELLED);
      }
      String password = applicationPassword(next.getNow(null));
      if (password == null) {
        return new AuthorizationResult.Rejected(AuthorizationResult.Outcome.CANCELLED);
      }
      int attemptsLeft = attempts - attempt;
      if (password.length() != PASSWORD_LENGTH) {
        onWrongPaste.accept(
            new WrongPaste(
                attempt,
                attemptsLeft,
                "that is not an Application Password: WordPress shows 24 letters and digits"
                    + " (in groups of four), this paste has "
                    + password.length()
                    + " letters and digits after spaces and dashes are removed; nothing was sent",
                null));
        continue;
      }
      AuthStrategy credential = AuthStrategy.applicationPassword(user, password);
      try {
        clients.apply(credential).verify();
        return new AuthorizationResult.Approved(site.siteUrl(), user, password);
      } catch (UnauthorizedException refused) {
        onWrongPaste.accept(
            new WrongPaste(
                attempt,
                attemptsLeft,
                "WordPress did not accept this password for "
                    + user
                    + " ("
                    + refused.status()
                    + refused.code().map(code -> " " + code).orElse("")
                    + " on users/me)",
                refused));
      }
    }
    return new AuthorizationResult.Rejected(AuthorizationResult.Outcome.NOT_VERIFIED);
  }

  /** Ends a pending {@link #await} with {@code CANCELLED}, e.g. from a Ctrl-C handler. */
  public void cancel() {
    cancelled.complete(null);
  }

  private static CompletableFuture<char[]> read(Supplier<char[]> paste) {
    CompletableFuture<char[]> next = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                next.complete(paste.get());
              } catch (RuntimeException | Error e) {
                next.completeExceptionally(e);
              }
            },
            "wp-rest-paste");
    reader.setDaemon(true);
    reader.start();
    return next;
  }

  /**
   * The paste without what WordPress ignores in it (it strips everything but letters and digits:
   * the spaces of its groups of four, dashes, a copied line end), or null when it is blank. Wipes
   * the array.
   */
  private static String applicationPassword(char[] pasted) {
    if (pasted == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder(PASSWORD_LENGTH);
    for (char c : pasted) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        kept.append(c);
      } else if (!Character.isWhitespace(c) && c != '-') {
        // Something WordPress would not have shown: count it, so the length check refuses it.
        kept.append('?');
      }
    }
    wipe(pasted);
    return kept.length() == 0 ? null : kept.toString();
  }

  /** A paste that arrives after the end is wiped unread. */
  private static void wipeWhenItComes(CompletableFuture<char[]> paste) {
    paste.thenAccept(PasteFlow::wipe);
  }

  private static void wipe(char[] chars) {
    if (chars != null) {
      Arrays.fill(chars, '\0');
    }
  }

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new IllegalStateException("the paste could not be read", cause);
  }

  @Override
  public String toString() {
    return "PasteFlow{" + authorizationUrl + ", attempts=" + attempts + "}";
  }

  /** Builds a {@link PasteFlow}. Not thread-safe. */
  public static final class Builder {
    private final SiteInfo site;
    private final AuthorizationRequest request;
    private int attempts = 3;
    private Function<AuthStrategy, WordPressClient> clients;
    private Consumer<WrongPaste> onWrongPaste = wrong -> {};

    private Builder(SiteInfo site, AuthorizationRequest request) {
      this.site = requireNonNull(site, "site == null");
      this.request = requireNonNull(request, "request == null");
      if (request.successUrl().isPresent()) {
        throw new IllegalArgumentException(
            "a paste flow's request has no success URL (WordPress would redirect there instead"
                + " of showing the password): "
                + request.successUrl().get());
      }
    }

    /**
     * How the pasted credential is checked: a client for the site with that credential, on which
     * the flow calls {@link WordPressClient#verify()}. Required.
     *
     * @param clients e.g. {@code auth -> WordPressClient.builder().baseUrl(url).auth(auth).build()}
     * @return this
     */
    public Builder verifyWith(Function<AuthStrategy, WordPressClient> clients) {
      this.clients = requireNonNull(clients, "clients == null");
      return this;
    }

    /**
     * How many pastes to ask for before giving up; 3 unless set.
     *
     * @param attempts at least 1
     * @return this
     */
    public Builder attempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
      }
      this.attempts = attempts;
      return this;
    }

    /**
     * Told of each paste that was not accepted, before the next is asked for: the place to explain
     * it to the user.
     *
     * @param listener called on the waiting thread
     * @return this
     */
    public Builder onWrongPaste(Consumer<WrongPaste> listener) {
      this.onWrongPaste = requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * The flow.
     *
     * @return it
     * @throws AuthorizationUnavailableException when the site does not offer the authorization page
     * @throws NullPointerException when {@link #verifyWith(Function)} was not set
     */
    public PasteFlow build() {
      return new PasteFlow(this);
    }
  }
}
