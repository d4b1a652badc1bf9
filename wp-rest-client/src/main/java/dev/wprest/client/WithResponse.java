package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.ItemRequests;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.BaseQuery;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Query;

/**
 * A collection's calls returning the answer beside the typed value ({@link TypedResponse}), from
 * {@link ResourceService#withResponse()}: the same requests, the same exceptions, one more object.
 *
 * <pre>{@code
 * TypedResponse<ResultPage<Post>> page = wp.posts().withResponse().list(query);
 * page.header("Cache-Control");
 * }</pre>
 *
 * @param <T> the item type
 * @param <F> the fields type sent to create and update
 * @param <Q> the query type of the collection
 */
public final class WithResponse<T, F, Q extends BaseQuery> {
  private final ResourceService<T, F, Q> service;

  WithResponse(ResourceService<T, F, Q> service) {
    this.service = service;
  }

  /**
   * One page of items.
   *
   * @param query filters, sort and page
   * @return the page and its answer
   */
  public TypedResponse<ResultPage<T>> list(Q query) {
    return list(query, RequestOptions.none());
  }

  /**
   * One page of items, with options for this call.
   *
   * @param query filters, sort and page
   * @param options this call's timeout and extra headers
   * @return the page and its answer
   */
  public TypedResponse<ResultPage<T>> list(Q query, RequestOptions options) {
    requireNonNull(query, "query == null");
    WpResponse r = send(ResourceCore.get(core().route(), query), options);
    return typed(r, core().page(r, service.type, query));
  }

  /**
   * One item.
   *
   * @param id the id
   * @return the item and its answer
   */
  public TypedResponse<T> get(long id) {
    return item(id, Query.none(), RequestOptions.none());
  }

  /**
   * One item, with parameters and options for this call.
   *
   * @param id the id
   * @param query parameters such as {@code context}, {@code _fields}, {@code _embed}
   * @param options this call's timeout and extra headers
   * @return the item and its answer
   */
  public TypedResponse<T> get(long id, Q query, RequestOptions options) {
    return item(id, requireNonNull(query, "query == null"), options);
  }

  private TypedResponse<T> item(long id, BaseQuery query, RequestOptions options) {
    WpResponse r = send(ResourceCore.get(core().route(id), query), options);
    return typed(r, core().bind(r, service.type));
  }

  /**
   * Creates an item.
   *
   * @param fields the fields to set
   * @return the created item and its answer ({@code 201}, with {@code Location})
   */
  public TypedResponse<T> create(F fields) {
    return create(fields, RequestOptions.none());
  }

  /**
   * Creates an item, with options for this call.
   *
   * @param fields the fields to set
   * @param options this call's timeout and extra headers
   * @return the created item and its answer
   */
  public TypedResponse<T> create(F fields, RequestOptions options) {
    WpResponse r = send(ItemRequests.create(service.core, fields), options);
    return typed(r, core().bind(r, service.type));
  }

  /**
   * Changes the fields set in {@code fields}.
   *
   * @param id the id
   * @param fields the fields to change
   * @param options this call's timeout and extra headers
   * @return the updated item and its answer
   */
  public TypedResponse<T> update(long id, F fields, RequestOptions options) {
    WpResponse r = send(ItemRequests.update(service.core, id, fields), options);
    return typed(r, core().bind(r, service.type));
  }

  /**
   * Deletes an item, as {@link ResourceService#delete(long, boolean)}.
   *
   * @param id the id
   * @param force true to delete permanently
   * @param options this call's timeout and extra headers
   * @return what was deleted or trashed, and the answer
   */
  public TypedResponse<Deleted<T>> delete(long id, boolean force, RequestOptions options) {
    WpResponse r = send(ItemRequests.delete(service.core, id, force), options);
    return typed(r, core().deleted(r, service.type));
  }

  private ResourceCore core() {
    return service.core;
  }

  private WpResponse send(WpRequest request, RequestOptions options) {
    requireNonNull(options, "options == null");
    return core().client().execute(options.applyTo(request));
  }

  private <V> TypedResponse<V> typed(WpResponse response, V value) {
    return TypedResponse.of(core().client(), response, value);
  }

  @Override
  public String toString() {
    return "WithResponse{" + service + "}";
  }
}
