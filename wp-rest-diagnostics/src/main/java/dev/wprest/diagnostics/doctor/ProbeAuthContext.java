package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthContext;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.InsecureTransportException;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.Routes;
import dev.wprest.client.internal.Transport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The doctor's services for an auth strategy that asks the doctor directly (for its cookie header,
 * say) rather than through the client: the same transport and budget, the same rule on credentials
 * over http, and the client's typed exceptions when a request is refused or fails.
 */
final class ProbeAuthContext implements AuthContext {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProbeSession s;
  private final SiteView view;

  ProbeAuthContext(ProbeSession s, SiteView view) {
    this.s = s;
    this.view = view;
  }

  @Override
  public URI siteUrl() {
    return view.siteUrl();
  }

  @Override
  public URI routeUri(String route) {
    return Routes.resolve(view.apiRoot, route);
  }

  @Override
  public HttpRequest.Builder newRequest(URI uri) {
    return s.transport.newRequest(uri);
  }

  @Override
  public HttpResponse<byte[]> send(HttpRequest request, boolean carriesCredentials) {
    if (carriesCredentials && !s.mayCarryCredentials(request.uri())) {
      throw new InsecureTransportException(
          "the doctor sends no credentials over plain http to "
              + Redaction.uri(request.uri())
              + " without allowInsecureHttp()",
          exchange(request, carriesCredentials));
    }
    try {
      return s.transport.exchange(request);
    } catch (Transport.Failure f) {
      throw TransportFailures.exception(request, f, exchange(request, carriesCredentials));
    }
  }

  private FailedExchange exchange(HttpRequest request, boolean carriesCredentials) {
    return FailedExchange.builder(request.method(), Redaction.uri(request.uri()))
        .auth(s.auth.scheme(), carriesCredentials)
        .build();
  }

  @Override
  public ObjectMapper objectMapper() {
    return JSON;
  }
}
