package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthContext;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.TransportException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * What a client lends its auth strategy: the site's URLs and a way to send the strategy's own
 * requests (a login, a nonce refresh) under the same transport rules as every call.
 */
public final class ClientAuthContext implements AuthContext {
  private final FailureTranslation failures;
  private final Transport transport;
  private final AuthStrategy auth;
  private final ObjectMapper mapper;

  /**
   * The context of one client.
   *
   * @param failures the client's translation, for a discovery that fails
   * @param transport the client's transport
   * @param auth the client's strategy
   * @param mapper the client's mapper
   */
  public ClientAuthContext(
      FailureTranslation failures, Transport transport, AuthStrategy auth, ObjectMapper mapper) {
    this.failures = failures;
    this.transport = transport;
    this.auth = auth;
    this.mapper = mapper;
  }

  @Override
  public URI siteUrl() {
    return failures.site().siteUrl();
  }

  @Override
  public URI routeUri(String route) {
    SiteInfo s = failures.site();
    return Routes.resolve(s.apiRoot(), s.routeStyle(), route, Map.of());
  }

  @Override
  public HttpRequest.Builder newRequest(URI uri) {
    return transport.newRequest(uri);
  }

  @Override
  public HttpResponse<byte[]> send(HttpRequest request, boolean carriesCredentials) {
    // The strategy's own requests obey the same rule as calls: no credentials over plain http.
    transport.refuseInsecure(request.method(), request.uri(), auth, carriesCredentials, List.of());
    try {
      return transport.exchange(request);
    } catch (Transport.Failure f) {
      throw new TransportException(
          request.method()
              + " "
              + Redaction.uri(request.uri())
              + " failed ("
              + f.getCause().getClass().getSimpleName()
              + ")",
          FailedExchanges.noResponse(
              request.method(), request.uri(), auth, carriesCredentials, List.of()),
          f.getCause());
    }
  }

  @Override
  public ObjectMapper objectMapper() {
    return mapper;
  }
}
