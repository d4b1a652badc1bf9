package dev.wprest.diagnostics.doctor;

import dev.wprest.client.HttpMethod;
import dev.wprest.client.WpRequest;
import dev.wprest.diagnostics.LikelyCause;

/**
 * A bearer token WordPress did not accept. Core ignores bearer tokens, so the index's namespaces
 * tell whether any plugin could read one; a JWT plugin's {@code token/validate} route tells a
 * header that never arrived ({@code jwt_auth_no_auth_header}) from a token it refused.
 */
final class BearerRefinement {
  private static final String VALIDATE = "/jwt-auth/v1/token/validate";

  private final ProbeSession s;
  private final SiteView view;
  private final ClientExchange me;

  BearerRefinement(ProbeSession s, SiteView view, ClientExchange me) {
    this.s = s;
    this.view = view;
    this.me = me;
  }

  Verdict refine() {
    String rest = me.request + " answered " + me.summary() + " (" + me.allowSummary() + ")";
    if (view.indexRead() && view.tokenNamespace().isEmpty()) {
      if (me.status != 401) {
        return null;
      }
      java.util.List<String> plugins = view.pluginNamespaces();
      return Verdict.proven(
              Proof.BEARER_NOT_SUPPORTED_INDEX,
              rest
                  + " to a Bearer token, and the site's index lists no namespace of a plugin that"
                  + " reads bearer tokens (none of "
                  + SiteView.TOKEN_NAMESPACES
                  + (plugins.isEmpty()
                      ? "; no plugin namespace at all"
                      : "; other plugin namespaces: " + String.join(", ", plugins))
                  + "): WordPress core ignores Bearer tokens.",
              plugins.isEmpty()
                  ? java.util.EnumSet.of(LikelyCause.BEARER_TOKEN_REJECTED)
                  : java.util.EnumSet.noneOf(LikelyCause.class))
          .firstCheck(
              "Use an Application Password (HTTP Basic) for this user instead, or install and"
                  + " configure the token plugin that issued the token; then run the doctor"
                  + " again.");
    }
    if (!view.tokenNamespace().map("jwt-auth/v1"::equals).orElse(false) || !s.canSend(1)) {
      return null;
    }
    ClientExchange v =
        ClientExchange.run(
            s, ProbeName.TOKEN, view, WpRequest.builder(HttpMethod.POST, VALIDATE).build());
    String plugin = "the JWT plugin's " + VALIDATE + " answered " + v.summary();
    s.evidence("token/validate", plugin);
    if (v.ok()) {
      s.record(ProbeName.TOKEN, v.request, v.status, "the plugin accepts the token");
      return null;
    }
    String message = v.passive == null ? "" : messageOf(v);
    s.record(ProbeName.TOKEN, v.request, v.status, plugin + message);
    switch (v.code) {
      case "jwt_auth_no_auth_header":
        return Verdict.proven(
                Proof.HEADER_STRIPPED_TOKEN_VALIDATE,
                rest
                    + ", and "
                    + plugin
                    + ": the Authorization header with the token never reached WordPress.")
            .firstCheck(ServerFixes.passAuthorizationHeader(view.front));
      case "jwt_auth_invalid_token":
      case "jwt_auth_bad_auth_header":
        return Verdict.proven(
                Proof.BEARER_REJECTED_TOKEN_VALIDATE,
                rest + ", and " + plugin + message + ": the plugin refuses this token.")
            .firstCheck(
                "Get a new token from the plugin's /jwt-auth/v1/token route for this site (tokens"
                    + " expire and are bound to the site's secret key) and send it as"
                    + " Authorization: Bearer <token>.");
      default:
        return null;
    }
  }

  private static String messageOf(ClientExchange v) {
    if (!(v.failure instanceof dev.wprest.client.WordPressApiException)) {
      return "";
    }
    return ((dev.wprest.client.WordPressApiException) v.failure)
        .errorMessage()
        .map(m -> " (\"" + m.replaceAll("<[^>]+>", "").strip() + "\")")
        .orElse("");
  }
}
