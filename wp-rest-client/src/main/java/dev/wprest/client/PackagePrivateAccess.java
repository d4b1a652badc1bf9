package dev.wprest.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.ApiAccess;
import dev.wprest.client.internal.ExchangeHook;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.internal.ResponseReader;
import dev.wprest.client.internal.StreamedBody;
import dev.wprest.client.model.BaseQuery;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/**
 * Hands the engine in {@code dev.wprest.client.internal} the package-private members it needs, so
 * that they need not be public API. Installed once, by {@link WordPressClient}'s initializer.
 */
final class PackagePrivateAccess extends ApiAccess {
  @Override
  public SiteInfo siteInfo(
      URI apiRoot,
      RouteStyle style,
      DiscoveryMethod via,
      URI advertised,
      URI siteUrl,
      JsonNode index,
      String indexProblem) {
    return new SiteInfo(apiRoot, style, via, advertised, siteUrl, index, indexProblem);
  }

  @Override
  public SiteInfo withFailedRoot(SiteInfo site, URI root, String answer) {
    return site.withFailedRoot(root, answer);
  }

  @Override
  public SiteInfo withRedirectFrom(SiteInfo site, URI from) {
    return site.withRedirectFrom(from);
  }

  @Override
  public WpResponse response(
      HttpMethod method,
      URI uri,
      int status,
      HttpHeaders headers,
      byte[] body,
      List<URI> redirectChain,
      ResponseReader reader) {
    return new WpResponse(method, uri, status, headers, body, redirectChain, reader);
  }

  @Override
  public HttpMethod method(WpResponse response) {
    return response.method();
  }

  @Override
  public byte[] rawBody(WpResponse response) {
    return response.rawBody();
  }

  @Override
  public byte[] digest(ResultPage<?> page) {
    return page.digest();
  }

  @Override
  public Optional<StreamedBody> streamedBody(WpRequest request) {
    return request.streamedBody();
  }

  @Override
  public WordPressApiException apiException(
      String message, FailedExchange exchange, Optional<WordPressError> error) {
    return new WordPressApiException(message, exchange, error);
  }

  @Override
  public void attachSite(WordPressException failure, SiteInfo site) {
    failure.attachSite(site);
  }

  @Override
  public RuntimeException translated(WordPressClient client, WordPressException failure) {
    return client.translated(failure);
  }

  @Override
  public <T> ResultPage<T> resultPage(
      List<T> items,
      int number,
      WpResponse response,
      ResourceCore core,
      JavaType item,
      BaseQuery query) {
    return new ResultPage<>(items, number, response, core, item, query);
  }

  @Override
  public WordPressClient.Builder exchangeHook(WordPressClient.Builder builder, ExchangeHook hook) {
    return builder.exchangeHook(hook);
  }

  @Override
  public boolean stepsNeverBlock(AuthStrategy strategy) {
    // The built-in header strategies; a login strategy (cookie, JWT) sends requests of its own.
    return strategy instanceof NoAuth
        || strategy instanceof ApplicationPasswordAuth
        || strategy instanceof BearerAuth;
  }
}
