package dev.wprest.diagnostics;

import dev.wprest.client.AuthScheme;
import dev.wprest.client.RedirectRefusedException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A redirect the client would not follow: a write that would become a GET, a credentialed hop to
 * another origin, or a downgrade to http.
 */
final class RedirectRefusedAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (!f.is(RedirectRefusedException.class)) {
      return Optional.empty();
    }
    RedirectRefusedException r = (RedirectRefusedException) f.failure;
    URI from = r.from();
    URI to = r.location();
    if (r.reason() == RedirectRefusedException.Reason.MALFORMED_LOCATION
        || r.reason() == RedirectRefusedException.Reason.USERINFO_IN_LOCATION) {
      // The server's Location itself is the fault, whatever the method or origin.
      return Optional.of(
          f.diagnosis(LikelyCause.REDIRECT_REFUSED)
              .confidence(Confidence.LIKELY)
              .evidence("redirect from", String.valueOf(from))
              .summary(
                  f.method()
                      + " got a "
                      + f.status
                      + " redirect from "
                      + from
                      + (r.reason() == RedirectRefusedException.Reason.MALFORMED_LOCATION
                          ? " whose Location is not a valid URL."
                          : " whose Location carries a user name or password, which the client"
                              + " never follows.")
                      + " The site's redirect rules are broken or were tampered with.")
              .firstCheck(
                  "Look at the redirect with curl -sI "
                      + from
                      + " and fix the rule that writes its Location (web server, .htaccess or a"
                      + " redirect plugin).")
              .build());
    }
    String hop = f.status + " redirect from " + from + " to " + to;
    if (f.isWrite()) {
      return Optional.of(
          f.diagnosis(LikelyCause.REDIRECT_CHANGED_REQUEST)
              .confidence(Confidence.LIKELY)
              .evidence("redirect target", String.valueOf(to))
              .summary(
                  f.method()
                      + " got a "
                      + hop
                      + ": following it would turn the write into a GET and report a fake success.")
              .firstCheck(
                  "Use "
                      + origin(to)
                      + " as the client's base URL so that the "
                      + f.method()
                      + " reaches the route directly.")
              .build());
    }
    boolean credentialed = !AuthScheme.NONE.equals(f.scheme());
    if (credentialed
        && from != null
        && to != null
        && !sameOrigin(from, to)
        && !downgrade(from, to)) {
      return Optional.of(
          f.diagnosis(LikelyCause.CREDENTIALS_DROPPED_ON_REDIRECT)
              .confidence(Confidence.LIKELY)
              .evidence("redirect target", String.valueOf(to))
              .summary(
                  f.method()
                      + " got a "
                      + hop
                      + ", another origin: the client does not carry "
                      + f.scheme()
                      + " credentials there.")
              .firstCheck(
                  "Use "
                      + origin(to)
                      + " as the client's base URL if that is the site's canonical address, so"
                      + " that credentials go straight to it.")
              .build());
    }
    return Optional.of(
        f.diagnosis(LikelyCause.REDIRECT_REFUSED)
            .confidence(Confidence.LIKELY)
            .evidence("redirect target", String.valueOf(to))
            .summary(f.method() + " got a " + hop + " that the client refused to follow.")
            .build());
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
        && Objects.equals(lower(a.getHost()), lower(b.getHost()))
        && port(a) == port(b);
  }

  private static boolean downgrade(URI from, URI to) {
    return "https".equals(lower(from.getScheme())) && "http".equals(lower(to.getScheme()));
  }

  private static int port(URI u) {
    return u.getPort() >= 0 ? u.getPort() : "https".equals(lower(u.getScheme())) ? 443 : 80;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static String origin(URI u) {
    if (u == null || u.getScheme() == null || u.getHost() == null) {
      return "the redirect's target";
    }
    return u.getScheme() + "://" + u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "");
  }
}
