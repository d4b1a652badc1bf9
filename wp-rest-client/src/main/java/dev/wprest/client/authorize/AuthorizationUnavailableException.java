package dev.wprest.client.authorize;

import dev.wprest.client.AuthScheme;
import dev.wprest.client.BodyKind;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressException;
import java.net.URI;
import java.util.Locale;

/**
 * The site does not offer the Application Password authorization flow: its index advertises no
 * authorization endpoint. Nothing was sent to the user. {@link #reason()} says why, as far as the
 * index tells; {@link #exchange()} is the index read (no credentials are involved).
 */
public class AuthorizationUnavailableException extends WordPressException {
  private static final long serialVersionUID = 1L;

  /** Why the flow is not available. */
  public enum Reason {
    /**
     * The index's {@code authentication} is empty: WordPress offers Application Passwords only over
     * HTTPS or where {@code WP_ENVIRONMENT_TYPE} is {@code local}, unless a plugin switches them
     * off ({@code wp_is_application_passwords_available}).
     */
    APPLICATION_PASSWORDS_UNAVAILABLE,
    /** Application Passwords are listed, but without a usable authorization endpoint. */
    NO_AUTHORIZATION_ENDPOINT,
    /** The index could not be read (e.g. a plugin requires login for the whole REST API). */
    INDEX_NOT_READ
  }

  /** Why the flow is not available. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param reason why
   * @param exchange the index read
   */
  public AuthorizationUnavailableException(String message, Reason reason, FailedExchange exchange) {
    super(message, exchange, null);
    this.reason = reason;
  }

  /**
   * Why the flow is not available.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  static AuthorizationUnavailableException of(SiteInfo site) {
    URI root = site.apiRoot();
    FailedExchange index =
        FailedExchange.builder("GET", root)
            .status(site.indexProblem().isPresent() ? 0 : 200)
            .body("", site.indexProblem().isPresent() ? BodyKind.NONE : BodyKind.JSON)
            .wordPressAnswered(site.indexProblem().isEmpty())
            .auth(AuthScheme.NONE, false)
            .build();
    if (site.indexProblem().isPresent() || site.applicationPasswordsAvailable().isEmpty()) {
      return new AuthorizationUnavailableException(
          "the index of "
              + root
              + " could not be read, so its Application Password authorization page is unknown ("
              + site.indexProblem().orElse("no authentication section")
              + ")",
          Reason.INDEX_NOT_READ,
          index);
    }
    if (!site.applicationPasswordsAvailable().get()) {
      boolean https = "https".equals(root.getScheme().toLowerCase(Locale.ROOT));
      return new AuthorizationUnavailableException(
          "Application Passwords are unavailable on "
              + site.siteUrl()
              + " (its index lists no authentication methods): "
              + (https
                  ? "a plugin or the configuration switched them off"
                      + " (filter wp_is_application_passwords_available)"
                  : "WordPress offers them over plain http only where WP_ENVIRONMENT_TYPE is"
                      + " local; use the site's https:// URL, or a plugin switched them off"
                      + " (filter wp_is_application_passwords_available)"),
          Reason.APPLICATION_PASSWORDS_UNAVAILABLE,
          index);
    }
    return new AuthorizationUnavailableException(
        "the index of "
            + root
            + " lists Application Passwords without an authorization endpoint"
            + " (authentication.application-passwords.endpoints.authorization)",
        Reason.NO_AUTHORIZATION_ENDPOINT,
        index);
  }
}
