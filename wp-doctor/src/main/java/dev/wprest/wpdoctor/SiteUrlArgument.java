package dev.wprest.wpdoctor;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Checks a {@code <site-url>} argument, in words that never repeat it: it may hold a password. */
final class SiteUrlArgument {
  private SiteUrlArgument() {}

  /** What is wrong with the URL, if anything. */
  static Optional<String> problem(String site) {
    URI uri;
    try {
      uri = new URI(site);
    } catch (URISyntaxException e) {
      return Optional.of("<site-url> is not a URL (not shown)");
    }
    if (uri.getRawUserInfo() != null || (uri.getHost() == null && site.contains("@"))) {
      return Optional.of(
          "<site-url> holds a user name or password before '@' (not shown): give the user with"
              + " --user and the secret in the environment");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      return Optional.of("<site-url> must be an absolute http(s) URL, e.g. https://example.com");
    }
    return Optional.empty();
  }
}
