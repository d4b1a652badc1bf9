package dev.wprest.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What the client offers an {@link AuthStrategy} that must talk to the site itself (log in, fetch a
 * nonce or token). Implemented by the client.
 */
public interface AuthContext {

  /**
   * The site's URL (WordPress's {@code siteurl}, where {@code wp-login.php} lives), on the origin
   * the caller configured.
   *
   * @return the site URL, ending in {@code /}
   */
  URI siteUrl();

  /**
   * The full URI of a REST route on this site, e.g. {@code /jwt-auth/v1/token}.
   *
   * @param route the route, starting with {@code /}
   * @return the URI, in the site's routing style
   */
  URI routeUri(String route);

  /**
   * A request builder with the client's {@code User-Agent} and timeout already set.
   *
   * @param uri the target
   * @return a builder to add the method, headers and body to
   */
  HttpRequest.Builder newRequest(URI uri);

  /**
   * Sends one request through the client's transport: the client's deadline, no redirects followed,
   * logged with secrets redacted, and refused over plain http to a non-loopback host when {@code
   * carriesCredentials} (unless the caller allowed insecure http).
   *
   * @param request the request
   * @param carriesCredentials whether it carries a password, cookie, nonce or token
   * @return the response, whatever its status
   * @throws WordPressException for transport failures, deadline and refusals
   */
  HttpResponse<byte[]> send(HttpRequest request, boolean carriesCredentials);

  /**
   * The client's mapper.
   *
   * @return the mapper
   */
  ObjectMapper objectMapper();
}
