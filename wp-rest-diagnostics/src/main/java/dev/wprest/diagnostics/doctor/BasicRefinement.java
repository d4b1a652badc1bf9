package dev.wprest.diagnostics.doctor;

import static dev.wprest.diagnostics.LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER;
import static dev.wprest.diagnostics.LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE;
import static dev.wprest.diagnostics.LikelyCause.AUTHORIZATION_HEADER_STRIPPED;
import static dev.wprest.diagnostics.LikelyCause.COOKIES_WITHOUT_NONCE;
import static dev.wprest.diagnostics.LikelyCause.CREDENTIALS_REJECTED;
import static dev.wprest.diagnostics.LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD;
import static dev.wprest.diagnostics.LikelyCause.UNKNOWN_USER;

import dev.wprest.client.HttpMethod;
import dev.wprest.client.internal.Routes;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.internal.ApplicationPasswordAvailability;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * Basic credentials (an Application Password) that WordPress did not accept. The index tells
 * whether the site offers Application Passwords at all; WordPress's own credential codes (where a
 * plugin looks the user up early) name the cause; the XML-RPC cross-check, which takes the same
 * credential in its body, tells a header that never arrived from a login password and from a
 * credential refused there too. Each conclusion is a {@link Proof} row, confirmed only when its
 * sharing causes were ruled out.
 */
final class BasicRefinement {
  private final ProbeSession s;
  private final SiteView view;
  private final ClientExchange me;
  private final boolean xmlRpc;

  BasicRefinement(ProbeSession s, SiteView view, ClientExchange me, boolean xmlRpc) {
    this.s = s;
    this.view = view;
    this.me = me;
    this.xmlRpc = xmlRpc;
  }

  /** The refined verdict, or null to keep the passive diagnosis (with the probe evidence). */
  Verdict refine() {
    String rest = me.request + " answered " + me.summary() + " (" + me.allowSummary() + ")";
    switch (me.code) {
      case "application_passwords_disabled_for_user":
        return Verdict.proven(
                Proof.APPLICATION_PASSWORDS_DISABLED_FOR_USER_REPORTED,
                rest
                    + ": WordPress says Application Passwords are switched off for "
                    + user()
                    + ".")
            .firstCheck(LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER.firstCheck());
      case "application_passwords_disabled":
        return unavailable();
      case "invalid_username":
      case "invalid_email":
        return Verdict.proven(
            Proof.UNKNOWN_USER_REPORTED,
            rest + ": WordPress knows no user " + user() + " on this site.");
      case "incorrect_password":
        return reportedIncorrect(rest);
      default:
        break;
    }
    if (me.code.startsWith("jwt_auth_") || me.code.startsWith("[jwt_auth]")) {
      return pluginClaimsHeader(rest);
    }
    if (PluginStop.is(me.status, me.code)) {
      return new PluginStopRefinement(s, me).refine(crossCheck());
    }
    if (!me.anonymous()) {
      return null;
    }
    if (view.applicationPasswordsAvailable().equals(Optional.of(false))) {
      return unavailable();
    }
    XmlRpcProbe.Result x = crossCheck();
    if (x == null
        || x.outcome == XmlRpcProbe.Outcome.UNAVAILABLE
        || x.outcome == XmlRpcProbe.Outcome.REFUSED_BY_PLUGIN) {
      return null;
    }
    if (x.outcome == XmlRpcProbe.Outcome.ACCEPTED) {
      return accepted(rest);
    }
    if (!s.credential.shapedLikeApplicationPassword()) {
      return notAnApplicationPassword(rest);
    }
    return refused(rest, EnumSet.noneOf(LikelyCause.class));
  }

  /**
   * REST and XML-RPC both refused a password that is not shaped like an Application Password. REST
   * Basic auth takes nothing else, so whatever XML-RPC thinks of it, it cannot work here; and
   * XML-RPC's refusal does not show that it is wrong as a login password: a login limiter that
   * locked this address out (Limit Login Attempts Reloaded, Loginizer: their authenticate filters
   * refuse every password, and core turns that into the same fault) refuses a right one too.
   */
  private Verdict notAnApplicationPassword(String rest) {
    return Verdict.of(
            LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
            Confidence.LIKELY,
            rest
                + ", and the password is not shaped like an Application Password (24 letters and"
                + " digits), which is all REST Basic auth takes; XML-RPC refused it too, which a"
                + " mistyped login password and a login lockout of this address both explain.")
        .alternative(
            CREDENTIALS_REJECTED,
            "the password may be wrong as a login password as well; XML-RPC cannot tell while a"
                + " login limiter locks this address out (then wp-login.php in a browser shows"
                + " the lockout).")
        .alternative(
            UNKNOWN_USER,
            "XML-RPC answers an unknown username with the same fault; check it in Users > All"
                + " Users.")
        .firstCheck(
            "Create an Application Password for "
                + user()
                + " under Users > Profile > Application Passwords and use it instead of this"
                + " password: REST Basic auth takes no login password, right or wrong.");
  }

  /** REST refused as anonymous what XML-RPC accepted. */
  private Verdict accepted(String rest) {
    EnumSet<LikelyCause> ruledOut =
        EnumSet.of(
            CREDENTIALS_REJECTED,
            UNKNOWN_USER,
            APPLICATION_PASSWORDS_DISABLED_FOR_USER,
            APPLICATION_PASSWORDS_UNAVAILABLE,
            COOKIES_WITHOUT_NONCE);
    if (s.credential.shapedLikeApplicationPassword()) {
      // A page cache keyed without the header answers exactly like a header that never arrived.
      Verdict stored = StoredAnswerCheck.storedAnswer(s, view, me, user());
      if (stored != null) {
        return stored;
      }
      ruledOut.add(LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD);
      return Verdict.proven(
              Proof.HEADER_STRIPPED_XML_RPC,
              rest
                  + " to Basic credentials, while XML-RPC accepted the same username and"
                  + " Application Password in its request body: the Authorization header never"
                  + " reached WordPress.",
              ruledOut)
          .firstCheck(ServerFixes.passAuthorizationHeader(view.front));
    }
    if (!view.applicationPasswordsAvailable().equals(Optional.of(true))) {
      ruledOut.remove(APPLICATION_PASSWORDS_UNAVAILABLE);
    }
    return Verdict.proven(
            Proof.LOGIN_PASSWORD_XML_RPC,
            rest
                + ", while XML-RPC accepted the same username and password, which is not shaped"
                + " like an Application Password: it is "
                + user()
                + "'s login password, and REST Basic auth takes only Application Passwords.",
            ruledOut)
        .firstCheck(
            "Create an Application Password for "
                + user()
                + " under Users > Profile > Application Passwords and use it instead of the login"
                + " password; keep the login password out of scripts.")
        .firstCheckCovering(
            RefusedCredentialChecks.loginPassword(user(), view),
            EnumSet.of(APPLICATION_PASSWORDS_UNAVAILABLE));
  }

  /** REST refused and XML-RPC refused the same credential too. */
  private Verdict refused(String rest, EnumSet<LikelyCause> alreadyRuledOut) {
    EnumSet<LikelyCause> ruledOut = EnumSet.copyOf(alreadyRuledOut);
    if (view.applicationPasswordsAvailable().equals(Optional.of(true))) {
      ruledOut.add(APPLICATION_PASSWORDS_UNAVAILABLE);
    }
    return Verdict.proven(
            Proof.CREDENTIALS_REJECTED_XML_RPC,
            rest
                + ", and XML-RPC refused the same username and password too: most likely the"
                + " credential itself is wrong (mistyped, revoked, another user's, or an unknown"
                + " username), unless Application Passwords are switched off for "
                + user()
                + ", which looks exactly the same.",
            ruledOut)
        .firstCheck(
            "Check the username "
                + user()
                + " first (Users > All Users: the login name or e-mail), then that this"
                + " Application Password is listed under that user's Profile > Application"
                + " Passwords and not revoked; only when both are right, ask an administrator"
                + " whether a plugin or a wp_is_application_passwords_available_for_user filter"
                + " switches them off for "
                + user()
                + " (its profile then shows no Application Passwords section).")
        .firstCheckCovering(
            RefusedCredentialChecks.wrongApplicationPassword(user(), view),
            EnumSet.of(
                UNKNOWN_USER,
                APPLICATION_PASSWORDS_DISABLED_FOR_USER,
                AUTHORIZATION_HEADER_STRIPPED,
                APPLICATION_PASSWORDS_UNAVAILABLE));
  }

  /** {@code 401 incorrect_password}: WordPress found the user and refused the password. */
  private Verdict reportedIncorrect(String rest) {
    if (s.credential.shapedLikeApplicationPassword()) {
      return Verdict.proven(
              Proof.CREDENTIALS_REJECTED_REPORTED,
              rest
                  + ": WordPress found "
                  + user()
                  + " and refused the Application Password (wrong, revoked, or another user's).")
          .firstCheck(
              "WordPress found "
                  + user()
                  + ", so the username is right: check that this password is listed under "
                  + user()
                  + "'s own Profile > Application Passwords (not another user's) and not revoked;"
                  + " if it is not listed, create one for "
                  + user()
                  + " and use it.");
    }
    XmlRpcProbe.Result x = crossCheck();
    if (x != null && x.outcome == XmlRpcProbe.Outcome.ACCEPTED) {
      return accepted(rest);
    }
    if (x != null && x.outcome == XmlRpcProbe.Outcome.REFUSED) {
      // Not shaped like one (that case returned above): refused by both, whatever a lockout does.
      return notAnApplicationPassword(rest);
    }
    return null;
  }

  /** A token plugin's own code to a Basic header. */
  private Verdict pluginClaimsHeader(String rest) {
    XmlRpcProbe.Result x = crossCheck();
    EnumSet<LikelyCause> ruledOut = EnumSet.noneOf(LikelyCause.class);
    if (x != null && x.outcome == XmlRpcProbe.Outcome.ACCEPTED) {
      ruledOut.add(CREDENTIALS_REJECTED);
    }
    String plugin =
        view.tokenNamespace().map(ns -> "the token plugin (" + ns + ")").orElse("a token plugin");
    Verdict v =
        Verdict.proven(
                Proof.AUTH_PLUGIN_CLAIMS_HEADER,
                rest
                    + " to Basic credentials: "
                    + plugin
                    + " read the Authorization header as its token and refused it before WordPress checked the"
                    + " Application Password"
                    + (ruledOut.isEmpty() ? "." : ", which XML-RPC accepts."),
                ruledOut)
            .firstCheck(
                "Authenticate with "
                    + plugin
                    + "'s own token (AuthStrategy.jwtLogin or bearer), or configure or update the"
                    + " plugin so that it leaves Basic Authorization headers to WordPress; then run"
                    + " the doctor again.");
    if (x != null && x.outcome == XmlRpcProbe.Outcome.REFUSED) {
      v.firstCheckCovering(
          RefusedCredentialChecks.tokenPluginAndRefusedPassword(user(), plugin),
          EnumSet.of(CREDENTIALS_REJECTED));
    }
    return v;
  }

  private Verdict unavailable() {
    String disabled = introspectAnonymously();
    if (!s.credential.shapedLikeApplicationPassword()) {
      crossCheck();
    }
    String why =
        ApplicationPasswordAvailability.why(view.plainHttp())
            + (view.plainHttp() || view.securityPlugins().isEmpty()
                ? ""
                : " (the index shows " + String.join(", ", view.securityPlugins()) + ")");
    Verdict v =
        Verdict.proven(
                Proof.APPLICATION_PASSWORDS_UNAVAILABLE_INDEX,
                me.request
                    + " answered "
                    + me.summary()
                    + " to Basic credentials, and the site's index says authentication is []"
                    + disabled
                    + ": WordPress does not offer Application Passwords here ("
                    + why
                    + ") and ignores every Basic credential, right or wrong.")
            .firstCheck(
                ServerFixes.offerApplicationPasswords(view.plainHttp())
                    + (s.credential.shapedLikeApplicationPassword()
                        ? ""
                        : " Then create an Application Password for "
                            + user()
                            + " and use it: the password given is not shaped like one (a login"
                            + " password, which REST Basic auth never takes)."));
    return v;
  }

  /** Application-password routes answer 501 application_passwords_disabled where unavailable. */
  private String introspectAnonymously() {
    if (!s.canSend(2)) {
      return "";
    }
    URI uri = Routes.resolve(view.apiRoot, "/wp/v2/users/me/application-passwords/introspect");
    RawExchange a = s.send(HttpMethod.GET, uri, Map.of("Accept", "application/json"), null);
    boolean disabled = a.code().equals("application_passwords_disabled");
    s.record(
        ProbeName.APPLICATION_PASSWORDS,
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

  private String user() {
    return s.credential.username().orElse("the user");
  }

  private XmlRpcProbe.Result crossCheck() {
    return XmlRpcProbe.crossCheck(s, view, xmlRpc);
  }
}
