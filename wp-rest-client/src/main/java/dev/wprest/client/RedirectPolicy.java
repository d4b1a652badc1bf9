package dev.wprest.client;

/**
 * How the client treats 3xx answers. The client follows redirects itself (the JDK 17 {@code
 * HttpClient} re-sends {@code Authorization} and {@code Cookie} to another origin and turns a POST
 * into a GET on 301/302), and only where it is safe:
 *
 * <ul>
 *   <li>GET, HEAD and OPTIONS only; a redirected write is an error, never a silent GET;
 *   <li>same origin (scheme, host, port) only while the auth strategy sends credentials; a
 *       credential-free request may follow to another origin, never from https to http;
 *   <li>at most {@link #maxHops()} hops.
 * </ul>
 *
 * Anything else becomes a {@link RedirectRefusedException} naming both URLs.
 */
public final class RedirectPolicy {
  private final int maxHops;

  private RedirectPolicy(int maxHops) {
    this.maxHops = maxHops;
  }

  /**
   * The default: follow up to 5 same-origin hops.
   *
   * @return the default policy
   */
  public static RedirectPolicy sameOrigin() {
    return new RedirectPolicy(5);
  }

  /**
   * Follows up to {@code maxHops} safe redirects.
   *
   * @param maxHops 1 to 10
   * @return the policy
   */
  public static RedirectPolicy sameOrigin(int maxHops) {
    if (maxHops < 1 || maxHops > 10) {
      throw new IllegalArgumentException("maxHops must be 1..10: " + maxHops);
    }
    return new RedirectPolicy(maxHops);
  }

  /**
   * Never follows: every 3xx becomes a {@link RedirectRefusedException}.
   *
   * @return the policy
   */
  public static RedirectPolicy never() {
    return new RedirectPolicy(0);
  }

  /**
   * The most hops followed.
   *
   * @return 0 when redirects are never followed
   */
  public int maxHops() {
    return maxHops;
  }

  @Override
  public String toString() {
    return maxHops == 0
        ? "RedirectPolicy{never}"
        : "RedirectPolicy{sameOrigin, maxHops=" + maxHops + "}";
  }
}
