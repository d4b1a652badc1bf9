package dev.wprest.client.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BodyProblem;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.MalformedResponseException;
import dev.wprest.client.PaginationException;
import dev.wprest.client.ResultPage;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import dev.wprest.client.WpResponse;
import dev.wprest.client.model.BaseQuery;
import dev.wprest.client.model.Deleted;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What every resource service shares: the client, the route (resolved lazily when it depends on the
 * site, like a custom post type's), and turning responses into typed values.
 */
public final class ResourceCore {
  /**
   * The references of the types this service bound so far (its type and lists of it); per service,
   * not static, so that no caller's classes stay reachable after the client is gone.
   */
  private final ConcurrentHashMap<JavaType, TypeReference<?>> references =
      new ConcurrentHashMap<>();

  private final WordPressClient client;
  private final Supplier<String> resolver;
  private final String label;
  private volatile String route;

  /** A collection at a fixed route. */
  public ResourceCore(WordPressClient client, String route) {
    this.client = client;
    this.route = route;
    this.resolver = () -> route;
    this.label = route;
  }

  /** A route found on first use; {@code label} names it until then (e.g. {@code type book}). */
  public ResourceCore(WordPressClient client, Supplier<String> resolver, String label) {
    this.client = client;
    this.resolver = resolver;
    this.label = label;
  }

  /** The client the requests go through. */
  public WordPressClient client() {
    return client;
  }

  /** The collection's route, looked up on first use when it depends on the site. */
  public String route() {
    String r = route;
    if (r == null) {
      // Resolving twice under a race costs one extra GET and gives the same answer.
      r = resolver.get();
      route = r;
    }
    return r;
  }

  /** The route if known, else its label: for toString, which must never send a request. */
  public String describe() {
    String r = route;
    return r != null ? r : label;
  }

  /** The route of one item. */
  public String route(Object id) {
    return route() + "/" + id;
  }

  /** The client's mapper. */
  public ObjectMapper mapper() {
    return client.objectMapper();
  }

  /** A Java type as the mapper sees it. */
  public JavaType type(Type type) {
    return mapper().getTypeFactory().constructType(type);
  }

  /** A list of {@code item}. */
  public JavaType listOf(JavaType item) {
    return mapper().getTypeFactory().constructCollectionType(List.class, item);
  }

  /** A GET of {@code route} with the query's parameters. */
  public static WpRequest get(String route, BaseQuery query) {
    WpRequest.Builder b = WpRequest.get(route);
    query.parameters().forEach((name, values) -> values.forEach(v -> b.query(name, v)));
    return b.build();
  }

  /** Sends a request and binds its answer. */
  public <T> T send(WpRequest request, JavaType type) {
    return bind(client.execute(request), type);
  }

  /** Sends a request without waiting (no thread is held meanwhile) and binds its answer. */
  public <T> CompletableFuture<T> sendAsync(WpRequest request, JavaType type) {
    return client.executeAsync(request).thenApply(r -> bind(r, type));
  }

  /** Binds an answer; a body that does not fit goes through the client's failure translator. */
  public <T> T bind(WpResponse response, JavaType type) {
    try {
      return response.as(reference(type));
    } catch (WordPressException e) {
      // A body that does not bind is a failure like any other: the translator sees it too.
      throw ApiAccess.get().translated(client, e);
    }
  }

  /** A page of the collection, its totals checked. */
  public <T> ResultPage<T> page(WpResponse response, JavaType item, BaseQuery query) {
    refuseImpossibleTotals(response);
    List<T> items = bind(response, listOf(item));
    return ApiAccess.get().resultPage(items, query.page().orElse(1), response, this, item, query);
  }

  /**
   * A negative count, or more pages than a page number can name, is no collection's size: trusting
   * it would page backwards or forever.
   */
  private void refuseImpossibleTotals(WpResponse response) {
    long total = response.total().orElse(0);
    long pages = response.totalPages().orElse(0);
    if (total < 0 || pages < 0 || pages > Integer.MAX_VALUE) {
      throw ApiAccess.get()
          .translated(
              client,
              new PaginationException(
                  response.status()
                      + " on "
                      + ApiAccess.get().method(response)
                      + " "
                      + Redaction.uri(response.uri())
                      + ": X-WP-Total "
                      + total
                      + " and X-WP-TotalPages "
                      + pages
                      + " cannot be the size of a collection",
                  exchange(response)));
    }
  }

  /**
   * A DELETE's answer: {@code {"deleted": true, "previous": {...}}} after {@code force=true}, the
   * trashed item itself otherwise.
   */
  public <T> Deleted<T> deleted(WpResponse response, JavaType type) {
    return deleted(response, response.json(), type);
  }

  /** The same for a DELETE's body that arrived inside another answer (a batch's). */
  public <T> Deleted<T> deleted(WpResponse response, JsonNode body, JavaType type) {
    if (body.path("deleted").isBoolean() && body.has("previous")) {
      return Deleted.permanently(convert(response, body.get("previous"), type));
    }
    return Deleted.trashed(convert(response, body, type));
  }

  /** Binds part of an answer. */
  public <T> T convert(WpResponse response, JsonNode node, JavaType type) {
    try {
      return mapper().readerFor(type).readValue(node);
    } catch (IOException | IllegalArgumentException e) {
      throw ApiAccess.get()
          .translated(
              client,
              new MalformedResponseException(
                  response.status()
                      + " on "
                      + ApiAccess.get().method(response)
                      + " "
                      + Redaction.uri(response.uri(), client.auth()::redact)
                      + ": the JSON does not fit "
                      + type.toCanonical()
                      + JsonPath.at(e),
                  exchange(response),
                  BodyProblem.UNEXPECTED_SHAPE,
                  null));
    }
  }

  /** A redacted record of a successful exchange whose content the library cannot use. */
  public FailedExchange exchange(WpResponse response) {
    AuthStrategy auth = client.auth();
    return FailedExchange.builder(
            ApiAccess.get().method(response).name(), Redaction.uri(response.uri(), auth::redact))
        .status(response.status())
        .responseHeaders(Redaction.headers(response.headers(), auth::redact))
        .wordPressAnswered(true)
        .auth(auth.scheme(), auth.sendsCredentials())
        .credentialFacts(auth.facts())
        .build();
  }

  /**
   * Jackson resolves a {@link TypeReference} through {@code getType()}, which may be a JavaType.
   */
  @SuppressWarnings("unchecked")
  public <T> TypeReference<T> reference(JavaType type) {
    // Made once per type: a TypeReference's constructor reflects on its class at every call.
    return (TypeReference<T>) references.computeIfAbsent(type, ResourceCore::newReference);
  }

  private static TypeReference<Object> newReference(JavaType type) {
    return new TypeReference<Object>() {
      @Override
      public Type getType() {
        return type;
      }
    };
  }
}
