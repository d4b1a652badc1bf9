package dev.wprest.client.authorize;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.SiteInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A request for an Application Password, sent to the user's browser as the site's authorization
 * page ({@code /wp-admin/authorize-application.php}) with {@code app_name}, {@code app_id}, {@code
 * success_url} and {@code reject_url}. Immutable; {@link #uriFor(SiteInfo)} builds the address from
 * what the site's index advertises.
 *
 * <p>On approval WordPress creates the password and redirects the browser to {@code success_url}
 * with {@code site_url}, {@code user_login} and {@code password} added to its query. On rejection
 * it redirects to {@code reject_url} (WordPress adds {@code success=false}; without a {@code
 * reject_url} it uses {@code success_url?success=false}). Without a {@code success_url} WordPress
 * shows the new password on the page instead.
 */
public final class AuthorizationRequest {
  private final String appName;
  private final UUID appId;
  private final URI successUrl;
  private final URI rejectUrl;

  private AuthorizationRequest(Builder builder) {
    this.appName = builder.appName;
    this.appId = builder.appId;
    this.successUrl = builder.successUrl;
    this.rejectUrl = builder.rejectUrl;
  }

  /**
   * Starts a request.
   *
   * @param appName the name the user sees and the new Application Password gets, e.g. {@code My
   *     importer}; the user may change it on the page
   * @return a builder
   * @throws IllegalArgumentException when the name is blank
   */
  public static Builder builder(String appName) {
    return new Builder(appName);
  }

  /**
   * The name suggested for the new Application Password.
   *
   * @return the name
   */
  public String appName() {
    return appName;
  }

  /**
   * The application's id, stored with the password so the application's passwords can be found
   * again ({@code GET /wp/v2/users/me/application-passwords}, field {@code app_id}).
   *
   * @return the id, if set
   */
  public Optional<UUID> appId() {
    return Optional.ofNullable(appId);
  }

  /**
   * Where WordPress sends the browser with the new password.
   *
   * @return the URL, if set
   */
  public Optional<URI> successUrl() {
    return Optional.ofNullable(successUrl);
  }

  /**
   * Where WordPress sends the browser when the user rejects the request.
   *
   * @return the URL, if set
   */
  public Optional<URI> rejectUrl() {
    return Optional.ofNullable(rejectUrl);
  }

  /**
   * The address of the site's authorization page for this request, from the endpoint the site's
   * index advertises ({@code authentication.application-passwords.endpoints.authorization}).
   *
   * @param site what discovery learned about the site, e.g. {@code client.siteInfo()}
   * @return the URL to open in the user's browser
   * @throws AuthorizationUnavailableException when the index does not offer the flow: Application
   *     Passwords unavailable (plain http on a site whose environment type is not {@code local}, or
   *     switched off by a plugin), or the index could not be read
   */
  public URI uriFor(SiteInfo site) {
    requireNonNull(site, "site == null");
    URI endpoint =
        site.authorizationEndpoint()
            .filter(AuthorizationRequest::isWebUrl)
            .orElseThrow(() -> AuthorizationUnavailableException.of(site));
    StringBuilder query = new StringBuilder();
    append(query, "app_name", appName);
    if (appId != null) {
      append(query, "app_id", appId.toString());
    }
    if (successUrl != null) {
      append(query, "success_url", successUrl.toString());
    }
    if (rejectUrl != null) {
      append(query, "reject_url", rejectUrl.toString());
    }
    String base = endpoint.toString();
    int fragment = base.indexOf('#');
    if (fragment >= 0) {
      base = base.substring(0, fragment);
    }
    return URI.create(base + (endpoint.getRawQuery() == null ? "?" : "&") + query);
  }

  private static boolean isWebUrl(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
  }

  private static void append(StringBuilder query, String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    // PHP decodes both + and %20 as a space; %20 keeps the URL readable where it is shown.
    query
        .append(name)
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  @Override
  public String toString() {
    return "AuthorizationRequest{appName="
        + appName
        + ", appId="
        + appId
        + ", successUrl="
        + successUrl
        + ", rejectUrl="
        + rejectUrl
        + "}";
  }

  /** Builds an {@link AuthorizationRequest}. Not thread-safe. */
  public static final class Builder {
    private final String appName;
    private UUID appId;
    private URI successUrl;
    private URI rejectUrl;

    private Builder(String appName) {
      requireNonNull(appName, "appName == null");
      if (appName.isBlank()) {
        throw new IllegalArgumentException("appName is blank");
      }
      this.appName = appName;
    }

    /**
     * The application's id: a UUID that stays the same for every request of one application
     * (WordPress refuses an id that is not a UUID). Generate it once and keep it in the code.
     *
     * @param appId the id
     * @return this
     */
    public Builder appId(UUID appId) {
      this.appId = requireNonNull(appId, "appId == null");
      return this;
    }

    /**
     * Where WordPress sends the browser with the new password. WordPress refuses {@code http://}
     * unless the site's environment type is {@code local}, and {@code javascript:} or {@code data:}
     * always; another scheme (an app's own, {@code myapp://callback}) is accepted.
     *
     * @param url an absolute URL
     * @return this
     * @throws IllegalArgumentException when the URL is not absolute or has no host
     */
    public Builder successUrl(URI url) {
      this.successUrl = redirectTarget("successUrl", url);
      return this;
    }

    /**
     * Where WordPress sends the browser when the user rejects the request.
     *
     * @param url an absolute URL
     * @return this
     * @throws IllegalArgumentException when the URL is not absolute or has no host
     */
    public Builder rejectUrl(URI url) {
      this.rejectUrl = redirectTarget("rejectUrl", url);
      return this;
    }

    /**
     * Both callbacks at a loopback receiver, which then tells approval from rejection.
     *
     * @param receiver a started receiver
     * @return this
     */
    public Builder callbacks(LoopbackReceiver receiver) {
      requireNonNull(receiver, "receiver == null");
      this.successUrl = receiver.successUrl();
      this.rejectUrl = receiver.rejectUrl();
      return this;
    }

    /**
     * The request.
     *
     * @return it
     */
    public AuthorizationRequest build() {
      return new AuthorizationRequest(this);
    }

    private static URI redirectTarget(String name, URI url) {
      requireNonNull(url, name + " == null");
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      // WordPress answers these with "Invalid URL format." on the page; fail here instead.
      if (scheme.isEmpty() || url.getHost() == null) {
        throw new IllegalArgumentException(name + " must be absolute with a host: " + url);
      }
      if (scheme.equals("javascript") || scheme.equals("data")) {
        throw new IllegalArgumentException(name + " may not use " + scheme + ": " + url);
      }
      return url;
    }
  }
}
