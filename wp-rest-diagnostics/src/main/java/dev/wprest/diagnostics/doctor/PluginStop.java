package dev.wprest.diagnostics.doctor;

/**
 * A plugin that ended a REST request with {@code wp_die()} before WordPress answered it. Inside a
 * REST request that accepts JSON, core's {@code wp_die()} picks {@code _json_wp_die_handler()}
 * (wp-includes/functions.php), which answers {@code {"code":"wp_die","message":<the plugin's
 * text>,"data":{"status":500},"additional_errors":[]}} with status 500 unless the caller gave
 * another. Core's REST code itself never calls {@code wp_die()} with a plain message (its fatal
 * error handler answers {@code internal_server_error}), so the code names a plugin or theme, not a
 * crash. All-In-One Security's "Disallow unauthorized REST requests" does it on {@code
 * rest_api_init} (classes/wp-security-general-init-tasks.php, {@code check_rest_api_requests()}):
 * it runs before WordPress reads Application Passwords, so it refuses every Basic-authenticated
 * request, right or wrong, and only a cookie session passes.
 */
final class PluginStop {
  /** The code core's JSON die handler gives a {@code wp_die()} called without one. */
  static final String CODE = "wp_die";

  /**
   * All-In-One Security's default message (its aiowps_rest_api_error_message filter may change it).
   */
  static final String AIOS_MESSAGE = "You are not authorized to perform this action.";

  private PluginStop() {}

  /**
   * Whether an answer is a plugin's {@code wp_die()} in WordPress's JSON envelope.
   *
   * @param status the HTTP status
   * @param code WordPress's error code, or ""
   */
  static boolean is(int status, String code) {
    return status >= 400 && CODE.equals(code);
  }

  /** Who most likely answered, read from the plugin's own words. */
  static String producer(String message) {
    return AIOS_MESSAGE.equals(message)
        ? "All-In-One Security's \"Disallow unauthorized REST requests\" (the message is its"
            + " default)"
        : "a security or REST plugin (its message may name it)";
  }

  /** The first check for a site whose index a plugin stops with {@code wp_die()}. */
  static String firstCheck(String message) {
    String ask = askToSwitchOff(message);
    return Character.toUpperCase(ask.charAt(0)) + ask.substring(1);
  }

  /** What to ask of the site's administrator, as a clause: "ask the site's administrator ...". */
  static String askToSwitchOff(String message) {
    return "ask the site's administrator to switch off what ends REST requests with wp_die(), most"
        + " likely "
        + producer(message)
        + " (in All-In-One Security: WP Security > Miscellaneous > WP REST API), or to let this"
        + " client through: it runs before WordPress reads an Application Password, so no Basic"
        + " credential gets past it and only a logged-in browser session does. Then run the"
        + " doctor again.";
  }
}
