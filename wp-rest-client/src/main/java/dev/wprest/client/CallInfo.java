package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.RouteTemplates;
import java.util.Objects;

/**
 * Which call an {@link WordPressEventListener} hears about: its method and its route template.
 * Never the URL, query string or headers, so nothing secret and nothing unbounded reaches metrics
 * tags or trace attributes.
 */
public final class CallInfo {
  private final HttpMethod method;
  private final String routeTemplate;

  private CallInfo(HttpMethod method, String routeTemplate) {
    this.method = method;
    this.routeTemplate = routeTemplate;
  }

  /**
   * The call of a request.
   *
   * @param request the request
   * @return its method and route template
   */
  public static CallInfo of(WpRequest request) {
    requireNonNull(request, "request == null");
    return new CallInfo(request.method(), RouteTemplates.of(request.route()));
  }

  /**
   * The HTTP method.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * The route with each id replaced by {@code {id}}: {@code /wp/v2/posts/42/revisions/7} is {@code
   * /wp/v2/posts/{id}/revisions/{id}}. A path segment is an id when it is a number, or a UUID-like
   * or long hexadecimal string; names (post types, plugin slugs, {@code me}) stay.
   *
   * @return the route template
   */
  public String routeTemplate() {
    return routeTemplate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CallInfo
        && method == ((CallInfo) o).method
        && routeTemplate.equals(((CallInfo) o).routeTemplate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, routeTemplate);
  }

  @Override
  public String toString() {
    return method + " " + routeTemplate;
  }
}
