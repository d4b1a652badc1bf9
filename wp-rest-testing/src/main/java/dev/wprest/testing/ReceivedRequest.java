package dev.wprest.testing;

/**
 * A request the fake received, for asserting what your code sent. The credentials themselves are
 * never kept: only whether an {@code Authorization} header arrived, and its scheme.
 */
public final class ReceivedRequest {
  private final String method;
  private final String route;
  private final String query;
  private final String authScheme;

  ReceivedRequest(String method, String route, String query, String authScheme) {
    this.method = method;
    this.route = route;
    this.query = query;
    this.authScheme = authScheme;
  }

  /**
   * The method, e.g. {@code GET}.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The REST route, e.g. {@code /wp/v2/posts}.
   *
   * @return the route
   */
  public String route() {
    return route;
  }

  /**
   * The raw query string, e.g. {@code per_page=10&orderby=date}; empty when none.
   *
   * @return the query
   */
  public String query() {
    return query;
  }

  /**
   * The scheme of the {@code Authorization} header that reached WordPress ({@code Basic}, {@code
   * Bearer}); empty when none did (none was sent, or {@link FakeWordPress#stripAuthorization()}).
   *
   * @return the scheme, or an empty string
   */
  public String authScheme() {
    return authScheme;
  }

  @Override
  public String toString() {
    return method + " " + route + (query.isEmpty() ? "" : "?" + query);
  }
}
