package dev.wprest.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The WordPress facts the passive analyzers and the doctor both reason from, defined once: what
 * counts as the index, which answer is the anonymous 401, which codes report a bad credential, and
 * the route a URI addresses in either routing style. Not API: it may change in any release.
 */
public final class WordPressAnswers {
  /**
   * Codes with which WordPress reports the credential itself (only where a plugin looks the user up
   * early): they are not the anonymous answer.
   */
  public static final Set<String> CREDENTIAL_CODES =
      Set.of(
          "incorrect_password",
          "invalid_username",
          "invalid_email",
          "application_passwords_disabled",
          "application_passwords_disabled_for_user");

  /**
   * Codes of plugins that refuse anonymous REST requests outright (via {@code
   * rest_authentication_errors}), on every route, the index included.
   */
  public static final Set<String> LOCK_DOWN_CODES =
      Set.of(
          "rest_login_required",
          "rest_cannot_access",
          "rest_unauthorized",
          "rest_disabled",
          "rest_api_disabled");

  /** The namespaces of WordPress core itself; anything else in the index is a plugin's. */
  public static final Set<String> CORE_NAMESPACES =
      Set.of("oembed/1.0", "wp/v2", "wp-site-health/v1", "wp-block-editor/v1");

  private WordPressAnswers() {}

  /**
   * Whether a JSON document is WordPress's REST index: it names its namespaces and its routes. A
   * 200 alone is no proof (a server that is not WordPress answers {@code ?rest_route=/} with its
   * home page).
   *
   * @param json a parsed body, or a missing node
   * @return true for the index
   */
  public static boolean isIndex(JsonNode json) {
    return json != null && json.path("namespaces").isArray() && json.path("routes").isObject();
  }

  /**
   * Whether WordPress answered as it does to a request it sees as anonymous: 401 in its own JSON
   * envelope with a route's or a lock-down plugin's code, not a code that reports the credential.
   *
   * @param status the HTTP status
   * @param code WordPress's error code, or ""
   * @param wordPressEnvelope whether the body is WordPress's error envelope
   * @return true for the anonymous 401
   */
  public static boolean isAnonymous(int status, String code, boolean wordPressEnvelope) {
    return status == 401
        && wordPressEnvelope
        && !CREDENTIAL_CODES.contains(code)
        && !code.startsWith("jwt_auth_")
        && !code.startsWith("[jwt_auth]");
  }

  /**
   * Whether a URI is an API root or a route under one: a {@code /wp-json} path or a {@code
   * rest_route} query parameter.
   *
   * @param uri the URI
   * @return true for a REST URI
   */
  public static boolean isRestUri(URI uri) {
    if (uri == null) {
      return false;
    }
    return restRouteParameter(uri) != null
        || (uri.getPath() != null && uri.getPath().contains("/wp-json"));
  }

  /**
   * The REST route a URI addresses, e.g. {@code /wp/v2/users/me}, for both routing styles; {@code
   * /} for the index; "" for a URI that is not a REST URI.
   *
   * @param uri the URI
   * @return the route
   */
  public static String routeOf(URI uri) {
    if (uri == null) {
      return "";
    }
    String fromQuery = restRouteParameter(uri);
    if (fromQuery != null) {
      return fromQuery.isEmpty() ? "/" : fromQuery;
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    int at = path.indexOf("/wp-json");
    if (at < 0) {
      return "";
    }
    String route = path.substring(at + "/wp-json".length());
    return route.isEmpty() ? "/" : route;
  }

  private static String restRouteParameter(URI uri) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String part : query.split("&")) {
      if (part.startsWith("rest_route=")) {
        return URLDecoder.decode(part.substring("rest_route=".length()), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
