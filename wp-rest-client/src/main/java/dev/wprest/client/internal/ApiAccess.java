package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.DiscoveryMethod;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.ResultPage;
import dev.wprest.client.RouteStyle;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressError;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import dev.wprest.client.WpResponse;
import dev.wprest.client.model.BaseQuery;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/**
 * The engine's way into what the API package keeps package-private: constructors of its values and
 * the parts of requests and responses that are not API. The API package installs the single
 * implementation when {@link WordPressClient} is initialized, so these stay out of the public API
 * (the pattern of OkHttp 3's {@code okhttp3.internal.Internal}).
 */
public abstract class ApiAccess {
  private static volatile ApiAccess instance;

  /** For the API package's implementation only. */
  protected ApiAccess() {}

  /**
   * The installed access; initializes the API package first if nothing did yet (a test that drives
   * the engine directly).
   *
   * @return the access
   */
  public static ApiAccess get() {
    ApiAccess access = instance;
    if (access == null) {
      try {
        Class.forName(WordPressClient.class.getName(), true, ApiAccess.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the API package is missing", e);
      }
      access = instance;
    }
    if (access == null) {
      throw new IllegalStateException("the API package installed no ApiAccess");
    }
    return access;
  }

  /**
   * Installs the API package's implementation, once.
   *
   * @param access the implementation
   * @throws IllegalStateException when one is installed already
   */
  public static synchronized void install(ApiAccess access) {
    if (instance != null) {
      throw new IllegalStateException("ApiAccess is installed already");
    }
    instance = access;
  }

  /**
   * What discovery found.
   *
   * @param apiRoot the API root
   * @param style how routes go on it
   * @param via how it was found
   * @param advertised the root the site advertised, when another origin's; null otherwise
   * @param siteUrl the site's URL
   * @param index the index read; null when it could not be read
   * @param indexProblem why the index could not be read; null when it was
   * @return the site information
   */
  public abstract SiteInfo siteInfo(
      URI apiRoot,
      RouteStyle style,
      DiscoveryMethod via,
      URI advertised,
      URI siteUrl,
      JsonNode index,
      String indexProblem);

  /**
   * The same information, noting a root that did not answer as WordPress's index.
   *
   * @param site the information
   * @param root the root that failed
   * @param answer what it answered, in words
   * @return the new information
   */
  public abstract SiteInfo withFailedRoot(SiteInfo site, URI root, String answer);

  /**
   * The same information, noting the URL whose home page redirected to the site.
   *
   * @param site the information
   * @param from that URL; null for none
   * @return the new information
   */
  public abstract SiteInfo withRedirectFrom(SiteInfo site, URI from);

  /**
   * A successful answer.
   *
   * @param method the method sent
   * @param uri the final URI
   * @param status the 2xx status
   * @param headers the response headers
   * @param body the body bytes, not copied
   * @param redirectChain the URIs visited before {@code uri}
   * @param reader parses and binds the body
   * @return the response
   */
  public abstract WpResponse response(
      HttpMethod method,
      URI uri,
      int status,
      HttpHeaders headers,
      byte[] body,
      List<URI> redirectChain,
      ResponseReader reader);

  /**
   * The method a response answered.
   *
   * @param response the response
   * @return its method
   */
  public abstract HttpMethod method(WpResponse response);

  /**
   * A response's body without the copy {@link WpResponse#body()} makes.
   *
   * @param response the response
   * @return the body bytes, not to be changed
   */
  public abstract byte[] rawBody(WpResponse response);

  /**
   * The SHA-256 of a page's body, computed once when the page was read.
   *
   * @param page the page
   * @return the digest, not to be changed
   */
  public abstract byte[] digest(ResultPage<?> page);

  /**
   * The body a request streams from a file or stream, if any.
   *
   * @param request the request
   * @return the streamed body
   */
  public abstract Optional<StreamedBody> streamedBody(WpRequest request);

  /**
   * The exception for a non-2xx status no subtype covers.
   *
   * @param message the message, secrets masked
   * @param exchange the redacted exchange
   * @param error WordPress's error envelope, if the body was one
   * @return the exception
   */
  public abstract WordPressApiException apiException(
      String message, FailedExchange exchange, Optional<WordPressError> error);

  /**
   * Attaches what the client knew of the site to a failure, as evidence; the first one stays.
   *
   * @param failure the failure
   * @param site the site information
   */
  public abstract void attachSite(WordPressException failure, SiteInfo site);

  /**
   * What the client throws for a failure found after {@code execute} returned (e.g. while binding):
   * the failure translator's exception, or the failure itself.
   *
   * @param client the client
   * @param failure the failure
   * @return the exception to throw
   */
  public abstract RuntimeException translated(WordPressClient client, WordPressException failure);

  /**
   * A page of a collection.
   *
   * @param items the bound items
   * @param number the page number
   * @param response the answer they came from
   * @param core the collection, for the next page
   * @param item the item type
   * @param query the query that asked for this page
   * @param <T> the item type
   * @return the page
   */
  public abstract <T> ResultPage<T> resultPage(
      List<T> items,
      int number,
      WpResponse response,
      ResourceCore core,
      JavaType item,
      BaseQuery query);

  /**
   * Adds a hook on every exchange of the client being built: the doctor's budget and journal.
   *
   * @param builder the builder
   * @param hook the hook
   * @return the builder
   */
  public abstract WordPressClient.Builder exchangeHook(
      WordPressClient.Builder builder, ExchangeHook hook);

  /**
   * Whether the strategy's credentials and refresh steps are computed in memory (no request of
   * their own, nothing that waits): the async pipeline runs them in line instead of on an executor.
   */
  public abstract boolean stepsNeverBlock(AuthStrategy strategy);
}
