package dev.wprest.diagnostics.doctor;

import dev.wprest.client.HttpMethod;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential cross-check: XML-RPC's read-only {@code wp.getUsersBlogs(username, password)}
 * takes the credential in the request body, so it does not depend on the Authorization header that
 * REST Basic auth needs. Accepted there means the credential is good; refused means it is wrong (or
 * not usable there); anything else (XML-RPC off, blocked, an HTML page) is no evidence at all.
 */
final class XmlRpcProbe {
  private static final Pattern FAULT_CODE =
      Pattern.compile("<name>faultCode</name>\\s*<value>\\s*<(?:int|i4)>(-?\\d+)</(?:int|i4)>");
  private static final Pattern FAULT_STRING =
      Pattern.compile("<name>faultString</name>\\s*<value>\\s*(?:<string>)?([^<]*)");

  enum Outcome {
    ACCEPTED,
    REFUSED,
    /**
     * Fault 403 in other words than core's: a plugin replaced core's fault through the {@code
     * xmlrpc_login_error} filter (Limit Login Attempts Reloaded during a lockout: "ERROR: Too many
     * failed login attempts. Please try again in 20 minutes.", its {@code
     * xmlrpc_error_messages()}). The login failed for the plugin's reason, which says nothing about
     * the password.
     */
    REFUSED_BY_PLUGIN,
    UNAVAILABLE
  }

  /**
   * Core's fault string for every failed login, {@code wp_xmlrpc_server::login()} in 6.1 and 6.8
   * (before the {@code xmlrpc_login_error} filter). On a site in another language it is translated,
   * and then read as a plugin's words: no evidence rather than a wrong one.
   */
  static final String CORE_LOGIN_FAULT = "Incorrect username or password.";

  /** The outcome and what showed it. */
  static final class Result {
    final Outcome outcome;
    final String detail;
    final int status;

    Result(Outcome outcome, String detail, int status) {
      this.outcome = outcome;
      this.detail = detail;
      this.status = status;
    }
  }

  private static final String NO_PROOF =
      "without it a stripped Authorization header cannot be told from a wrong or switched-off"
          + " Application Password (as an administrator, Tools > Site Health's Authorization header"
          + " test can).";

  private XmlRpcProbe() {}

  static Result run(ProbeSession s, SiteView view) {
    URI uri = view.siteUrl().resolve("xmlrpc.php");
    String user = s.credential.username().orElseThrow();
    String body =
        "<?xml version=\"1.0\"?>\n<methodCall><methodName>wp.getUsersBlogs</methodName><params>"
            + "<param><value><string>"
            + escape(user)
            + "</string></value></param><param><value><string>"
            + escape(s.credential.password())
            + "</string></value></param></params></methodCall>\n";
    RawExchange a =
        s.send(
            HttpMethod.POST,
            uri,
            Map.of("Content-Type", "text/xml", "Accept", "text/xml"),
            body.getBytes(StandardCharsets.UTF_8));
    Result r = interpret(a);
    s.record(ProbeName.XML_RPC, a, "wp.getUsersBlogs for " + user + ": " + r.detail);
    return r;
  }

  /** XML-RPC's view of the same credential, or null when the probe could not or may not run. */
  static Result crossCheck(ProbeSession s, SiteView view, boolean enabled) {
    if (s.xmlRpcResult != null) {
      return s.xmlRpcResult;
    }
    String skipped = null;
    if (!enabled) {
      skipped = "switched off by the caller";
    } else if (!s.credential.hasPassword()) {
      skipped = "not possible: the credential was given as an opaque strategy";
    } else if (!s.mayCarryCredentials(view.siteUrl())) {
      skipped = "not run: it would send the password over plain http";
    } else if (!s.canSend(1)) {
      skipped = "not run: the request budget is used up";
    }
    if (skipped != null) {
      s.evidence("XML-RPC cross-check", skipped + "; no evidence either way");
      s.warn(
          DoctorWarning.Kind.XML_RPC_UNAVAILABLE,
          "The XML-RPC cross-check was " + skipped + ": " + NO_PROOF);
      return null;
    }
    Result r = run(s, view);
    s.evidence("XML-RPC wp.getUsersBlogs", r.detail);
    if (r.outcome == Outcome.UNAVAILABLE || r.outcome == Outcome.REFUSED_BY_PLUGIN) {
      s.warn(DoctorWarning.Kind.XML_RPC_UNAVAILABLE, "XML-RPC " + r.detail + ": " + NO_PROOF);
    }
    s.xmlRpcResult = r;
    return r;
  }

  static Result interpret(RawExchange a) {
    if (!a.answered()) {
      return new Result(Outcome.UNAVAILABLE, "no answer (" + a.failure + "); no evidence", -1);
    }
    String body = a.body;
    if (a.status != 200 || !body.contains("<methodResponse")) {
      return new Result(
          Outcome.UNAVAILABLE,
          "answered "
              + a.summary()
              + ", not an XML-RPC answer: XML-RPC is off or blocked here; no evidence about the"
              + " credential",
          a.status);
    }
    if (body.contains("<fault>")) {
      Matcher code = FAULT_CODE.matcher(body);
      Matcher text = FAULT_STRING.matcher(body);
      int fault = code.find() ? Integer.parseInt(code.group(1)) : 0;
      String message = text.find() ? text.group(1).strip() : "";
      String said = "fault " + fault + (message.isEmpty() ? "" : " \"" + message + "\"");
      if (fault == 403 && message.equals(CORE_LOGIN_FAULT)) {
        return new Result(Outcome.REFUSED, "refused the credential (" + said + ")", a.status);
      }
      if (fault == 403) {
        return new Result(
            Outcome.REFUSED_BY_PLUGIN,
            "refused the login in other words than WordPress's own ("
                + said
                + "): a plugin answered (a login limiter's lockout says so); no evidence about the"
                + " credential",
            a.status);
      }
      return new Result(
          Outcome.UNAVAILABLE,
          said
              + (fault == 405 ? ": XML-RPC is switched off on this site" : "")
              + "; no evidence about the credential",
          a.status);
    }
    if (body.contains("<params>")) {
      boolean admin = body.replaceAll("\\s+", "").contains("<name>isAdmin</name><value><boolean>1");
      return new Result(
          Outcome.ACCEPTED,
          "accepted the same username and password" + (admin ? " (an administrator)" : ""),
          a.status);
    }
    return new Result(
        Outcome.UNAVAILABLE, "an XML-RPC answer without a result; no evidence", a.status);
  }

  /** XML text escaping for a string value. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
