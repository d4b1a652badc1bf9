package dev.wprest.diagnostics.doctor;

/**
 * First checks for a Basic credential that WordPress refused, written as one walk in the order the
 * causes are met: the password's own listing first (the usual fault), then what refuses a right
 * one. Each also tells apart the causes its verdict leaves open, so the verdict shows it whole
 * instead of a separate "tell it apart" step (see {@link Verdict#firstCheckCovering}).
 */
final class RefusedCredentialChecks {
  private RefusedCredentialChecks() {}

  /**
   * Both doors refused a password shaped like an Application Password: most likely it is wrong;
   * rarer, they are switched off, or a header is dropped while a login limiter makes XML-RPC refuse
   * a right one too.
   */
  static String wrongApplicationPassword(String user, SiteView view) {
    return "Log in to wp-admin, find "
        + user
        + " under Users > All Users (by login name or e-mail) and open its profile: check that"
        + " this Application Password is listed under Application Passwords and not revoked; if"
        + " it is not, create one for "
        + user
        + " and use it. If the profile shows no Application Passwords section (or no way to add one), "
        + switchedOff(user, view)
        + " If the password is listed: as an administrator run Tools > Site Health and look at its"
        + " Authorization header test, since a header that never reaches PHP gets the same"
        + " refusal (and a login limiter that locked this address out makes XML-RPC refuse a"
        + " right password too). Then run the doctor again.";
  }

  /**
   * XML-RPC took the login password; the index did not show whether Application Passwords are
   * offered, and creating one is where that shows.
   */
  static String loginPassword(String user, SiteView view) {
    return "Create an Application Password for "
        + user
        + " under Users > Profile > Application Passwords and use it instead of the login"
        + " password; keep the login password out of scripts. If the profile shows no"
        + " Application Passwords section (or no way to add one), "
        + switchedOff(user, view);
  }

  /** A token plugin claimed the Basic header, and XML-RPC refused the credential as well. */
  static String tokenPluginAndRefusedPassword(String user, String plugin) {
    return "The doctor's XML-RPC check already refused this username and password, so besides "
        + plugin
        + " claiming the header the password itself is most likely wrong. Authenticate with "
        + plugin
        + "'s own token (AuthStrategy.jwtLogin with "
        + user
        + "'s login password, or bearer), or configure or update the plugin so that it leaves"
        + " Basic Authorization headers to WordPress and use an Application Password listed (not"
        + " revoked) under "
        + user
        + "'s Profile > Application Passwords; then run the doctor again.";
  }

  /** Whole site or one user: the index tells, read where this site lets it be read. */
  private static String switchedOff(String user, SiteView view) {
    String perUser =
        "code using the wp_is_application_passwords_available_for_user filter switches them off"
            + " for "
            + user
            + ".";
    if (view.applicationPasswordsAvailable().isPresent()) {
      return perUser;
    }
    String index =
        view.anonymousRefusal == null
            ? "the site's /wp-json/"
            : "/wp-json/, opened in a browser logged in to wp-admin (this site refuses it to"
                + " visitors: "
                + view.anonymousRefusal
                + "),";
    return "they are switched off: for the whole site when "
        + index
        + " shows the authentication entry [], otherwise "
        + perUser;
  }
}
