package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Query;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a site has registered: taxonomies ({@code wp.taxonomies()}), post types ({@code wp.types()})
 * and post statuses ({@code wp.statuses()}). WordPress answers these as one object keyed by name,
 * not as a paged list.
 *
 * <pre>{@code
 * Map<String, PostType> types = wp.types().all();
 * String booksRoute = wp.types().get("book").route();   // e.g. /wp/v2/books
 * }</pre>
 *
 * @param <T> the entry type
 */
public final class RegistryService<T> {
  private final ResourceCore core;
  private final JavaType type;
  private final JavaType map;

  RegistryService(ResourceCore core, Class<T> type) {
    this.core = core;
    this.type = core.type(type);
    this.map =
        core.mapper()
            .getTypeFactory()
            .constructMapType(LinkedHashMap.class, core.type(String.class), this.type);
  }

  /**
   * Every entry the caller may see, by name.
   *
   * @return name to entry, in WordPress's order
   */
  public Map<String, T> all() {
    return all(Query.none());
  }

  /**
   * Every entry matching a query, e.g. taxonomies of one type ({@code param("type", "post")}) or
   * statuses in {@code context=edit}.
   *
   * @param query the parameters
   * @return name to entry
   */
  public Map<String, T> all(Query query) {
    requireNonNull(query, "query == null");
    Map<String, T> entries = core.send(ResourceCore.get(core.route(), query), map);
    return Collections.unmodifiableMap(entries);
  }

  /**
   * Every entry, asynchronously.
   *
   * @return name to entry
   */
  public CompletableFuture<Map<String, T>> allAsync() {
    return core.<Map<String, T>>sendAsync(ResourceCore.get(core.route(), Query.none()), map)
        .thenApply(Collections::unmodifiableMap);
  }

  /**
   * One entry by name.
   *
   * @param name e.g. {@code category}, {@code page}, {@code draft}
   * @return the entry
   * @throws NotFoundException when the site has no such entry (or hides it from the caller)
   */
  public T get(String name) {
    requireNonNull(name, "name == null");
    if (name.isEmpty() || name.contains("/")) {
      throw new IllegalArgumentException("not a registered name: " + name);
    }
    return core.send(ResourceCore.get(core.route(name), Query.none()), type);
  }

  /**
   * Every entry matching a query, asynchronously.
   *
   * @param query the parameters
   * @return name to entry
   */
  public CompletableFuture<Map<String, T>> allAsync(Query query) {
    return core.client().async(() -> all(query));
  }

  /**
   * One entry by name, asynchronously.
   *
   * @param name e.g. {@code category}, {@code page}, {@code draft}
   * @return the entry
   */
  public CompletableFuture<T> getAsync(String name) {
    return core.client().async(() -> get(name));
  }

  @Override
  public String toString() {
    return "RegistryService{" + core.describe() + "}";
  }
}
