package dev.wprest.diagnostics.doctor;

import dev.wprest.client.CredentialFacts;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.LoginFailedException;
import dev.wprest.client.internal.Routes;
import dev.wprest.diagnostics.LikelyCause;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Cookies and nonces WordPress did not accept, and cookie logins that failed. Whether the cookies
 * are a live login session is asked of {@code admin-ajax.php?action=rest-nonce} (it hands out a
 * nonce only to a session); whether a nonce alone caused a 403 is asked by the same call without
 * it; a failed login is read from {@code wp-login.php}'s own error message.
 */
final class CookieRefinement {
  private final ProbeSession s;
  private final SiteView view;
  private final ClientExchange me;
  private final boolean xmlRpc;

  CookieRefinement(ProbeSession s, SiteView view, ClientExchange me, boolean xmlRpc) {
    this.s = s;
    this.view = view;
    this.me = me;
    this.xmlRpc = xmlRpc;
  }

  Verdict refine() {
    if (me.failure instanceof LoginFailedException) {
      return loginFailed();
    }
    CredentialFacts facts = s.auth.facts();
    boolean loginCookie = facts.hasLoginCookie();
    boolean nonce = facts.noncePresent().orElse(false);
    String rest = me.request + " answered " + me.summary() + " (" + me.allowSummary() + ")";
    if (me.status == 401 && loginCookie && !nonce) {
      Boolean live = liveSession();
      if (live == null) {
        return null;
      }
      return live
          ? Verdict.proven(
              Proof.COOKIES_WITHOUT_NONCE_SESSION,
              rest
                  + " to WordPress login cookies sent without a nonce, while admin-ajax.php hands"
                  + " those cookies a REST nonce: the session is live, the request lacked its"
                  + " X-WP-Nonce header.")
          : expired(rest);
    }
    if (me.status == 403 && me.code.equals("rest_cookie_invalid_nonce")) {
      if (!loginCookie) {
        return nonceAlone(rest);
      }
      Boolean live = liveSession();
      if (live == null) {
        return null;
      }
      return live
          ? Verdict.proven(
              Proof.NONCE_INVALID_SESSION,
              rest
                  + ", while admin-ajax.php hands the same cookies a fresh REST nonce: the session"
                  + " is live, the nonce sent is not its nonce (expired, or minted for another"
                  + " login).")
          : expired(rest);
    }
    return null;
  }

  private Verdict expired(String rest) {
    return Verdict.proven(
            Proof.SESSION_NOT_LIVE,
            rest
                + ", and admin-ajax.php gives the same cookies no REST nonce: they are not a live"
                + " login session (logged out, expired, or from another site).")
        .firstCheck("Log in again and send the new cookies together with their REST nonce.");
  }

  /** The same call without the nonce: if it is merely anonymous, the nonce caused the 403. */
  private Verdict nonceAlone(String rest) {
    if (!s.canSend(1)) {
      return null;
    }
    URI uri = Routes.resolve(view.apiRoot, "/wp/v2/users/me");
    RawExchange a = s.send(HttpMethod.GET, uri, Map.of("Accept", "application/json"), null);
    s.record(ProbeName.NONCE, a, "without the nonce: " + a.summary());
    s.evidence("the same call without nonce or cookies", a.summary());
    if (a.status != 401) {
      return null;
    }
    return Verdict.proven(
        Proof.NONCE_WITHOUT_COOKIES_RETRY,
        rest
            + " to a nonce sent without WordPress login cookies, while the same call without the"
            + " nonce is merely anonymous ("
            + a.summary()
            + "): the nonce alone caused the 403.");
  }

  /** True: the cookies are a live session; false: WordPress says they are not; null: unknown. */
  private Boolean liveSession() {
    URI uri = view.siteUrl().resolve("wp-admin/admin-ajax.php?action=rest-nonce");
    if (!s.canSend(1) || !s.mayCarryCredentials(uri)) {
      return null;
    }
    String cookie;
    try {
      cookie = s.auth.credentials(new ProbeAuthContext(s, view)).get("Cookie");
    } catch (RuntimeException e) {
      return null;
    }
    if (cookie == null) {
      return null;
    }
    RawExchange a = s.send(HttpMethod.GET, uri, Map.of("Cookie", cookie), null);
    if (!a.answered()) {
      return null;
    }
    // The body is the nonce itself: never record it. Without a session WordPress answers 400 "0".
    String body = a.body.strip();
    // A nonce is ten hex digits; a recording keeps the length class, not the value.
    boolean live =
        a.status == 200
            && !body.isEmpty()
            && !body.equals("0")
            && !body.equals("-1")
            && body.length() < 64;
    boolean refused = a.status == 400 && body.equals("0");
    s.record(
        ProbeName.SESSION,
        a,
        live
            ? "the cookies are a live login session (a REST nonce was handed out)"
            : refused
                ? "the cookies are no login session (400 0, no nonce)"
                : "answered " + a.status + ", neither a nonce nor WordPress's refusal");
    s.evidence(
        "admin-ajax.php rest-nonce with the cookies",
        live ? "nonce handed out" : refused ? "refused (400 0)" : "no answer from WordPress");
    return live ? Boolean.TRUE : refused ? Boolean.FALSE : null;
  }

  /** The login failed: wp-login.php says why in its own words; XML-RPC is the fallback. */
  private Verdict loginFailed() {
    String user = s.credential.username().orElse("the user");
    LoginPage page = LoginPage.read(loginPageBody());
    if (page == LoginPage.UNKNOWN_USER) {
      s.evidence("wp-login.php", "WordPress says the username or e-mail is not registered");
      return Verdict.proven(
              Proof.UNKNOWN_USER_LOGIN_PAGE,
              "The login through wp-login.php failed, and its error says "
                  + user
                  + " is not registered on this site.")
          .firstCheck(
              "Check the username (or use the user's e-mail address) in wp-admin Users > All"
                  + " Users; then run the doctor again.");
    }
    if (page == LoginPage.WRONG_PASSWORD) {
      s.evidence("wp-login.php", "WordPress says the password entered for the user is incorrect");
      return Verdict.proven(
              Proof.CREDENTIALS_REJECTED_LOGIN_PAGE,
              "The login through wp-login.php failed, and its error says the password entered for "
                  + user
                  + " is incorrect.")
          .firstCheck(
              "Log in at wp-login.php in a browser with the same username and password; reset the"
                  + " password if that fails too (an Application Password does not work on the"
                  + " login form).");
    }
    XmlRpcProbe.Result x = XmlRpcProbe.crossCheck(s, view, xmlRpc);
    if (x == null || x.outcome != XmlRpcProbe.Outcome.REFUSED) {
      return null;
    }
    return Verdict.proven(
            Proof.CREDENTIALS_REJECTED_LOGIN_XML_RPC,
            "The login through wp-login.php failed, and XML-RPC refused the same username and"
                + " password too: the login password or the username is wrong.",
            EnumSet.noneOf(LikelyCause.class))
        .firstCheck(
            "Log in at wp-login.php in a browser with the same username and password; reset the"
                + " password if that fails too.");
  }

  private String loginPageBody() {
    List<ProbeBudget.Sent> sent = s.budget.since(0);
    for (int i = sent.size() - 1; i >= 0; i--) {
      ProbeBudget.Sent one = sent.get(i);
      if (one.method.equals("POST")
          && one.uri.getPath() != null
          && one.uri.getPath().endsWith("/wp-login.php")) {
        return new String(one.bodyStart, StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  /** What wp-login.php's error says, in WordPress core's own words. */
  enum LoginPage {
    UNKNOWN_USER,
    WRONG_PASSWORD,
    OTHER;

    static LoginPage read(String html) {
      int at = html.indexOf("id=\"login_error\"");
      if (at < 0) {
        return OTHER;
      }
      String error = html.substring(at, Math.min(html.length(), at + 2000));
      if (error.contains("is not registered on this site")
          || error.contains("Unknown email address")
          || error.contains("Unknown username")) {
        return UNKNOWN_USER;
      }
      if (error.contains("The password you entered for the")) {
        return WRONG_PASSWORD;
      }
      return OTHER;
    }
  }
}
