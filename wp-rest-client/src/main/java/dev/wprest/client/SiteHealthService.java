package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.SiteHealthCheck;
import dev.wprest.client.model.SiteHealthTest;

/**
 * The site health tests WordPress runs asynchronously ({@code wp.siteHealth()}, {@code
 * /wp-site-health/v1}; administrators: {@code view_site_health_checks}). Some tests reach out from
 * the site: {@code dotorg-communication} needs the internet, {@code loopback-requests} and {@code
 * page-cache} need the site to reach itself.
 *
 * <pre>{@code
 * SiteHealthTest https = wp.siteHealth().run(SiteHealthCheck.HTTPS_STATUS);
 * https.status();   // good, recommended or critical
 * }</pre>
 */
public final class SiteHealthService {
  private final ResourceCore core;

  SiteHealthService(ResourceCore core) {
    this.core = core;
  }

  /**
   * Runs one test.
   *
   * @param check the test
   * @return its result
   */
  public SiteHealthTest run(SiteHealthCheck check) {
    requireNonNull(check, "check == null");
    return core.send(
        ResourceCore.get(core.route("tests/" + check.route()), Query.none()),
        core.type(SiteHealthTest.class));
  }

  /**
   * The sizes of WordPress's directories and database, as the Site Health screen shows them (not on
   * multisite; slow on big sites).
   *
   * @return the JSON answer: {@code wordpress_size}, {@code uploads_size}, ..., each with {@code
   *     size} and {@code debug}
   */
  public JsonNode directorySizes() {
    return core.send(
        ResourceCore.get(core.route("directory-sizes"), Query.none()), core.type(JsonNode.class));
  }

  @Override
  public String toString() {
    return "SiteHealthService{" + core.describe() + "}";
  }
}
