package dev.wprest.diagnostics.doctor;

import dev.wprest.client.HttpMethod;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.LikelyCause;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * Basic credentials (an Application Password) that WordPress did not accept. The index tells
 * whether the site offers Application Passwords at all; the XML-RPC cross-check, which takes the
 * same credential in its body, tells a header that never arrived from a login password and from a
 * wrong credential.
 */
final class BasicRefinement {
  private static final Set<String> REPORTED =
      Set.of("incorrect_password", "invalid_username", "invalid_email");

  private final ProbeSession s;
  private final SiteView view;
  private final ClientCall me;
  private final boolean xmlRpc;

  BasicRefinement(ProbeSession s, SiteView view, ClientCall me, boolean xmlRpc) {
    this.s = s;
    this.view = view;
    this.me = me;
    this.xmlRpc = xmlRpc;
  }

  /** The refined verdict, or null to keep the passive diagnosis (with the probe evidence). */
  Verdict refine() {
    boolean anonymous = me.status == 401 && (me.code.startsWith("rest_") || me.allow.equals("GET"));
    boolean reported = me.status == 401 && REPORTED.contains(me.code);
    if (!anonymous && !reported) {
      return null;
    }
    if (view.applicationPasswordsAvailable().equals(java.util.Optional.of(false))) {
      return unavailable();
    }
    XmlRpcProbe.Result x = crossCheck();
    if (x == null || x.outcome == XmlRpcProbe.Outcome.UNAVAILABLE) {
      return null;
    }
    String user = s.credential.username().orElse("the user");
    String rest = me.request + " answered " + me.summary() + " (" + me.allowSummary() + ")";
    if (x.outcome == XmlRpcProbe.Outcome.ACCEPTED) {
      if (s.credential.shapedLikeApplicationPassword() && !reported) {
        return Verdict.confirmed(
                LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
                rest
                    + " to Basic credentials, while XML-RPC accepted the same username and"
                    + " Application Password in its request body: the Authorization header never"
                    + " reached WordPress.")
            .firstCheck(ServerFixes.passAuthorizationHeader(view.server));
      }
      if (!s.credential.shapedLikeApplicationPassword()) {
        return Verdict.confirmed(
                LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
                rest
                    + ", while XML-RPC accepted the same username and password, which is not"
                    + " shaped like an Application Password: it is "
                    + user
                    + "'s login password, and REST Basic auth takes only Application Passwords.")
            .firstCheck(
                "Create an Application Password for "
                    + user
                    + " under Users > Profile > Application Passwords and use it instead of the"
                    + " login password; keep the login password out of scripts.");
      }
      return null;
    }
    return rejected(rest, user);
  }

  private Verdict rejected(String rest, String user) {
    boolean unknownUser = me.code.equals("invalid_username") || me.code.equals("invalid_email");
    LikelyCause cause = unknownUser ? LikelyCause.UNKNOWN_USER : LikelyCause.CREDENTIALS_REJECTED;
    boolean doubt =
        !view.securityPlugins().isEmpty() || view.applicationPasswordsAvailable().isEmpty();
    String summary =
        rest
            + ", and XML-RPC refused the same username and password too: the credential itself is"
            + " wrong (mistyped, revoked, another user's, or an unknown username).";
    Verdict v =
        doubt ? Verdict.of(cause, Confidence.LIKELY, summary) : Verdict.confirmed(cause, summary);
    v.firstCheck(
        "In wp-admin open Users > Profile > Application Passwords for "
            + user
            + ": check the username (or e-mail) and that this Application Password is listed, not"
            + " revoked; if in doubt, create a new one and try again.");
    if (!unknownUser) {
      v.alternative(
          LikelyCause.UNKNOWN_USER,
          "XML-RPC refuses an unknown username with the same fault as a wrong password.");
    }
    if (!view.securityPlugins().isEmpty()) {
      v.alternative(
          LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
          "the security plugin "
              + String.join(", ", view.securityPlugins())
              + " may refuse XML-RPC logins whatever the password, so XML-RPC's refusal proves less"
              + " here.");
    }
    if (view.applicationPasswordsAvailable().isEmpty()) {
      v.alternative(
          LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE,
          "the index did not say whether Application Passwords are available; where they are not,"
              + " XML-RPC refuses them too.");
    }
    return v;
  }

  private Verdict unavailable() {
    String disabled = introspectAnonymously();
    if (!s.credential.shapedLikeApplicationPassword()) {
      crossCheck();
    }
    String why =
        view.plainHttp()
            ? "the site is served over plain http and its environment type is not local"
            : "something switched them off"
                + (view.securityPlugins().isEmpty()
                    ? ""
                    : " (the index shows " + String.join(", ", view.securityPlugins()) + ")");
    Verdict v =
        Verdict.confirmed(
                LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE,
                me.request
                    + " answered "
                    + me.summary()
                    + " to Basic credentials, and the site's index says authentication is []"
                    + disabled
                    + ": WordPress does not offer Application Passwords here ("
                    + why
                    + ") and ignores every Basic credential, right or wrong.")
            .firstCheck(ServerFixes.offerApplicationPasswords(view.plainHttp()));
    if (!s.credential.shapedLikeApplicationPassword()) {
      v.alternative(
          LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
          "the password is not shaped like an Application Password either: once they are"
              + " available, create one and use it instead.");
    }
    return v;
  }

  /** Application-password routes answer 501 application_passwords_disabled where unavailable. */
  private String introspectAnonymously() {
    if (!s.canSend(2)) {
      return "";
    }
    URI uri = RestRoutes.resolve(view.apiRoot, "/wp/v2/users/me/application-passwords/introspect");
    Answer a = s.send(HttpMethod.GET, uri, Map.of("Accept", "application/json"), null);
    boolean disabled = a.code().equals("application_passwords_disabled");
    s.record(
        "application-passwords",
        a,
        disabled
            ? "WordPress says Application Passwords are not available (501)"
            : "answered " + a.summary());
    if (disabled) {
      s.evidence("application-passwords route", a.summary());
      return " and its application-passwords route answers " + a.summary();
    }
    return "";
  }

  private XmlRpcProbe.Result crossCheck() {
    return XmlRpcProbe.crossCheck(s, view, xmlRpc);
  }
}
