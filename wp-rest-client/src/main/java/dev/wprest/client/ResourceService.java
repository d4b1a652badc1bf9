package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.internal.ItemRequests;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.internal.WalkOrder;
import dev.wprest.client.model.BaseQuery;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Query;
import java.util.concurrent.CompletableFuture;

/**
 * A collection route and its items: list, get, create, update, delete. {@code wp.categories()},
 * {@code wp.tags()}, {@code wp.terms("genre")} and {@code wp.route("/myplugin/v1/things")} are
 * this; posts, pages, media, users and comments are subclasses with their extras.
 *
 * <pre>{@code
 * ResultPage<Term> page = wp.categories().list(TermQuery.builder().perPage(50).build());
 * Term news = wp.categories().create(TermFields.builder().name("News").build());
 * wp.categories().delete(news.id(), true);
 * }</pre>
 *
 * <p>Each collection takes its own query type and no other ({@code Q}): {@link
 * dev.wprest.client.model.PostQuery} for posts, pages and custom types, {@link
 * dev.wprest.client.model.TermQuery} for terms, {@link Query} for a plugin's route, ...
 *
 * <p>Every method sends one request, except {@link #autoPager(BaseQuery)}, which sends them as you
 * iterate. The overloads that end with {@link RequestOptions} give that one call a timeout and
 * extra headers. The {@code ...Async} variants run on the client's executor and fail with the same
 * exceptions, wrapped in a {@code CompletionException}.
 *
 * @param <T> the item type
 * @param <F> the fields type sent to create and update
 * @param <Q> the query type of this collection
 */
public class ResourceService<T, F, Q extends BaseQuery> {
  final ResourceCore core;
  final JavaType type;

  /** Which orders of this collection are unique, for the auto-pager. */
  final WalkOrder walkOrder;

  ResourceService(ResourceCore core, JavaType type) {
    this(core, type, WalkOrder.UNKNOWN);
  }

  ResourceService(ResourceCore core, JavaType type, WalkOrder walkOrder) {
    this.core = core;
    this.type = type;
    this.walkOrder = walkOrder;
  }

  /**
   * The collection's route, e.g. {@code /wp/v2/categories}. For a custom post type or taxonomy,
   * resolved from the site on first use.
   *
   * @return the route
   */
  public String route() {
    return core.route();
  }

  /**
   * The first page with WordPress's defaults (10 items).
   *
   * @return the page
   */
  public ResultPage<T> list() {
    return page(Query.none(), RequestOptions.none());
  }

  /**
   * One page of items.
   *
   * @param query filters, sort and page
   * @return the page, with the collection's totals
   */
  public ResultPage<T> list(Q query) {
    return list(query, RequestOptions.none());
  }

  /**
   * One page of items, with options for this call.
   *
   * @param query filters, sort and page
   * @param options this call's timeout and extra headers
   * @return the page, with the collection's totals
   */
  public ResultPage<T> list(Q query, RequestOptions options) {
    return page(requireNonNull(query, "query == null"), options);
  }

  private ResultPage<T> page(BaseQuery query, RequestOptions options) {
    requireNonNull(options, "options == null");
    WpRequest request = options.applyTo(ResourceCore.get(core.route(), query));
    return core.page(core.client().execute(request), type, query);
  }

  /**
   * The first page with WordPress's defaults, asynchronously.
   *
   * @return the page
   */
  public CompletableFuture<ResultPage<T>> listAsync() {
    return pageAsync(Query.none(), RequestOptions.none());
  }

  /**
   * One page of items, asynchronously.
   *
   * @param query filters, sort and page
   * @return the page
   */
  public CompletableFuture<ResultPage<T>> listAsync(Q query) {
    return listAsync(query, RequestOptions.none());
  }

  /**
   * One page of items, asynchronously, with options for this call.
   *
   * @param query filters, sort and page
   * @param options this call's timeout and extra headers
   * @return the page
   */
  public CompletableFuture<ResultPage<T>> listAsync(Q query, RequestOptions options) {
    return pageAsync(requireNonNull(query, "query == null"), options);
  }

  private CompletableFuture<ResultPage<T>> pageAsync(BaseQuery query, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core.client()
        .executeAsync(options.applyTo(ResourceCore.get(core.route(), query)))
        .thenApply(r -> core.page(r, type, query));
  }

  /**
   * Every item, fetched page by page as you iterate, each exactly once: without an {@code orderby}
   * in {@code query} the walk orders by {@code id} (see {@link AutoPager}).
   *
   * @param query filters and sort; its {@code per_page} is the page size (up to 100)
   * @return a lazy iterable
   */
  public AutoPager<T> autoPager(Q query) {
    return new AutoPager<>(core, requireNonNull(query, "query == null"), type, walkOrder);
  }

  /**
   * One item.
   *
   * @param id the id
   * @return the item
   * @throws NotFoundException when there is no such item (or the caller may not see it)
   */
  public T get(long id) {
    return item(id, Query.none(), RequestOptions.none());
  }

  /**
   * One item, e.g. with {@code context=edit} or {@code _embed}.
   *
   * @param id the id
   * @param query parameters such as {@code context}, {@code _fields}, {@code _embed}
   * @return the item
   */
  public T get(long id, Q query) {
    return get(id, query, RequestOptions.none());
  }

  /**
   * One item, with options for this call.
   *
   * @param id the id
   * @param query parameters such as {@code context}, {@code _fields}, {@code _embed}
   * @param options this call's timeout and extra headers
   * @return the item
   */
  public T get(long id, Q query, RequestOptions options) {
    return item(id, requireNonNull(query, "query == null"), options);
  }

  private T item(long id, BaseQuery query, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core.send(options.applyTo(ResourceCore.get(core.route(id), query)), type);
  }

  /**
   * One item, asynchronously.
   *
   * @param id the id
   * @return the item
   */
  public CompletableFuture<T> getAsync(long id) {
    return itemAsync(id, Query.none(), RequestOptions.none());
  }

  /**
   * One item, asynchronously, e.g. with {@code context=edit} or {@code _embed}.
   *
   * @param id the id
   * @param query parameters such as {@code context}, {@code _fields}, {@code _embed}
   * @return the item
   */
  public CompletableFuture<T> getAsync(long id, Q query) {
    return getAsync(id, query, RequestOptions.none());
  }

  /**
   * One item, asynchronously, with options for this call.
   *
   * @param id the id
   * @param query parameters such as {@code context}, {@code _fields}, {@code _embed}
   * @param options this call's timeout and extra headers
   * @return the item
   */
  public CompletableFuture<T> getAsync(long id, Q query, RequestOptions options) {
    return itemAsync(id, requireNonNull(query, "query == null"), options);
  }

  private CompletableFuture<T> itemAsync(long id, BaseQuery query, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core.sendAsync(options.applyTo(ResourceCore.get(core.route(id), query)), type);
  }

  /**
   * Creates an item ({@code POST} to the collection).
   *
   * @param fields the fields to set
   * @return the created item, as WordPress stored it
   */
  public T create(F fields) {
    return create(fields, RequestOptions.none());
  }

  /**
   * Creates an item, with options for this call.
   *
   * @param fields the fields to set
   * @param options this call's timeout and extra headers
   * @return the created item, as WordPress stored it
   */
  public T create(F fields, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core.send(options.applyTo(ItemRequests.create(core, fields)), type);
  }

  /**
   * Creates an item, asynchronously.
   *
   * @param fields the fields to set
   * @return the created item
   */
  public CompletableFuture<T> createAsync(F fields) {
    return createAsync(fields, RequestOptions.none());
  }

  /**
   * Creates an item, asynchronously, with options for this call.
   *
   * @param fields the fields to set
   * @param options this call's timeout and extra headers
   * @return the created item
   */
  public CompletableFuture<T> createAsync(F fields, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core.sendAsync(options.applyTo(ItemRequests.create(core, fields)), type);
  }

  /**
   * Changes the fields set in {@code fields} and nothing else ({@code POST} to the item, which
   * WordPress treats like {@code PUT}/{@code PATCH} and which hosts that block those methods still
   * pass).
   *
   * @param id the id
   * @param fields the fields to change
   * @return the updated item
   */
  public T update(long id, F fields) {
    return update(id, fields, RequestOptions.none());
  }

  /**
   * Changes the fields set in {@code fields}, with options for this call.
   *
   * @param id the id
   * @param fields the fields to change
   * @param options this call's timeout and extra headers
   * @return the updated item
   */
  public T update(long id, F fields, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core.send(options.applyTo(ItemRequests.update(core, id, fields)), type);
  }

  /**
   * Changes some fields, asynchronously.
   *
   * @param id the id
   * @param fields the fields to change
   * @return the updated item
   */
  public CompletableFuture<T> updateAsync(long id, F fields) {
    return updateAsync(id, fields, RequestOptions.none());
  }

  /**
   * Changes some fields, asynchronously, with options for this call.
   *
   * @param id the id
   * @param fields the fields to change
   * @param options this call's timeout and extra headers
   * @return the updated item
   */
  public CompletableFuture<T> updateAsync(long id, F fields, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core.sendAsync(options.applyTo(ItemRequests.update(core, id, fields)), type);
  }

  /**
   * Deletes an item. Posts, pages and comments go to the trash unless {@code force}; terms, media
   * and users cannot be trashed, so WordPress refuses those without {@code force} ({@code 501
   * rest_trash_not_supported}).
   *
   * @param id the id
   * @param force true to delete permanently
   * @return what was deleted or trashed
   */
  public Deleted<T> delete(long id, boolean force) {
    return delete(id, force, RequestOptions.none());
  }

  /**
   * Deletes an item, with options for this call.
   *
   * @param id the id
   * @param force true to delete permanently
   * @param options this call's timeout and extra headers
   * @return what was deleted or trashed
   */
  public Deleted<T> delete(long id, boolean force, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core.deleted(
        core.client().execute(options.applyTo(ItemRequests.delete(core, id, force))), type);
  }

  /**
   * Deletes an item, asynchronously.
   *
   * @param id the id
   * @param force true to delete permanently
   * @return what was deleted or trashed
   */
  public CompletableFuture<Deleted<T>> deleteAsync(long id, boolean force) {
    return deleteAsync(id, force, RequestOptions.none());
  }

  /**
   * Deletes an item, asynchronously, with options for this call.
   *
   * @param id the id
   * @param force true to delete permanently
   * @param options this call's timeout and extra headers
   * @return what was deleted or trashed
   */
  public CompletableFuture<Deleted<T>> deleteAsync(long id, boolean force, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core.client()
        .executeAsync(options.applyTo(ItemRequests.delete(core, id, force)))
        .thenApply(r -> core.deleted(r, type));
  }

  /**
   * The same calls returning the answer (status, headers, URI, secrets masked) beside the typed
   * value: {@code wp.posts().withResponse().create(fields).status()}.
   *
   * @return a view of this service; it sends nothing itself
   */
  public WithResponse<T, F, Q> withResponse() {
    return new WithResponse<>(this);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + core.describe() + "}";
  }
}
