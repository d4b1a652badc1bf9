package dev.wprest.client.internal;

import dev.wprest.client.HttpMethod;
import dev.wprest.client.RedirectRefusedException.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/**
 * Which redirects may be followed, defined once for the client's transport, its discovery and the
 * doctor: what counts as a redirect, where its {@code Location} points, and why one must not be
 * followed. The client follows redirects itself (the JDK's client would resend {@code
 * Authorization} and cookies to another origin), so these rules are the only ones that apply.
 */
public final class RedirectRules {
  /**
   * The statuses that redirect. 300 (a choice for a human) and 304 (a cache's answer) carry no
   * {@code Location} to follow.
   */
  public static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

  private RedirectRules() {}

  /**
   * Whether an answer is a redirect to follow or refuse: a redirect status with a {@code Location}.
   *
   * @param status the status
   * @param location the {@code Location} header, if any
   * @return true for a redirect
   */
  public static boolean isRedirect(int status, Optional<String> location) {
    return STATUSES.contains(status) && location.isPresent();
  }

  /**
   * Where a redirect points, resolved against the URI that answered: an absolute http(s) URL with a
   * host, or empty for a {@code Location} that is none (it is the server's text and may hold
   * anything: it is never quoted).
   *
   * @param from the URI that answered
   * @param location the {@code Location} header
   * @return the target, if usable
   */
  public static Optional<URI> target(URI from, String location) {
    try {
      URI target = from.resolve(new URI(location.strip()));
      if (target.getScheme() != null
          && target.getHost() != null
          && (target.getScheme().equalsIgnoreCase("http")
              || target.getScheme().equalsIgnoreCase("https"))) {
        return Optional.of(target);
      }
    } catch (URISyntaxException | IllegalArgumentException malformed) {
      // not a URL: no target
    }
    return Optional.empty();
  }

  /**
   * The one move off an origin that credentials may follow later: an upgrade from http to https on
   * the same host and the default https port. An upgrade onto another port is another origin,
   * whatever answers there would vouch for itself.
   *
   * @param from the URI that redirected
   * @param to where it points
   * @return true for that upgrade
   */
  public static boolean isSafeUpgrade(URI from, URI to) {
    return "http".equalsIgnoreCase(from.getScheme())
        && "https".equalsIgnoreCase(to.getScheme())
        && from.getHost() != null
        && from.getHost().equalsIgnoreCase(to.getHost())
        && (to.getPort() == -1 || to.getPort() == 443);
  }

  /**
   * An upgrade from http to https on the same host that is not {@link #isSafeUpgrade}: onto another
   * port, so another origin. Named apart because its fix is to configure the https URL.
   *
   * @param from the URI that redirected
   * @param to where it points
   * @return true for an upgrade onto another port
   */
  public static boolean isUpgradeElsewhere(URI from, URI to) {
    return "http".equalsIgnoreCase(from.getScheme())
        && "https".equalsIgnoreCase(to.getScheme())
        && from.getHost() != null
        && from.getHost().equalsIgnoreCase(to.getHost())
        && !isSafeUpgrade(from, to);
  }

  /**
   * Whether a redirect leads from https to plain http, where anything sent can be read on the way.
   *
   * @param from the URI that redirected
   * @param to where it points
   * @return true for a downgrade
   */
  public static boolean isDowngrade(URI from, URI to) {
    return "https".equalsIgnoreCase(from.getScheme()) && "http".equalsIgnoreCase(to.getScheme());
  }

  /**
   * Whether a site found at {@code to} by following a redirect from {@code from} may receive the
   * credentials later (discovery sends none, but the calls after it do): the same origin, or the
   * safe upgrade to https.
   *
   * @param from the URI asked
   * @param to the URI that answered
   * @return true when credentials may go there
   */
  public static boolean credentialsMayFollow(URI from, URI to) {
    return Origins.sameOrigin(from, to) || isSafeUpgrade(from, to);
  }

  /**
   * Why a redirect must not be followed, in the order the checks matter; empty to follow it.
   *
   * @param method the method that was redirected
   * @param status the redirect status
   * @param from the URI that redirected
   * @param to where it points
   * @param hop how many redirects were followed before this one
   * @param maxHops the most redirects followed
   * @param credentialsSent whether the request carried credentials
   * @return the refusal, or empty
   */
  public static Optional<Refusal> refusal(
      HttpMethod method,
      int status,
      URI from,
      URI to,
      int hop,
      int maxHops,
      boolean credentialsSent) {
    if (to.getRawUserInfo() != null) {
      // A URL with userinfo carries a user name (and maybe a password) someone else chose.
      return Refusal.of(
          Reason.USERINFO_IN_LOCATION,
          "its Location carries a user name or password (userinfo), which the client never sends");
    }
    if (!method.safe()) {
      // 301/302 turn a write into a GET and 307/308 send it again: either way a fake success.
      return Refusal.of(
          Reason.WRITE_REDIRECTED,
          "following would "
              + (status == 307 || status == 308
                  ? "send the " + method + " again"
                  : "turn the " + method + " into a GET")
              + " and report a fake success");
    }
    if (maxHops == 0) {
      return Refusal.of(Reason.NOT_FOLLOWED, "the redirect policy follows no redirects");
    }
    if (hop >= maxHops) {
      return Refusal.of(Reason.TOO_MANY_HOPS, "more than " + maxHops + " redirects");
    }
    if (isDowngrade(from, to)) {
      return Refusal.of(Reason.HTTPS_DOWNGRADE, "it downgrades https to plain http");
    }
    if (credentialsSent && !Origins.sameOrigin(from, to)) {
      // Credentials go only to the origin they were configured for, never where a server says.
      return Refusal.of(
          Reason.CROSS_ORIGIN,
          "it leads to another origin, and credentials are only ever sent to "
              + Origins.origin(from));
    }
    return Optional.empty();
  }

  /** A refused redirect's reason and its wording. */
  public static final class Refusal {
    /** Why. */
    public final Reason reason;

    /** Why, in words that complete "refused: ". */
    public final String words;

    private Refusal(Reason reason, String words) {
      this.reason = reason;
      this.words = words;
    }

    static Optional<Refusal> of(Reason reason, String words) {
      return Optional.of(new Refusal(reason, words));
    }
  }
}
