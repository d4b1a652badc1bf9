package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.UrlDetails;
import java.net.URI;

/**
 * Link previews ({@code wp.urlDetails()}, {@code /wp-block-editor/v1/url-details}; needs a user who
 * may edit posts): the site fetches the page and reads its title, icon, description and image. The
 * site, not this client, fetches: for a page on the internet the site must reach it, else WordPress
 * answers an error such as {@code 404 no_response}.
 *
 * <pre>{@code
 * UrlDetails d = wp.urlDetails().get(URI.create("https://wordpress.org/"));
 * }</pre>
 */
public final class UrlDetailsService {
  private final ResourceCore core;

  UrlDetailsService(ResourceCore core) {
    this.core = core;
  }

  /**
   * What the page's head says about it.
   *
   * @param url an absolute http or https address
   * @return the details (empty texts for what the page does not name)
   */
  public UrlDetails get(URI url) {
    requireNonNull(url, "url == null");
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("url must be an absolute http(s) address: " + url);
    }
    return core.send(
        WpRequest.get(core.route()).query("url", url.toString()).build(),
        core.type(UrlDetails.class));
  }

  @Override
  public String toString() {
    return "UrlDetailsService{" + core.describe() + "}";
  }
}
