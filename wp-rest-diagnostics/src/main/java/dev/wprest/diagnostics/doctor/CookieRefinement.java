package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthContext;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.LoginFailedException;
import dev.wprest.diagnostics.LikelyCause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Cookies and nonces WordPress did not accept. Whether the cookies are a live login session is
 * asked of {@code admin-ajax.php?action=rest-nonce} (it hands out a nonce only to a session);
 * whether a nonce alone caused a 403 is asked by the same call without it.
 */
final class CookieRefinement {
  private final ProbeSession s;
  private final SiteView view;
  private final ClientCall me;
  private final boolean xmlRpc;

  CookieRefinement(ProbeSession s, SiteView view, ClientCall me, boolean xmlRpc) {
    this.s = s;
    this.view = view;
    this.me = me;
    this.xmlRpc = xmlRpc;
  }

  Verdict refine() {
    if (me.failure instanceof LoginFailedException) {
      return loginFailed();
    }
    Map<String, String> facts = s.auth.describe();
    boolean loginCookie = facts.getOrDefault("cookies", "").contains("wordpress_logged_in_");
    boolean nonce = "present".equals(facts.get("nonce"));
    String rest = me.request + " answered " + me.summary() + " (" + me.allowSummary() + ")";
    if (me.status == 401 && loginCookie && !nonce) {
      Boolean live = liveSession();
      if (live == null) {
        return null;
      }
      return live
          ? Verdict.confirmed(
              LikelyCause.COOKIES_WITHOUT_NONCE,
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
          ? Verdict.confirmed(
              LikelyCause.NONCE_INVALID,
              rest
                  + ", while admin-ajax.php hands the same cookies a fresh REST nonce: the session"
                  + " is live, the nonce sent is not its nonce (expired, or minted for another"
                  + " login).")
          : expired(rest);
    }
    return null;
  }

  private Verdict expired(String rest) {
    return Verdict.confirmed(
            LikelyCause.CREDENTIALS_REJECTED,
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
    URI uri = RestRoutes.resolve(view.apiRoot, "/wp/v2/users/me");
    Answer a = s.send(HttpMethod.GET, uri, Map.of("Accept", "application/json"), null);
    s.record("nonce", a, "without the nonce: " + a.summary());
    s.evidence("the same call without nonce or cookies", a.summary());
    if (a.status != 401) {
      return null;
    }
    return Verdict.confirmed(
        LikelyCause.NONCE_WITHOUT_COOKIES,
        rest
            + " to a nonce sent without WordPress login cookies, while the same call without the"
            + " nonce is merely anonymous ("
            + a.summary()
            + "): the nonce alone caused the 403.");
  }

  /** True: the cookies are a live session; false: they are not; null: could not ask. */
  private Boolean liveSession() {
    URI uri = view.siteUrl().resolve("wp-admin/admin-ajax.php?action=rest-nonce");
    if (!s.canSend(1) || !s.mayCarryCredentials(uri)) {
      return null;
    }
    String cookie;
    try {
      cookie = s.auth.credentials(new Context()).get("Cookie");
    } catch (RuntimeException e) {
      return null;
    }
    if (cookie == null) {
      return null;
    }
    Answer a = s.send(HttpMethod.GET, uri, Map.of("Cookie", cookie), null);
    if (!a.answered()) {
      return null;
    }
    // The body is the nonce itself: never record it. Without a session it is "0" (status 400).
    String body = a.body.strip();
    boolean live =
        a.status == 200
            && !body.isEmpty()
            && !body.equals("0")
            && !body.equals("-1")
            && body.length() < 64;
    s.record(
        "session",
        a,
        live
            ? "the cookies are a live login session (a REST nonce was handed out)"
            : "the cookies are no login session (" + a.status + ", no nonce)");
    s.evidence("admin-ajax.php rest-nonce with the cookies", live ? "nonce handed out" : "refused");
    return live;
  }

  private Verdict loginFailed() {
    XmlRpcProbe.Result x = XmlRpcProbe.crossCheck(s, view, xmlRpc);
    if (x == null || x.outcome != XmlRpcProbe.Outcome.REFUSED) {
      return null;
    }
    return Verdict.confirmed(
            LikelyCause.CREDENTIALS_REJECTED,
            "The login through wp-login.php failed, and XML-RPC refused the same username and"
                + " password too: the login password or the username is wrong.")
        .firstCheck(
            "Log in at wp-login.php in a browser with the same username and password; reset the"
                + " password if that fails too.");
  }

  /**
   * Lets the strategy hand over its cookie header; any request it makes goes through the budget.
   */
  private final class Context implements AuthContext {
    @Override
    public URI siteUrl() {
      return view.siteUrl();
    }

    @Override
    public URI routeUri(String route) {
      return RestRoutes.resolve(view.apiRoot, route);
    }

    @Override
    public HttpRequest.Builder newRequest(URI uri) {
      return HttpRequest.newBuilder(uri)
          .timeout(s.timeout)
          .header("User-Agent", ProbeSession.USER_AGENT);
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request, boolean carriesCredentials) {
      if (carriesCredentials && !s.mayCarryCredentials(request.uri())) {
        throw new IllegalStateException("credentials over plain http are not allowed");
      }
      try {
        return s.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    @Override
    public ObjectMapper objectMapper() {
      return new ObjectMapper();
    }
  }
}
