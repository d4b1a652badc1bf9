package dev.wprest.diagnostics.internal;

/**
 * Why a site offers no Application Passwords and what to check first, defined once for the doctor
 * and the passive analysis. WordPress core decides in {@code
 * wp_is_application_passwords_available}: the filter of that name, over {@code
 * wp_is_application_passwords_supported}, which is {@code is_ssl() || 'local' ===
 * wp_get_environment_type()}; the index then lists no {@code application-passwords} (its {@code
 * authentication} is {@code []}). Not API: it may change in any release.
 */
public final class ApplicationPasswordAvailability {
  private static final String LOCAL_ENVIRONMENT = "define( 'WP_ENVIRONMENT_TYPE', 'local' );";

  /** Wordfence's option is the common producer of the filter (docs/producers.md), so it leads. */
  private static final String SWITCHED_OFF =
      "most often Wordfence's \"Disable WordPress application passwords\" (Wordfence > All"
          + " Options > Brute Force Protection; the user's profile then shows Wordfence's notice"
          + " instead of the Application Passwords section), otherwise another plugin or code using"
          + " the wp_is_application_passwords_available filter: as an administrator, allow them.";

  private ApplicationPasswordAvailability() {}

  /**
   * Why WordPress does not offer them, as far as the scheme the site was reached by tells.
   *
   * @param plainHttp whether the site was reached over plain http
   * @return a clause, e.g. "the site is served over plain http, so ..."
   */
  public static String why(boolean plainHttp) {
    return plainHttp
        ? "the site is served over plain http, so its environment type is not local, or a plugin or"
            + " a wp_is_application_passwords_available filter switched them off"
        : "the site is served over HTTPS, so a plugin or a wp_is_application_passwords_available"
            + " filter switched them off, or PHP does not see the HTTPS behind a proxy";
  }

  /**
   * What to check first to make them available.
   *
   * @param plainHttp whether the site was reached over plain http
   * @return the check, as one or more sentences
   */
  public static String firstCheck(boolean plainHttp) {
    if (plainHttp) {
      return "First check whether the site is HTTPS or local: WordPress offers Application"
          + " Passwords only over HTTPS or on a site whose environment type is local, and this"
          + " address is plain http. If it is not local, serve the site over HTTPS or, for a local"
          + " development site only, add "
          + LOCAL_ENVIRONMENT
          + " to wp-config.php (WP_ENVIRONMENT_TYPE=local). If it already is local, something"
          + " switched them off: "
          + SWITCHED_OFF;
    }
    return "The site is served over HTTPS, so something switched Application Passwords off: "
        + SWITCHED_OFF
        + " If nothing does, PHP may not see the"
        + " HTTPS (a proxy or load balancer ends TLS, so is_ssl() is false): make wp-config.php set"
        + " $_SERVER['HTTPS'] = 'on' when X-Forwarded-Proto is https.";
  }
}
