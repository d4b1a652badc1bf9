package dev.wprest.diagnostics.doctor;

import static dev.wprest.diagnostics.LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER;
import static dev.wprest.diagnostics.LikelyCause.AUTHORIZATION_HEADER_STRIPPED;
import static dev.wprest.diagnostics.LikelyCause.CREDENTIALS_REJECTED;
import static dev.wprest.diagnostics.LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD;
import static dev.wprest.diagnostics.LikelyCause.REST_API_DISABLED;
import static dev.wprest.diagnostics.LikelyCause.UNKNOWN_USER;

import dev.wprest.diagnostics.Confidence;

/**
 * Basic credentials met a plugin's {@code wp_die()} (see {@link PluginStop}) on users/me. The
 * plugin answered before WordPress looked at the credential, so REST says nothing about it; only
 * XML-RPC, which takes the credential in its body, does. Nothing here is CONFIRMED: the plugin's
 * answer is the same whether the Authorization header arrived or not.
 */
final class PluginStopRefinement {
  private final ProbeSession s;
  private final ClientExchange me;

  PluginStopRefinement(ProbeSession s, ClientExchange me) {
    this.s = s;
    this.me = me;
  }

  /** The verdict from the XML-RPC cross-check's result (null when it did not run). */
  Verdict refine(XmlRpcProbe.Result xmlRpc) {
    String message = s.redact(me.message);
    String rest =
        me.request
            + " answered "
            + me.summary()
            + (message.isEmpty() ? "" : " (\"" + message + "\")")
            + ": "
            + PluginStop.producer(me.message)
            + " ended the request with wp_die() before WordPress read the credential, as it"
            + " does on the index";
    XmlRpcProbe.Outcome outcome = xmlRpc == null ? null : xmlRpc.outcome;
    boolean shaped = s.credential.shapedLikeApplicationPassword();
    if (outcome == XmlRpcProbe.Outcome.ACCEPTED && shaped) {
      return Verdict.of(
              REST_API_DISABLED,
              Confidence.LIKELY,
              rest
                  + "; XML-RPC accepted the same username and Application Password, so the"
                  + " credential is good and the plugin refuses the REST requests that carry it.")
          .alternative(
              AUTHORIZATION_HEADER_STRIPPED,
              "the plugin answers the same whether the Authorization header arrived or not; once"
                  + " it lets REST requests through, a server that drops the header would still"
                  + " refuse them (Tools > Site Health's Authorization header test tells).")
          .firstCheck(PluginStop.firstCheck(me.message));
    }
    boolean accepted = outcome == XmlRpcProbe.Outcome.ACCEPTED;
    if (!shaped && (accepted || outcome == XmlRpcProbe.Outcome.REFUSED)) {
      return Verdict.of(
              LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
              Confidence.LIKELY,
              rest
                  + "; the password is not shaped like an Application Password (24 letters and"
                  + " digits), which is all REST Basic auth takes, and XML-RPC "
                  + (accepted ? "accepted it: it is the login password." : "refused it too."))
          .alternative(
              REST_API_DISABLED,
              "even an Application Password meets the plugin's wp_die(): " + stopped())
          .alternative(
              CREDENTIALS_REJECTED,
              accepted
                  ? "only if XML-RPC checks passwords differently on this site."
                  : "the password may simply be wrong, or a login lockout makes XML-RPC refuse"
                      + " every password.")
          .firstCheck(
              "Create an Application Password for "
                  + user()
                  + " under Users > Profile > Application Passwords and use it instead of the"
                  + " login password; and "
                  + PluginStop.askToSwitchOff(me.message));
    }
    if (outcome == XmlRpcProbe.Outcome.REFUSED) {
      return Verdict.of(
              CREDENTIALS_REJECTED,
              Confidence.LIKELY,
              rest
                  + "; XML-RPC refused the same username and password too: most likely the"
                  + " credential itself is wrong.")
          .alternative(REST_API_DISABLED, "even a right credential meets it: " + stopped())
          .alternative(UNKNOWN_USER, "XML-RPC answers an unknown username with the same fault.")
          .alternative(
              APPLICATION_PASSWORDS_DISABLED_FOR_USER,
              "XML-RPC refuses an Application Password switched off for the user the same way.")
          .firstCheck(
              "Check the username "
                  + user()
                  + " in Users > All Users and that this Application Password is listed under its"
                  + " Profile > Application Passwords; even then "
                  + PluginStop.askToSwitchOff(me.message));
    }
    return Verdict.of(
            REST_API_DISABLED,
            Confidence.LIKELY,
            rest + "; XML-RPC gave no evidence about the credential.")
        .alternative(
            CREDENTIALS_REJECTED,
            "the plugin hides whether WordPress would accept the credential: it answers the same"
                + " to a wrong one.")
        .alternative(
            AUTHORIZATION_HEADER_STRIPPED,
            "the plugin answers the same whether the Authorization header arrived or not.")
        .firstCheck(PluginStop.firstCheck(me.message));
  }

  private static String stopped() {
    return "the plugin stops every REST request WordPress has not identified before REST starts,"
        + " and it answers before WordPress reads Application Passwords.";
  }

  private String user() {
    return s.credential.username().orElse("the user");
  }
}
