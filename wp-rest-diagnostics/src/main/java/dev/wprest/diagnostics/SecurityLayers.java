package dev.wprest.diagnostics;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognizes the pages and headers of firewalls, CDNs and security plugins that answer in front of
 * (or instead of) WordPress's REST API. Each mark comes from the product's own block page.
 */
final class SecurityLayers {
  private SecurityLayers() {}

  /** The security layer whose marks the answer carries, named for people. */
  static Optional<String> recognize(FailureFacts f) {
    String body = f.bodyLower();
    String title = f.htmlTitle().orElse("").toLowerCase(Locale.ROOT);
    String server = f.header("server").orElse("").toLowerCase(Locale.ROOT);
    if (f.header("cf-ray").isPresent() && (f.status == 403 || f.status == 503 || f.status == 429)
        || title.contains("cloudflare")
        || body.contains("cloudflare ray id")
        || body.contains("cf-error-details")
        || (server.contains("cloudflare") && title.contains("just a moment"))) {
      return Optional.of("Cloudflare");
    }
    if (f.header("x-sucuri-id").isPresent() || body.contains("sucuri website firewall")) {
      return Optional.of("Sucuri WebSite Firewall");
    }
    if (body.contains("wordfence")) {
      return Optional.of("Wordfence");
    }
    if (body.contains("imunify360") || body.contains("imunify 360")) {
      return Optional.of("Imunify360");
    }
    if (body.contains("mod_security")
        || body.contains("modsecurity")
        || title.contains("not acceptable")
        || (f.status == 406 && !f.wordPressAnswered())) {
      return Optional.of("ModSecurity (the web server's firewall module)");
    }
    if (body.contains("ithemes security") || body.contains("solid security")) {
      return Optional.of("Solid Security (iThemes Security)");
    }
    if (body.contains("aiowps") || body.contains("all in one wp security")) {
      return Optional.of("All In One WP Security");
    }
    if (server.contains("akamaighost") || body.contains("errors.edgesuite.net")) {
      return Optional.of("Akamai");
    }
    if (body.contains("request rejected") && body.contains("support id")) {
      return Optional.of("an F5 application firewall");
    }
    return Optional.empty();
  }
}
