package dev.wprest.diagnostics.doctor;

/**
 * The questions the doctor asks, each a step of its report. {@link #text()} is the name a report
 * shows ({@link ProbeResult#name()}, the JSON report's {@code name}, a proof's "xml-rpc probe:
 * ...") and stays as it is: reports and their golden files depend on it.
 */
enum ProbeName {
  /** The home page, its {@code Link} header, and the redirects on the way to the API root. */
  DISCOVERY("discovery"),
  /** The REST API's index at the root discovery found or was given. */
  INDEX("index"),
  /** {@code users/me} with the credential under examination. */
  IDENTITY("identity"),
  /** The route asked about, called as asked. */
  ROUTE("route"),
  /** The route's {@code OPTIONS}: which methods an identity may use there. */
  PERMISSION("permission"),
  /** A write with a deliberately invalid argument that WordPress refuses before writing. */
  WRITE("write"),
  /** XML-RPC's {@code wp.getUsersBlogs}: the same credential in a request body. */
  XML_RPC("xml-rpc"),
  /** A JWT plugin's {@code token/validate} route. */
  TOKEN("token"),
  /** The same cookie call without its nonce. */
  NONCE("nonce"),
  /** The login session a cookie strategy holds. */
  SESSION("session"),
  /** Whether Application Passwords are switched off for the user. */
  APPLICATION_PASSWORDS("application-passwords"),
  /** The Application Password the accepted identity used. */
  APPLICATION_PASSWORD("application-password"),
  /** Site Health's test of the Authorization header. */
  SITE_HEALTH("site-health"),
  /** {@code users/me} again with a query of its own, which no cache can have stored. */
  FRESH_QUERY("fresh-query");

  private final String text;

  ProbeName(String text) {
    this.text = text;
  }

  /** The name as reports show it, e.g. {@code xml-rpc}. */
  String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
