package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.AuthScheme;
import dev.wprest.client.WpRequest;

/**
 * What the doctor asks once WordPress accepted the identity: for an Application Password, which one
 * authenticated ({@code users/me/application-passwords/introspect}); for an administrator's cookie
 * session, core's own Site Health test of whether Basic credentials reach PHP on this server.
 */
final class AcceptedIdentityProbes {
  private static final String INTROSPECT = "/wp/v2/users/me/application-passwords/introspect";
  private static final String SITE_HEALTH = "/wp-site-health/v1/tests/authorization-header";

  private final ProbeSession s;
  private final SiteView view;
  private final ClientExchange me;

  AcceptedIdentityProbes(ProbeSession s, SiteView view, ClientExchange me) {
    this.s = s;
    this.view = view;
    this.me = me;
  }

  void run() {
    String scheme = s.auth.scheme();
    if (scheme.equals(AuthScheme.APPLICATION_PASSWORD) && s.canSend(3)) {
      introspect();
    }
    boolean administrator = me.allow.contains("DELETE");
    if (scheme.equals(AuthScheme.COOKIE_NONCE) && administrator && s.canSend(3)) {
      siteHealth();
    }
  }

  private void introspect() {
    ClientExchange c =
        ClientExchange.run(
            s, ProbeName.APPLICATION_PASSWORD, view, WpRequest.get(INTROSPECT).build());
    String finding;
    if (c.ok()) {
      JsonNode j = c.json();
      finding =
          "authenticated with the Application Password named \""
              + j.path("name").asText("?")
              + "\""
              + (j.path("last_used").isTextual()
                  ? ", last used " + j.path("last_used").asText()
                  : "");
    } else {
      finding = "answered " + c.summary();
    }
    s.record(ProbeName.APPLICATION_PASSWORD, c.request, c.status, finding);
    s.evidence("introspect", finding);
  }

  private void siteHealth() {
    ClientExchange c =
        ClientExchange.run(s, ProbeName.SITE_HEALTH, view, WpRequest.get(SITE_HEALTH).build());
    String finding;
    if (c.ok()) {
      JsonNode j = c.json();
      String status = j.path("status").asText("?");
      finding =
          "Site Health's Authorization header test: \""
              + j.path("label").asText("?")
              + "\" ("
              + status
              + ")"
              + (status.equals("good")
                  ? ""
                  : ". " + ServerFixes.passAuthorizationHeader(view.front));
    } else {
      finding = "Site Health's test answered " + c.summary();
    }
    s.record(ProbeName.SITE_HEALTH, c.request, c.status, finding);
    s.evidence("site health", finding);
  }
}
